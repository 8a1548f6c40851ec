'use client';

import { StepHeading } from '../form/step-heading';
import { pageHref } from '../content/paths';
import { useMessages } from '../content/locale-provider';
import { useTriage } from '../wizard/use-triage';
import { QuestionStep } from './question-step';

/**
 * The first screen: what the tool does and who is using it, the question first so its answers show on a phone's
 * first screen (issue 20); then what the tool keeps (nothing), how to leave fast and what the browser's Back does. In a browser
 * that runs no JavaScript, or when a script of the page failed to arrive, the question and the plain-title switch
 * (which cannot work then) give way to a notice that says why and what still works.
 */
export function StartStep({
  onErrorChange,
  safetyHref,
  servicesHref,
}: {
  onErrorChange: (hasError: boolean) => void;
  safetyHref: string;
  servicesHref: string;
}) {
  const { t } = useTriage();
  const { plainTitle, setPlainTitle } = useMessages();
  return (
    <>
      <StepHeading as="h1">{t.role.heading}</StepHeading>
      <p className="mt-4 text-lg">{t.role.intro}</p>
      {/* Every service, without the questions: works without JavaScript too (the page lists them all as built). */}
      <p className="mt-2">
        <a href={pageHref(servicesHref, plainTitle)} className="link" data-services-link>
          {t.role.servicesLink}
        </a>
      </p>
      {/* Without JavaScript (turned off for privacy, or blocked) the questions cannot work: say so, and what still does. */}
      <noscript>
        <Notice
          id="no-script"
          heading={t.role.noScript.heading}
          lines={[t.role.noScript.body, t.role.stillWorks, t.role.noScript.exit]}
        />
      </noscript>
      {/* Shown by the stylesheet only when a script of the page failed to arrive (components/ui/page-guard.tsx). */}
      <Notice
        id="load-failed"
        heading={t.role.loadFailed.heading}
        lines={[t.role.loadFailed.body, t.role.stillWorks, t.role.loadFailed.exit]}
        className="load-failed-notice"
      />
      <div className="js-only mt-6">
        <QuestionStep question="role" legendLevel="section" onErrorChange={onErrorChange} />
        {/* Shown by the stylesheet only when Continue was pressed before the page had finished loading. */}
        <p
          role="alert"
          className="still-loading-notice mt-4 border-l-4 border-information bg-information-light p-4 font-bold"
        >
          {t.role.stillLoading}
        </p>
      </div>
      <section aria-labelledby="safety-notice" className="mt-8 border-l-4 border-information bg-information-light p-4">
        <h2 id="safety-notice" className="text-xl font-bold">
          {t.role.safetyHeading}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {t.role.safety.map((line) => (
            <li key={line}>{line}</li>
          ))}
          <li data-back-explained="">{t.role.backExplained}</li>
        </ul>
        <p className="mt-3">
          <a href={pageHref(safetyHref, plainTitle)} className="link">
            {t.role.safetyLink}
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
            {t.role.plainTitle}
            <span id="plain-title-hint" className="block text-base text-muted">
              {t.role.plainTitleHint}
            </span>
          </label>
        </div>
      </section>
    </>
  );
}

function Notice({
  id,
  heading,
  lines,
  className = '',
}: {
  id: string;
  heading: string;
  lines: string[];
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`mt-6 border-l-4 border-alert bg-alert-light p-4 ${className}`}>
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {lines.map((line) => (
        <p key={line} className="mt-2">
          {line}
        </p>
      ))}
    </section>
  );
}
