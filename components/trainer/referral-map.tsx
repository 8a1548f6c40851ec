'use client';

import { useId, useMemo } from 'react';
import { getService, planReferrals, type Answers, type Referral } from '../../rules';
import {
  clickAnswer,
  firedRules,
  isAsked,
  isChosen,
  isLit,
  referralMap,
  type MapAnswer,
  type MapService,
} from '../../rules/trainer/referral-map';
import { answerWords, mapAnswerWords, questionWords, requirementWords } from './map-words';
import { useTrainerMessages } from './use-trainer-messages';

/** The map of the wizard's own referral table, read once when the trainer page loads. */
export const map = referralMap();

type Props = {
  /** The answers the map lights (the scenario's, or as the trainer changed them); none before a scenario is open. */
  answers: Answers | undefined;
  /** A click on an answer: the answers it gives (`clickAnswer`). */
  onChange: (answers: Answers) => void;
  /** Guess first, before the list is revealed: the services stay hidden, only the answers show. */
  showServices: boolean;
};

/**
 * The referral map (issue 22): the questions in the order the wizard asks them and, under each answer, the services
 * it adds, from `referralMap()`; the answers given and the services of their list highlighted; a click on an answer
 * changes it. Beside it, the list those answers give (`planReferrals`). Nothing here decides a referral.
 */
