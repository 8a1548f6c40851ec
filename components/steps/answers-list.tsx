'use client';

import { sameQuestions, selectChangeableQuestions } from '../../machines/triage.selectors';
import { answerLabel } from '../content/answer-text';
import { TriageActorContext } from '../wizard/triage-actor';
import { useTriage } from '../wizard/use-triage';

/**
 * The answers given, each with a Change button that goes to its question. A question is listed only when the
 * machine takes a Change for it (the care question only when the age asks it), so no button does nothing.
 * Used by the review ("Check your answers") and the summary ("The answers this list is based on").
 */
export function AnswersList() {
  const { t, answers, send, locale } = useTriage();
  const shown = TriageActorContext.useSelector(selectChangeableQuestions, sameQuestions);
  return (
    <dl className="mt-3 divide-y divide-line border-y border-line">
      {shown.map((question) => (
        <div key={question} className="flex flex-wrap items-baseline gap-x-2 py-2">
          <dt className="font-bold sm:w-1/3">{t.common.labelled(t.review.labels[question])}</dt>
          <dd className="flex-1">{answerLabel(question, answers, t, locale) ?? t.common.notAnswered}</dd>
          <dd className="no-print">
            <button type="button" className="link min-h-6" onClick={() => send({ type: 'answers.change', question })}>
              {t.common.change}
              <span className="sr-only">{t.review.changeHidden(t.review.labels[question])}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
