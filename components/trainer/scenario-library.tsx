'use client';

import { useId } from 'react';
import { scenarios } from '../../rules/trainer/scenarios';
import { useTrainerMessages } from './use-trainer-messages';
import type { OpenScenario } from './trainer-app';

/**
 * The personas: open one on its map and list, or step through the wizard's screens with its answers already chosen;
 * and "Guess first", which hides the services of the next scenario until the trainer reveals them.
 */
export function ScenarioLibrary({
  open,
  guessFirst,
  setGuessFirst,
}: {
  open: OpenScenario;
  guessFirst: boolean;
  setGuessFirst: (on: boolean) => void;
}) {
  const { t, locale } = useTrainerMessages();
  const s = t.trainer.scenarios;
  const id = useId().replace(/:/g, '');
  return (
    <section aria-labelledby="trainer-scenarios-heading" className="print:hidden">
      <h2 id="trainer-scenarios-heading" className="text-2xl font-bold">
        {s.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{s.intro}</p>
      <div className="mt-3 flex items-start gap-2">
        <input
          id={`${id}-guess`}
          type="checkbox"
          className="mt-0.5 size-6 shrink-0 accent-brand"
          checked={guessFirst}
          aria-describedby={`${id}-guess-hint`}
          onChange={(event) => setGuessFirst(event.target.checked)}
        />
        <div>
          <label htmlFor={`${id}-guess`} className="font-bold">
            {s.guessFirst}
          </label>
          <p id={`${id}-guess-hint`} className="text-muted">
            {s.guessFirstHint}
          </p>
        </div>
      </div>
      <ul className="mt-4 grid gap-3 md:grid-cols-2 2xl:grid-cols-3">
        {scenarios.map((scenario) => {
          const name = scenario.name[locale];
          return (
            <li
              key={scenario.id}
              data-scenario-id={scenario.id}
              className="flex flex-col justify-between gap-3 border-2 border-line bg-surface p-3"
            >
              <p className="text-lg font-bold">{name}</p>
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  className="btn-secondary"
                  onClick={() => open({ kind: 'scenario', scenarioId: scenario.id }, scenario.answers, 'summary')}
                >
                  {s.open}
                  <span className="sr-only"> ({name})</span>
                </button>
                <button
                  type="button"
                  className="btn-secondary"
                  onClick={() => open({ kind: 'scenario', scenarioId: scenario.id }, scenario.answers, 'start')}
                >
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
