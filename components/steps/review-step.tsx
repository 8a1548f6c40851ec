'use client';

import type { QuestionId } from '../../rules';
import { answerLabel } from '../content/answer-text';
import { StepHeading } from '../form/step-heading';
import { useTriage } from '../triage/use-triage';

const questions: QuestionId[] = ['role', 'danger', 'age', 'inCare', 'region', 'indigenous', 'needs'];

/** Check your answers: each with a Change button that goes to its question and then comes back here. */
export function ReviewStep() {
  const { t, answers, send, locale } = useTriage();
  // The care question is only on the list when it was asked.
  const shown = questions.filter((q) => q !== 'inCare' || answers.inCare !== undefined);
  return (
    <>
      <StepHeading as="h1">{t.review.heading}</StepHeading>
      <p className="mt-4 text-lg">{t.review.intro}</p>
      <dl className="mt-6 divide-y divide-line border-y border-line">
        {shown.map((question) => (
          <div key={question} className="flex flex-wrap items-baseline gap-x-6 gap-y-1 py-3">
            <dt className="w-full font-bold sm:w-1/3">{t.review.labels[question]}</dt>
            <dd className="flex-1">{answerLabel(question, answers, t, locale) ?? t.common.notAnswered}</dd>
            <dd>
              <button
                type="button"
                className="link min-h-6"
                onClick={() => send({ type: 'answers.change', question })}
              >
                {t.common.change}
                <span className="sr-only">{t.review.changeHidden(t.review.labels[question])}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" className="btn-primary mt-8" onClick={() => send({ type: 'review.confirm' })}>
        {t.review.confirm}
      </button>
    </>
  );
}
