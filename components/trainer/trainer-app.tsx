'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { scenarioSnapshot, walkOf, type ScenarioStart, type Walk } from '../../machines/trainer';
import type { Answers, Locale } from '../../rules';
import { findScenario } from '../../rules/trainer/scenarios';
import { decodeShareFragment, type ShareLinkProblem } from '../../rules/trainer/share';
import { AppShell } from '../layout/app-shell';
import { TriageActorContext } from '../wizard/triage-actor';
import { useTrainerMessages } from './use-trainer-messages';
import { OutcomesPanel } from './outcomes-panel';
import { ScenarioLibrary } from './scenario-library';
import { ScenarioWorkspace } from './scenario-workspace';
import { createWalkStore } from './walk-store';
import { useClearOnLeave } from '../ui/use-clear-on-leave';

/** Where the answers on screen came from. */
export type SessionSource =
  { kind: 'empty' } | { kind: 'scenario'; scenarioId: string } | { kind: 'shared' } | { kind: 'example' };

/** One run of the wizard on the trainer page: a fresh machine each time a scenario is opened. */
type Session = {
  id: number;
  source: SessionSource;
  answers?: Answers;
  start: ScenarioStart;
  /** The answers as a shared link changed them. */
  whatIf?: Answers;
  /** Where the keyboard (and the view) goes when it opens: to the scenario, to the wizard, or nowhere. */
  focus: 'scenario' | 'wizard' | 'none';
};

/** Opens a scenario: its answers, on its summary or on the start step. */
export type OpenScenario = (source: SessionSource, answers: Answers | undefined, start: ScenarioStart) => void;

/**
 * The trainer page (product spec section 8, issue 22): the scenario library, then the open scenario on its referral
 * map, its list and why, what-if and sharing, then the wizard beside how its screens connect, then every possible
 * list. Everything here loads only on this page.
 */
export function TrainerApp({ locale }: { locale: Locale }) {
  const [session, setSession] = useState<Session>({ id: 0, source: { kind: 'empty' }, start: 'start', focus: 'none' });
  const [linkProblem, setLinkProblem] = useState<ShareLinkProblem | null>(null);
  const show = useCallback(
    (
      source: SessionSource,
      answers: Answers | undefined,
      start: ScenarioStart,
      focus: Session['focus'],
      whatIf?: Answers,
    ) =>
      setSession((s) => ({
        id: s.id + 1,
        source,
        ...(answers ? { answers } : {}),
        start,
        focus,
        ...(whatIf ? { whatIf } : {}),
      })),
    [],
  );
  // Opening a scenario from the page: what a share link said no longer applies, so its message goes, and so does
  // its fragment (with replaceState: no history entry), or a reload would bring the old link back.
  const open = useCallback<OpenScenario>(
    (source, answers, start) => {
      setLinkProblem(null);
      if (window.location.hash)
        history.replaceState(history.state, '', window.location.pathname + window.location.search);
      show(source, answers, start, start === 'start' ? 'wizard' : 'scenario');
    },
    [show],
  );
  const clear = useCallback(() => show({ kind: 'empty' }, undefined, 'start', 'none'), [show]);

  useClearOnLeave(clear);

  // A share link carries its answers (and any changed answers) in the fragment, which only the browser sees: read it
  // after hydration, and again whenever it changes (a new link pasted into the address bar). A bad link loads nothing
  // and says why.
  useEffect(() => {
    const read = () => {
      const decoded = decodeShareFragment(window.location.hash);
      if (decoded.status === 'none') return;
      setLinkProblem(decoded.status === 'invalid' ? decoded.problem : null);
      // A good link opens scrolled to the scenario; a bad one stays at the top, where its message is.
      if (decoded.status === 'ok') show({ kind: 'shared' }, decoded.answers, 'summary', 'scenario', decoded.whatIf);
      else show({ kind: 'empty' }, undefined, 'start', 'none');
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

function TrainerContent({
  session,
  open,
  linkProblem,
}: {
  session: Session;
  open: OpenScenario;
  linkProblem: ShareLinkProblem | null;
}) {
  const { t, locale } = useTrainerMessages();
  const tt = t.trainer;
  const [guessFirst, setGuessFirst] = useState(false);
  // "How the screens connect" stays as the trainer left it from one scenario to the next; stepping through a scenario
  // opens it, to show where each screen is among them all.
  const [screensOpen, setScreensOpen] = useState(false);
  const [sessionSeen, setSessionSeen] = useState(session.id);
  if (sessionSeen !== session.id) {
    setSessionSeen(session.id);
    if (session.focus === 'wizard') setScreensOpen(true);
  }
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
    const seed: Walk =
      session.answers && session.start === 'summary' ? walkOf(session.answers) : { steps: ['role'], edges: [] };
    const recorder = createWalkStore(seed);
    const snapshot = session.answers ? scenarioSnapshot(session.answers, session.start) : undefined;
    return { recorder, options: { inspect: recorder.record, ...(snapshot ? { snapshot } : {}) } };
  }, [session]);

  return (
    <div data-trainer-page="" className="space-y-10">
      <div className="print:hidden">
        <h1 className="text-3xl font-bold">{tt.heading}</h1>
        <p className="mt-4 max-w-4xl text-lg">{tt.intro}</p>
      </div>
      {linkProblem && (
        <div
          role="alert"
          className="max-w-3xl border-l-4 border-alert bg-alert-light p-4 print:hidden"
          data-share-error={linkProblem}
        >
          <h2 className="text-xl font-bold">{tt.linkError.heading}</h2>
          <p className="mt-2">{tt.linkError.problems[problemKey[linkProblem]]}</p>
          <p className="mt-2">{tt.linkError.body}</p>
        </div>
      )}
      <ScenarioLibrary open={open} guessFirst={guessFirst} setGuessFirst={setGuessFirst} />
      <TriageActorContext.Provider key={session.id} options={options}>
        <ScenarioWorkspace
          name={name}
          focus={session.focus}
          initialWhatIf={session.whatIf}
          guessFirst={guessFirst}
          walkStore={recorder}
          screensOpen={screensOpen}
          setScreensOpen={setScreensOpen}
        />
      </TriageActorContext.Provider>
      <div className="print:hidden">
        <OutcomesPanel open={open} />
      </div>
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
