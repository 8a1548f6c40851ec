'use client';

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

/** Where the error summary goes: the top of the step, above its heading, as GOV.UK places it. */
export const errorSummarySlotId = 'error-summary-slot';

/**
 * The GOV.UK error summary: shown above the question when a submit fails, it takes focus so screen readers
 * announce it, and each message links to the field it is about.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: { href: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  // The slot is found in the document once mounted; before that, the summary renders in place.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- reads the DOM once, after mount
  useEffect(() => setSlot(document.getElementById(errorSummarySlotId)), []);
  useEffect(() => {
    ref.current?.focus();
  }, [errors, slot]);
  if (errors.length === 0) return null;
  const summary = (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-alert p-4 focus:outline-3 focus:outline-focus"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-none">
        {errors.map((error) => (
          <li key={error.href}>
            <a
              href={error.href}
              className="font-bold text-alert underline"
              onClick={(event) => {
                // Move focus to the field itself: following the fragment alone scrolls but leaves focus behind.
                event.preventDefault();
                const target = document.querySelector<HTMLElement>(error.href);
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
  return slot ? createPortal(summary, slot) : summary;
}
