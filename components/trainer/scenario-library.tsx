'use client';

import { scenarios } from '../../rules/scenarios';
import { useTrainerMessages } from './use-trainer-messages';
import type { OpenScenario } from './trainer-app';

/** The personas: open one on its summary, or step through the wizard with its answers already chosen. */
export function ScenarioLibrary({ open }: { open: OpenScenario }) {
  const { t, locale } = useTrainerMessages();
  const s = t.trainer.scenarios;
  return (
    <section aria-labelledby="trainer-scenarios-heading">
      <h2 id="trainer-scenarios-heading" className="text-2xl font-bold">
        {s.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{s.intro}</p>
      <ul className="mt-4 grid gap-3 md:grid-cols-2 2xl:grid-cols-3">
        {scenarios.map((scenario) => {
          const name = scenario.name[locale];
          return (
            <li key={scenario.id} data-scenario-id={scenario.id} className="flex flex-col justify-between gap-3 border-2 border-line bg-surface p-3">
              <p className="font-bold">{name}</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className="btn-secondary" onClick={() => open({ kind: 'scenario', scenarioId: scenario.id }, scenario.answers, 'summary')}>
                  {s.openSummary}
                  <span className="sr-only"> ({name})</span>
                </button>
                <button type="button" className="btn-secondary" onClick={() => open({ kind: 'scenario', scenarioId: scenario.id }, scenario.answers, 'start')}>
                  {s.stepThrough}
                  <span className="sr-only"> ({name})</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-4">
        <button type="button" className="btn-secondary" onClick={() => open({ kind: 'empty' }, undefined, 'start')}>
          {s.startEmpty}
        </button>
      </p>
      <p className="mt-1 text-muted">{s.startEmptyHint}</p>
    </section>
  );
}
