'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Step } from '../../machines/triage.machine';
import type { Locale } from '../../rules';
import { BackButton } from '../form/back-button';
import { errorSummarySlotId } from '../form/error-summary';
import { EmergencyStep } from '../steps/emergency-step';
import { DangerStep, QuestionStep } from '../steps/question-step';
import { OnePageStep } from '../steps/one-page-step';
import { ReviewStep } from '../steps/review-step';
import { StartStep } from '../steps/start-step';
import { SummaryStep } from '../steps/summary-step';
import { useMessages } from '../content/locale-provider';
import { paths } from '../content/paths';
import { AppShell } from '../layout/app-shell';
import { FailSafe } from '../layout/fail-safe';
import { useDocumentTitle } from '../layout/use-document-title';
import { TriageActorContext } from './triage-actor';
import { useTriage } from './use-triage';
import { hooks } from '../ui/inline-script-hooks';
import { useClearOnLeave } from '../ui/use-clear-on-leave';

/** The wizard page: the machine, the shell, and the step on screen. One URL for every step. */
export function TriageApp({ locale }: { locale: Locale }) {
  return (
    <TriageActorContext.Provider>
      <Shell locale={locale} />
    </TriageActorContext.Provider>
  );
}

function Shell({ locale }: { locale: Locale }) {
  const actor = TriageActorContext.useActorRef();
  const clear = useCallback(() => actor.send({ type: 'triage.restart' }), [actor]);

  useClearOnLeave(clear);

  return (
    <AppShell locale={locale} page="wizard" onExit={clear} switchInPlace>
      <FailSafe onRestart={clear}>
        <Wizard />
      </FailSafe>
    </AppShell>
  );
}

/**
 * The step on screen, with the title and focus handling every step change needs. Exported for the trainer page,
 * which runs this same wizard beside its decision graph; `pageName` then goes into the title.
 */
export function Wizard({ pageName }: { pageName?: string } = {}) {
  const { step, t, canGoBack, send, locale } = useTriage();
  const { plainTitle } = useMessages();
  const failed = TriageActorContext.useSelector((snapshot) => snapshot.status === 'error');
  // A machine that stopped on an error has no next step to show: hand over to the fail-safe screen.
  if (failed) throw new Error('The triage machine stopped on an error.');
  const [hasError, setHasError] = useState(false);
  const previousStep = useRef<Step | null>(null);

  // The title names the step, with "Error: " first while an error is shown (WCAG 2.4.2, GOV.UK).
  // With the plain title on, the tab (and the history entry) shows only a neutral word.
  const title = plainTitle
    ? t.meta.plainTitle
    : `${t[step].title} – ${pageName ? `${pageName} – ` : ''}${t.meta.siteName}`;
  useDocumentTitle(`${hasError ? t.errors.titlePrefix : ''}${title}`);

  // A single-page wizard must do what a page load does: on every step change, put focus on the new heading so
  // screen readers announce the new question. Not on first load, where focus belongs at the top of the page.
  // The step is scrolled to its top first (just under the sticky header, by the page's scroll-padding), so its
  // Back button shows too: focus alone would scroll only the heading into view and leave Back under the header,
  // on a phone, where the browser's own Back would leave the tool.
  const stepRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (previousStep.current !== null && previousStep.current !== step) {
      setHasError(false);
      stepRef.current?.scrollIntoView({ block: 'start' });
      stepRef.current?.querySelector<HTMLElement>('[data-step-heading]')?.focus({ preventScroll: true });
    }
    previousStep.current = step;
  }, [step]);

  // React has taken over, so the questions work: tell the page guard, and drop its marks (a Continue pressed too
  // early, a script that failed and was retried).
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute(hooks.ready, '');
    root.removeAttribute(hooks.loadFailed);
    root.removeAttribute(hooks.stillLoading);
  }, []);

  const onErrorChange = useCallback((error: boolean) => setHasError(error), []);

  return (
    <div key={step} ref={stepRef} data-step={step}>
      {canGoBack && <BackButton label={t.common.back} onBack={() => send({ type: 'step.back' })} />}
      <div id={errorSummarySlotId} />
      {step === 'role' && (
        <StartStep
          onErrorChange={onErrorChange}
          safetyHref={paths.safety[locale]}
          servicesHref={paths.services[locale]}
        />
      )}
      {step === 'danger' && <DangerStep onErrorChange={onErrorChange} />}
      {step === 'emergency' && <EmergencyStep />}
      {(step === 'age' || step === 'inCare' || step === 'region' || step === 'indigenous' || step === 'needs') && (
        <QuestionStep key={step} question={step} onErrorChange={onErrorChange} />
      )}
      {step === 'onePage' && <OnePageStep onErrorChange={onErrorChange} />}
      {step === 'review' && <ReviewStep />}
      {step === 'summary' && <SummaryStep />}
    </div>
  );
}
