'use client';

import { StepHeading } from '../form/step-heading';
import { pageHref, replaceOnClick } from '../triage/app-shell';
import { useMessages } from '../triage/triage-provider';
import { useTriage } from '../triage/use-triage';
import { RoleQuestion } from './question-steps';

/**
 * The first screen: what the tool does, what it keeps (nothing), how to leave fast, and who is using it. In a browser
 * that runs no JavaScript, the question and the plain-title switch (which cannot work) give way to a notice.
 */
export function StartStep({ onErrorChange, safetyHref }: { onErrorChange: (hasError: boolean) => void; safetyHref: string }) {
  const { t } = useTriage();
  const { plainTitle, setPlainTitle } = useMessages();
  return (
    <>
      <StepHeading as="h1">{t.start.heading}</StepHeading>
      <p className="mt-4 text-lg">{t.start.intro}</p>
      {/* Without JavaScript (turned off for privacy, or blocked) the questions cannot work: say so, and what still does. */}
      <noscript>
        <section aria-labelledby="no-script" className="mt-6 border-l-4 border-alert bg-alert-light p-4">
          <h2 id="no-script" className="text-xl font-bold">
            {t.start.noScript.heading}
          </h2>
          {t.start.noScript.body.map((line) => (
            <p key={line} className="mt-2">
              {line}
            </p>
          ))}
        </section>
      </noscript>
      <section aria-labelledby="safety-notice" className="mt-6 border-l-4 border-information bg-information-light p-4">
        <h2 id="safety-notice" className="text-xl font-bold">
          {t.start.safetyHeading}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {t.start.safety.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-3">
          <a href={pageHref(safetyHref, plainTitle)} onClick={replaceOnClick} className="link">
            {t.start.safetyLink}
          </a>
        </p>
        <div className="js-only mt-3 flex items-start gap-3">
          <input
            id="plain-title"
            type="checkbox"
            checked={plainTitle}
            onChange={(event) => setPlainTitle(event.target.checked)}
            aria-describedby="plain-title-hint"
            className="mt-0.5 size-7 shrink-0 accent-brand"
          />
          <label htmlFor="plain-title" className="cursor-pointer py-0.5">
            {t.start.plainTitle}
            <span id="plain-title-hint" className="block text-base text-muted">
              {t.start.plainTitleHint}
            </span>
          </label>
        </div>
      </section>
      <div className="js-only mt-8">
        <RoleQuestion onErrorChange={onErrorChange} />
      </div>
    </>
  );
}
