'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { selectPlanAnswers, selectStep } from '../../machines/triage.selectors';
import type { Answers, ServiceId } from '../../rules';
import { questionOrder } from '../../rules/questions';
import { answerLabel } from '../content/answer-text';
import { FailSafe } from '../layout/fail-safe';
import { TriageActorContext } from '../wizard/triage-actor';
import { Wizard } from '../wizard/wizard';
import { DecisionGraphPanel } from './decision-graph';
import { GuessPanel } from './guess-panel';
import { Handout } from './handout';
import { ReferralMap } from './referral-map';
import { SharePanel } from './share-panel';
import { useTrainerMessages } from './use-trainer-messages';
import type { WalkStore } from './walk-store';
import { WhatIfPanel } from './what-if-panel';
import { WhyPanel } from './why-panel';

/** The same answers, whatever order their keys are in. */
const keyOf = (answers: Answers) => questionOrder.map((q) => JSON.stringify(answers[q] ?? null)).join('|');

type Props = {
  /** "Now showing: …" */
  name: string;
  /** Where the keyboard goes when the session opens: the scenario (on its map), the wizard, or nowhere (page load). */
  focus: 'scenario' | 'wizard' | 'none';
  /** The answers as a shared link changed them, if it did. */
  initialWhatIf: Answers | undefined;
  guessFirst: boolean;
  walkStore: WalkStore;
  /** "How the screens connect" is open. */
  screensOpen: boolean;
  setScreensOpen: (open: boolean) => void;
};

/**
 * One open scenario (a fresh one each time a scenario opens: the trainer page keys it by session): its answers, "Guess
 * first", the referral map, the list and why, what-if, sharing, and, second, the wizard beside its screen flow ("How
 * the screens connect", a disclosure). The scenario's answers are the running wizard's (`selectPlanAnswers`); a click
 * on the map or a what-if select changes a copy of them, kept until the scenario's answers change.
 */
