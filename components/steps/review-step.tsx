'use client';

import { StepHeading } from '../form/step-heading';
import { useTriage } from '../wizard/use-triage';
import { AnswersList } from './answers-list';

/** Check your answers: each with a Change button that goes to its question and then comes back here. */
export function ReviewStep() {
  const { t, send } = useTriage();
  return (
    <>
      <StepHeading as="h1">{t.review.heading}</StepHeading>
      <p className="mt-4 text-lg">{t.review.intro}</p>
      <AnswersList />
      <button type="button" className="btn-primary mt-8" onClick={() => send({ type: 'review.confirm' })}>
        {t.review.confirm}
      </button>
    </>
  );
}