export function ReferralMap({ answers, onChange, showServices }: Props) {
  const { t } = useTrainerMessages();
  const m = t.trainer.map;
  const id = useId().replace(/:/g, '');
  const plan = useMemo(() => (answers ? planReferrals(answers) : []), [answers]);
  const fired = useMemo(() => (answers ? firedRules(answers) : new Set<string>()), [answers]);

  return (
    <section aria-labelledby={`${id}-heading`} data-trainer-panel="map" className="min-w-0">
      <h3 id={`${id}-heading`} className="text-2xl font-bold">
        {m.heading}
      </h3>
      <p className="mt-1 max-w-4xl">{m.intro}</p>
      {!answers && <p className="mt-2 font-bold">{m.noScenario}</p>}
      <div className="mt-4 grid gap-6 xl:grid-cols-[minmax(0,1fr)_21rem]">
        <div className="min-w-0 text-base" data-referral-map="">
          <div role="group" aria-labelledby={`${id}-everyone`} className="border-t-2 border-ink py-3">
            <div className="mb-2 flex flex-wrap items-baseline gap-x-3">
              <h4 id={`${id}-everyone`} className="text-lg font-bold">
                {m.everyone}
              </h4>
              <p className="text-sm text-muted">{m.everyoneHint}</p>
            </div>
            {showServices ? (
              <Services services={map.everyone} chosen={answers !== undefined} fired={fired} />
            ) : (
              <p>{t.trainer.guess.hidden}</p>
            )}
          </div>
          {map.questions.map((question, index) => {
            const asked = !answers || isAsked(question.question, answers);
            return (
              <div
                key={question.question}
                role="group"
                aria-labelledby={`${id}-${question.question}`}
                data-map-question={question.question}
                className="border-t-2 border-ink py-3"
              >
                <div className="mb-2 flex flex-wrap items-baseline gap-x-3">
                  <h4 id={`${id}-${question.question}`} className="text-lg font-bold">
                    {index + 1}. {questionWords(question.question, t)}
                  </h4>
                  {question.multiple && <p className="text-sm text-muted">{m.several}</p>}
                  {!asked && <p className="text-sm font-bold">{m.notAsked}</p>}
                </div>
                <ul className="grid items-start gap-2 sm:grid-cols-[repeat(auto-fill,minmax(14rem,1fr))]">
                  {question.answers.map((answer) => (
                    <AnswerCard
                      key={answer.key}
                      answer={answer}
                      answers={answers}
                      asked={asked}
                      fired={fired}
                      showServices={showServices}
                      onClick={() => answers && onChange(clickAnswer(answers, answer))}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
        <PlanList plan={plan} hasAnswers={answers !== undefined} showServices={showServices} />
      </div>
    </section>
  );
}

function AnswerCard({
  answer,
  answers,
  asked,
  fired,
  showServices,
  onClick,
}: {
  answer: MapAnswer;
  answers: Answers | undefined;
  asked: boolean;
  fired: ReadonlySet<string>;
  showServices: boolean;
  onClick: () => void;
}) {
  const { t, locale } = useTrainerMessages();
  const m = t.trainer.map;
  const chosen = answers !== undefined && isChosen(answer, answers);
  const label = mapAnswerWords(answer, t, locale);
  const given = answers?.[answer.question];
  return (
    <li
      data-map-answer={answer.key}
      data-chosen={chosen}
      className={chosen ? 'border-4 border-ink bg-surface p-1.5' : 'border-2 border-line bg-surface p-2'}
    >
      {answers ? (
        <button
          type="button"
          aria-pressed={chosen}
          aria-disabled={!asked || undefined}
          onClick={asked ? onClick : undefined}
          className={`flex min-h-11 w-full items-center gap-2 border-2 px-2 py-1 text-left font-bold ${
            chosen ? 'border-ink bg-focus-bg' : 'border-ink bg-surface'
          } ${asked ? 'cursor-pointer' : 'cursor-not-allowed text-muted'}`}
        >
          <span aria-hidden="true" className="shrink-0">
            {answer.question === 'needs' ? (chosen ? '☑' : '☐') : chosen ? '●' : '○'}
          </span>
          <span>{label}</span>
        </button>
      ) : (
        <p className="px-2 py-1 font-bold">{label}</p>
      )}
      {chosen && answer.values.length > 1 && typeof given === 'string' && (
        <p className="mt-1 px-1 text-sm">{m.thisPerson(answerWords(answer.question, given, t, locale))}</p>
      )}
      {showServices &&
        (answer.services.length === 0 ? (
          <p className="mt-2 px-1 text-sm text-muted">{m.addsNothing}</p>
        ) : (
          <Services services={answer.services} chosen={chosen} fired={fired} />
        ))}
    </li>
  );
}

/** The services an answer adds, each lit when it is on the list because of this answer. */
function Services({
  services,
  chosen,
  fired,
}: {
  services: readonly MapService[];
  chosen: boolean;
  fired: ReadonlySet<string>;
}) {
  const { t, locale } = useTrainerMessages();
  const m = t.trainer.map;
  return (
    <ul className="mt-1.5 space-y-1">
      {services.map((service) => {
        const lit = isLit(service, chosen, fired);
        return (
          <li
            key={service.serviceId}
            data-map-service={service.serviceId}
            data-lit={lit}
            className={
              lit
                ? 'border-l-4 border-information bg-information-light py-0.5 pr-1 pl-2'
                : 'border-l-4 border-transparent py-0.5 pr-1 pl-2'
            }
          >
            <span className={lit ? 'font-bold' : undefined}>
              {lit && <span aria-hidden="true">✓ </span>}
              {getService(service.serviceId).name[locale]}
            </span>
            {lit && <span className="sr-only"> ({m.onList})</span>}
            {service.lines.length === 1 && !service.lines[0].requires ? (
              <span className="text-sm text-muted"> ({t.trainer.priorities[service.lines[0].priority]})</span>
            ) : (
              service.lines.map((line, i) => (
                <span key={i} className="block text-sm text-muted">
                  {t.trainer.priorities[line.priority]}
                  {line.requires && `, ${m.onlyWith(requirementWords(line.requires, map, t, locale))}`}
                </span>
              ))
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The list the answers give, beside the map: it stays in view while the map scrolls. */
function PlanList({
  plan,
  hasAnswers,
  showServices,
}: {
  plan: Referral[];
  hasAnswers: boolean;
  showServices: boolean;
}) {
  const { t, locale } = useTrainerMessages();
  const m = t.trainer.map;
  const id = useId().replace(/:/g, '');
  return (
    <aside
      aria-labelledby={`${id}-list`}
      className="self-start border-4 border-information bg-surface p-3 xl:sticky xl:top-44"
    >
      <h4 id={`${id}-list`} className="text-xl font-bold">
        {m.listHeading}
      </h4>
      {!hasAnswers ? (
        <p className="mt-2">{m.noScenario}</p>
      ) : !showServices ? (
        <p className="mt-2">{t.trainer.guess.hidden}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">{m.listIntro}</p>
          <ol className="mt-2 list-decimal space-y-1 pl-6" data-map-plan="">
            {plan.map((r) => (
              <li key={r.serviceId} data-plan-service={r.serviceId}>
                <span className="font-bold">{getService(r.serviceId).name[locale]}</span>{' '}
                <span className="text-sm text-muted">({t.trainer.priorities[r.priority]})</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
