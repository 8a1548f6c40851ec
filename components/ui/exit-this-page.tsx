'use client';

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Locale } from '../../rules';
import type { Messages } from '../content';
import { exitingClass, exitLinkClass } from './inline-script-hooks';

type ExitStrings = Messages['exit'];

/** How long the Shift presses may be apart before the count starts again (GOV.UK uses 5 seconds). */
const shiftWindowMs = 5000;

/**
 * Quick exit, after GOV.UK's "Exit this page", made stronger: the button is a real link (it works before the
 * script loads, and with none), and with the script it blanks the page at once, clears every answer, and leaves
 * with `location.replace`, so Back does not return here. Shift pressed 3 times does the same.
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
  const [leaving, setLeaving] = useState(false);
  const presses = useRef(0);
  const timerId = useRef<number | undefined>(undefined);
  const lastKeyWasModified = useRef(false);

  const exit = () => {
    // Blank the page first: on a slow phone the next page can take seconds to arrive.
    document.body.classList.add(exitingClass);
    setLeaving(true);
    onExit?.();
    window.location.replace(href);
  };
  const exitRef = useRef(exit);
  exitRef.current = exit;

  useEffect(() => {
    // Listen on keyup, as GOV.UK does: there `shiftKey` tells whether Shift was held for another key
    // (typing a capital letter), and such a Shift release is not a press towards the exit.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        lastKeyWasModified.current = event.shiftKey;
        return;
      }
      if (lastKeyWasModified.current) {
        lastKeyWasModified.current = false;
        return;
      }
      presses.current += 1;
      window.clearTimeout(timerId.current);
      if (presses.current >= 3) {
        presses.current = 0;
        exitRef.current();
        return;
      }
      setStatus(presses.current === 1 ? strings.pressTwoMore : strings.pressOneMore);
      timerId.current = window.setTimeout(() => {
        presses.current = 0;
        setStatus(strings.timedOut);
      }, shiftWindowMs);
    };
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keyup', onKeyUp);
      window.clearTimeout(timerId.current);
    };
  }, [strings]);

  return (
    <div className="exit-this-page">
      <a
        href={href}
        rel="nofollow noreferrer"
        className={exitLinkClass}
        onClick={(event) => {
          event.preventDefault();
          exit();
        }}
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
      {/* A child of <body>, so it stays shown (and announced) while everything else is hidden. Its words are
          neutral, as GOV.UK's are: someone looking over a shoulder sees a page loading. */}
      {leaving &&
        createPortal(
          <div className="exit-overlay" role="alert">
            {strings.leaving}
          </div>,
          document.body,
        )}
    </div>
  );
}