export function ScenarioWorkspace({
  name,
  focus,
  initialWhatIf,
  guessFirst,
  walkStore,
  screensOpen,
  setScreensOpen,
}: Props) {
  const { t, locale } = useTrainerMessages();
  const tt = t.trainer;
  const base = TriageActorContext.useSelector(selectPlanAnswers);
  const step = TriageActorContext.useSelector(selectStep);

  // The changed answers belong to the answers they were changed from: when those change (the wizard is stepped
  // through and answered differently), the change goes.
  const [change, setChange] = useState<{ from: string; answers: Answers } | null>(() =>
    base && initialWhatIf ? { from: keyOf(base), answers: initialWhatIf } : null,
  );
  const after = base && change && change.from === keyOf(base) ? change.answers : base;
  const changed = base !== undefined && after !== undefined && keyOf(after) !== keyOf(base);
  const setAfter = useCallback((answers: Answers) => base && setChange({ from: keyOf(base), answers }), [base]);

  const [revealed, setRevealed] = useState(false);
  const [guesses, setGuesses] = useState<ReadonlySet<ServiceId>>(new Set());
  const showServices = !guessFirst || revealed;

  const heading = useRef<HTMLHeadingElement>(null);
  const wizardHeading = useRef<HTMLHeadingElement>(null);
  // After a scenario opens (from the list or a shared link), take the reader to it: its heading at the top of the
  // view, just under the sticky header, with the keyboard there. Measured here, a frame later, rather than left to the
  // shell's scroll padding, which follows the header's height only once the header has been laid out (a shared link
  // opens a scenario before that, and the French header is taller than the default padding).
  useEffect(() => {
    if (focus === 'none') return;
    const frame = requestAnimationFrame(() => {
      const target = (focus === 'wizard' ? wizardHeading : heading).current;
      if (!target) return;
      target.focus({ preventScroll: true });
      const header = document.querySelector<HTMLElement>('header.site-header');
      window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - (header?.offsetHeight ?? 0) - 16 });
    });
    return () => cancelAnimationFrame(frame);
  }, [focus]);

  return (
    <>
      <div className="space-y-10 print:hidden">
        <section aria-labelledby="trainer-scenario-heading" data-trainer-panel="scenario" className="space-y-6">
          <div>
            <h2
              id="trainer-scenario-heading"
              ref={heading}
              tabIndex={-1}
              className="text-3xl font-bold focus:outline-none"
              data-session-name=""
            >
              {tt.scenarios.nowShowing(name)}
            </h2>
            {after ? (
              <>
                <h3 className="mt-3 text-xl font-bold">{tt.scenario.answersHeading}</h3>
                <dl
                  className="mt-1 grid gap-x-6 gap-y-1 text-lg sm:grid-cols-2 xl:grid-cols-3"
                  data-scenario-answers=""
                >
                  {questionOrder
                    .filter((q) => after[q] !== undefined)
                    .map((q) => (
                      <div key={q}>
                        <dt className="inline font-bold">{t.common.labelled(t.review.labels[q])}</dt>
                        <dd className="inline">{answerLabel(q, after, t, locale)}</dd>
                      </div>
                    ))}
                </dl>
                {changed && (
                  <div className="mt-3 border-l-4 border-information bg-information-light p-3" data-changed="">
                    <p>{tt.scenario.changed}</p>
                    <button type="button" className="btn-secondary mt-2" onClick={() => base && setAfter(base)}>
                      {tt.scenario.resetChange}
                    </button>
                  </div>
                )}
                <p className="mt-3 flex flex-wrap items-center gap-3">
                  <button type="button" className="btn-secondary" onClick={() => window.print()}>
                    {tt.scenario.print}
                  </button>
                  <span className="text-muted">{tt.scenario.printHint}</span>
                </p>
              </>
            ) : (
              <p className="mt-3">{tt.scenario.noAnswers}</p>
            )}
          </div>
          {guessFirst && after && (
            <GuessPanel
              answers={after}
              guesses={guesses}
              setGuesses={setGuesses}
              revealed={revealed}
              setRevealed={setRevealed}
            />
          )}
          <ReferralMap answers={after} onChange={setAfter} showServices={showServices} />
        </section>
        <WhyPanel answers={after} showServices={showServices} />
        <WhatIfPanel base={base} after={after} setAfter={setAfter} showServices={showServices} />
        <SharePanel answers={base} whatIf={after} />
        <section aria-labelledby="trainer-flow-heading" data-trainer-panel="flow">
          <h2 id="trainer-flow-heading" className="text-2xl font-bold">
            {tt.flow.heading}
          </h2>
          <p className="mt-2 max-w-4xl">{tt.flow.intro}</p>
          <div className="mt-4 grid gap-8 xl:grid-cols-[minmax(0,32rem)_minmax(0,1fr)]">
            <section aria-labelledby="trainer-wizard-heading" className="min-w-0">
              <h3
                id="trainer-wizard-heading"
                ref={wizardHeading}
                tabIndex={-1}
                className="text-xl font-bold focus:outline-none"
              >
                {tt.flow.wizardHeading}
              </h3>
              <p className="mt-1 text-muted">{tt.flow.wizardHint}</p>
              <div className="mt-4 border-2 border-line bg-surface p-4">
                {!showServices && step === 'summary' ? (
                  <p className="font-bold">{tt.flow.summaryHidden}</p>
                ) : (
                  <RunningWizard pageName={tt.title} />
                )}
              </div>
            </section>
            <DecisionGraphPanel walkStore={walkStore} open={screensOpen} setOpen={setScreensOpen} />
          </div>
        </section>
      </div>
      <Handout name={name} answers={after} changed={changed} />
    </>
  );
}

function RunningWizard({ pageName }: { pageName: string }) {
  const actor = TriageActorContext.useActorRef();
  const restart = useCallback(() => actor.send({ type: 'triage.restart' }), [actor]);
  return (
    <FailSafe onRestart={restart}>
      <Wizard pageName={pageName} />
    </FailSafe>
  );
}
