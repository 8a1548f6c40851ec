'use client';

import { useEffect, useId, useState } from 'react';
import type { Answers } from '../../rules';
import { shareFragment } from '../../rules/trainer/share';
import { paths } from '../content/paths';
import { useTrainerMessages } from './use-trainer-messages';

/**
 * "Share this scenario": a link to the trainer page with the scenario's answers in its fragment (`#a=…`), and the
 * answers as the trainer changed them, if they differ (`&w=…`). The answers travel in the link only; the page stores
 * and sends nothing.
 */
export function SharePanel({ answers, whatIf }: { answers: Answers | undefined; whatIf: Answers | undefined }) {
  const { t, locale } = useTrainerMessages();
  const s = t.trainer.share;
  const id = useId().replace(/:/g, '');
  // The page's origin is only known in the browser; the static page is built without it.
  const [origin, setOrigin] = useState('');
  // eslint-disable-next-line react-hooks/set-state-in-effect -- reads the browser once, after hydration
  useEffect(() => setOrigin(window.location.origin), []);
  const fragment = answers ? shareFragment(answers, whatIf) : '';
  const link = answers && origin ? `${origin}${paths.trainer[locale]}#${fragment}` : '';
  const changed = answers !== undefined && fragment !== shareFragment(answers);
  // What copying said, about the link it copied: a new link shows no status until it is copied in turn.
  const [copied, setCopied] = useState({ link: '', status: '' });
  const status = copied.link === link ? copied.status : '';

  const copy = async (input: HTMLInputElement | null) => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ link, status: s.copied });
    } catch {
      input?.select();
      setCopied({ link, status: s.copyFailed });
    }
  };

  return (
    <section aria-labelledby="trainer-share-heading" data-trainer-panel="share">
      <h2 id="trainer-share-heading" className="text-2xl font-bold">
        {s.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{s.intro}</p>
      {!answers ? (
        <p className="mt-4">{s.empty}</p>
      ) : (
        <div className="mt-4 max-w-4xl">
          <label htmlFor={`${id}-link`} className="block font-bold">
            {s.label}
          </label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block min-h-11 w-full border-2 border-ink bg-surface px-2 py-1 font-mono text-base"
          />
          {changed && <p className="mt-1">{s.withChange}</p>}
          <button
            type="button"
            className="btn-secondary mt-3"
            onClick={(event) => copy(event.currentTarget.parentElement?.querySelector('input') ?? null)}
          >
            {s.copy}
          </button>
          <p role="status" className="mt-2 min-h-6">
            {status}
          </p>
        </div>
      )}
    </section>
  );
}
