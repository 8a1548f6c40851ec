'use client';

import { useId, useMemo } from 'react';
import { getService, planReferrals, serviceIds, type Answers, type ServiceId } from '../../rules';
import { scoreGuess } from '../../rules/trainer/guess';
import { useTrainerMessages } from './use-trainer-messages';

type Props = {
  answers: Answers;
  guesses: ReadonlySet<ServiceId>;
  setGuesses: (guesses: Set<ServiceId>) => void;
  revealed: boolean;
  setRevealed: (revealed: boolean) => void;
};

/**
 * "Guess first" (issue 22): the class guesses which services the scenario's list holds (the trainer may tick them),
 * then the trainer reveals the list: the map lights the path, and the guesses are marked right, not on the list, or
 * missed (`scoreGuess`).
 */
export function GuessPanel({ answers, guesses, setGuesses, revealed, setRevealed }: Props) {
  const { t, locale } = useTrainerMessages();
  const g = t.trainer.guess;
  const id = useId().replace(/:/g, '');
  const plan = useMemo(() => planReferrals(answers), [answers]);
  const result = scoreGuess(guesses, plan);
  const toggle = (serviceId: ServiceId, on: boolean) => {
    const next = new Set(guesses);
    if (on) next.add(serviceId);
    else next.delete(serviceId);
    setGuesses(next);
  };
  const name = (serviceId: ServiceId) => getService(serviceId).name[locale];

  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-trainer-panel="guess"
      className="border-4 border-focus bg-surface p-4"
    >
      <h3 id={`${id}-heading`} className="text-2xl font-bold">
        {g.heading}
      </h3>
      <p className="mt-1 max-w-3xl">{g.intro}</p>
      <fieldset className="mt-3" disabled={revealed}>
        <legend className="font-bold">{g.legend}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
          {serviceIds.map((serviceId) => (
            <div key={serviceId} className="flex items-start gap-2">
              <input
                id={`${id}-${serviceId}`}
                type="checkbox"
                className="mt-0.5 size-6 shrink-0 accent-brand"
                checked={guesses.has(serviceId)}
                onChange={(event) => toggle(serviceId, event.target.checked)}
              />
              <label htmlFor={`${id}-${serviceId}`}>{name(serviceId)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="mt-4">
        <button
          type="button"
          className={revealed ? 'btn-secondary' : 'btn-primary'}
          onClick={() => setRevealed(!revealed)}
        >
          {revealed ? g.hide : g.reveal}
        </button>
      </p>
      <div role="status" className="mt-3">
        {revealed && (
          <div data-guess-result="">
            <p className="text-lg font-bold">{g.score(result.right.length, plan.length)}</p>
            <div className="mt-2 grid gap-4 md:grid-cols-3">
              {(['right', 'wrong', 'missed'] as const).map((kind) => (
                <div key={kind} data-guess={kind}>
                  <h4 className="font-bold">{g[kind]}</h4>
                  {result[kind].length === 0 ? (
                    <p>{g.none}</p>
                  ) : (
                    <ul className="list-disc pl-6">
                      {result[kind].map((serviceId) => (
                        <li key={serviceId} data-guess-service={serviceId}>
                          {name(serviceId)}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
