'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '../../rules';
import type { Messages } from '../content';
import { exitLinkData, hooks } from './inline-script-hooks';

type ExitStrings = Messages['exit'];

/**
 * Quick exit, after GOV.UK's "Exit this page", made stronger: the button is a real link to a neutral site (it works
 * with no script at all), and the page guard (page-guard.tsx), an inline script that does not wait for React,
 * makes a click on it, or Shift pressed 3 times, blank the page and leave with `location.replace`, so Back does
 * not return here. This component renders the link and, once React runs, does the two things only the page can:
 * it forgets the answers as the guard leaves (`onExit`), and announces each Shift press as the guard counts it.
 *
 * It takes only its own strings, so that a page rendered on the server (the page for an address that does not
 * exist) can use it too; `also` adds the label in a second language, for a page in both.
 */
export function ExitThisPage({
  strings,
  also,
  href,
  onExit,
}: {
  strings: ExitStrings;
  also?: { lang: Locale; strings: ExitStrings };
  href: string;
  /** Clears every answer from memory before the exit leaves. */
  onExit?: () => void;
}) {
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!onExit) return;
    window.addEventListener(hooks.exitEvent, onExit);
    return () => window.removeEventListener(hooks.exitEvent, onExit);
  }, [onExit]);

  useEffect(() => {
    const onShift = (event: Event) => {
      const presses = (event as CustomEvent<number>).detail;
      setStatus(presses === 1 ? strings.pressTwoMore : presses === 2 ? strings.pressOneMore : strings.timedOut);
    };
    window.addEventListener(hooks.shiftEvent, onShift);
    return () => window.removeEventListener(hooks.shiftEvent, onShift);
  }, [strings]);

  return (
    <div className="exit-this-page">
      <a
        href={href}
        rel="nofollow noreferrer"
        className={hooks.exitLink}
        {...{ [exitLinkData.leaving]: strings.leaving }}
      >
        <span className="sr-only">{strings.hidden} </span>
        {also ? (
          <span className="flex flex-col items-center">
            <span>{strings.button}</span>
            <span lang={also.lang}>
              <span className="sr-only"> {also.strings.hidden} </span>
              {also.strings.button}
            </span>
          </span>
        ) : (
          strings.button
        )}
      </a>
      <span className="mt-1 hidden text-xs sm:block">{strings.shortcutHint}</span>
      {also && (
        <span lang={also.lang} className="hidden text-xs sm:block">
          {also.strings.shortcutHint}
        </span>
      )}
      <span role="status" className="sr-only">
        {status}
      </span>
    </div>
  );
}
