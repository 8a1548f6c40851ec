'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { scenarioSnapshot, walkOf, type ScenarioStart, type Walk } from '../../machines/trainer';
import type { Answers, Locale } from '../../rules';
import { findScenario } from '../../rules/scenarios';
import { decodeShareFragment, type ShareLinkProblem } from '../../rules/share';
import { AppShell } from '../triage/app-shell';
import { FailSafe } from '../triage/fail-safe';
import { TriageContext } from '../triage/triage-provider';
import { useTrainerMessages } from './use-trainer-messages';
import { Wizard } from '../triage/wizard';
import { DecisionGraphPanel } from './decision-graph';
import { OutcomesPanel } from './outcomes-panel';
import { ScenarioLibrary } from './scenario-library';
import { SharePanel } from './share-panel';
import { WhatIfPanel } from './what-if-panel';
import { createWalkStore } from './walk-store';
import { WhyPanel } from './why-panel';
import { useClearOnLeave } from '../ui/use-clear-on-leave';

/** Where the answers on screen came from. */
export type SessionSource = { kind: 'empty' } | { kind: 'scenario'; scenarioId: string } | { kind: 'shared' } | { kind: 'example' };

/** One run of the wizard on the trainer page: a fresh machine each time a scenario is opened. */
type Session = { id: number; source: SessionSource; answers?: Answers; start: ScenarioStart };

/** Opens a scenario: its answers, on its summary or on the start step. */
export type OpenScenario = (source: SessionSource, answers: Answers | undefined, start: ScenarioStart) => void;

/**
 * The trainer page (product spec section 8): the scenario library, the running wizard beside its decision graph,
 * why each referral is there, what-if, sharing, and every outcome. Everything here loads only on this page.
 */
export function TrainerApp({ locale }: { locale: Locale }) {
  const [session, setSession] = useState<Session>({ id: 0, source: { kind: 'empty' }, start: 'start' });
  const [linkProblem, setLinkProblem] = useState<ShareLinkProblem | null>(null);
  const show = useCallback(
    (source: SessionSource, answers: Answers | undefined, start: ScenarioStart) =>
      setSession((s) => ({ id: s.id + 1, source, ...(answers ? { answers } : {}), start })),
    [],
  );
  // Opening a scenario from the page: what a share link said no longer applies, so its message goes, and so does
  // its fragment (with replaceState: no history entry), or a reload would bring the old link back.
  const open = useCallback<OpenScenario>(
    (source, answers, start) => {
      setLinkProblem(null);
      if (window.location.hash) history.replaceState(history.state, '', window.location.pathname + window.location.search);
      show(source, answers, start);
    },
    [show],
  );
  const clear = useCallback(() => show({ kind: 'empty' }, undefined, 'start'), [show]);

  useClearOnLeave(clear);

  // A share link carries its answers in the fragment, which only the browser sees: read it after hydration, and
  // again whenever it changes (a new link pasted into the address bar). A bad link loads nothing and says why.
  useEffect(() => {
    const read = () => {
      const decoded = decodeShareFragment(window.location.hash);
      if (decoded.status === 'none') return;
      setLinkProblem(decoded.status === 'invalid' ? decoded.problem : null);
      if (decoded.status === 'ok') show({ kind: 'shared' }, decoded.answers, 'summary');
      else show({ kind: 'empty' }, undefined, 'start');
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [show]);

  return (
    <AppShell locale={locale} page="trainer" onExit={clear} switchInPlace wide>
      <TrainerContent session={session} open={open} linkProblem={linkProblem} />
    </AppShell>
  );
}

function TrainerContent({ session, open, linkProblem }: { session: Session; open: OpenScenario; linkProblem: ShareLinkProblem | null }) {
  const { t, locale } = useTrainerMessages();
  const tt = t.trainer;
  const name =
    session.source.kind === 'scenario'
      ? (findScenario(session.source.scenarioId)?.name[locale] ?? tt.scenarios.own)
      : session.source.kind === 'shared'
        ? tt.scenarios.shared
        : session.source.kind === 'example'
          ? tt.scenarios.example
          : tt.scenarios.own;

  // One recorder per session: it hears every transition the machine takes, to light the path in the graph.
  const { options, recorder } = useMemo(() => {
    const seed: Walk = session.answers && session.start === 'summary' ? walkOf(session.answers) : { steps: ['role'], edges: [] };
    const recorder = createWalkStore(seed);
    const snapshot = session.answers ? scenarioSnapshot(session.answers, session.start) : undefined;
    return { recorder, options: { inspect: recorder.record, ...(snapshot ? { snapshot } : {}) } };
  }, [session]);

  // After a scenario opens, take the keyboard to the wizard, which now shows it.
  const wizardHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (session.id > 0 && session.source.kind !== 'shared') wizardHeading.current?.focus();
  }, [session]);

  return (
    <div data-trainer-page="" className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{tt.heading}</h1>
        <p className="mt-4 max-w-3xl text-lg">{tt.intro}</p>
      </div>
      {linkProblem && (
        <div role="alert" className="max-w-3xl border-l-4 border-alert bg-alert-light p-4" data-share-error={linkProblem}>
          <h2 className="text-xl font-bold">{tt.linkError.heading}</h2>
          <p className="mt-2">{tt.linkError.problems[problemKey[linkProblem]]}</p>
          <p className="mt-2">{tt.linkError.body}</p>
        </div>
      )}
      <ScenarioLibrary open={open} />
      <TriageContext.Provider key={session.id} options={options}>
        <div className="grid gap-8 xl:grid-cols-[minmax(0,34rem)_minmax(0,1fr)]">
          <section aria-labelledby="trainer-wizard-heading" className="min-w-0">
            <h2 id="trainer-wizard-heading" ref={wizardHeading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
              {tt.wizard.heading}
            </h2>
            <p className="mt-1 text-muted">{tt.wizard.hint}</p>
            <p className="mt-2 font-bold" role="status" data-session-name="">
              {tt.scenarios.nowShowing(name)}
            </p>
            <div className="mt-4 border-2 border-line bg-surface p-4">
              <RunningWizard pageName={tt.title} />
            </div>
          </section>
          <DecisionGraphPanel walkStore={recorder} />
        </div>
        <WhyPanel />
        <WhatIfPanel />
        <SharePanel />
      </TriageContext.Provider>
      <OutcomesPanel open={open} />
    </div>
  );
}

/** The message for each share-link problem. */
const problemKey = {
  'too-long': 'tooLong',
  'not-base64url': 'notBase64url',
  'not-json': 'notJson',
  'not-answers': 'notAnswers',
  'no-scenario': 'noScenario',
} as const satisfies Record<ShareLinkProblem, string>;

function RunningWizard({ pageName }: { pageName: string }) {
  const actor = TriageContext.useActorRef();
  const restart = useCallback(() => actor.send({ type: 'triage.restart' }), [actor]);
  return (
    <FailSafe onRestart={restart}>
      <Wizard pageName={pageName} />
    </FailSafe>
  );
}
