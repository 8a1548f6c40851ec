'use client';

import { useMemo } from 'react';
import { explainReason, getService, planReferrals, type Answers, type QuestionId } from '../../rules';
import { questionOrder } from '../../rules/questions';
import { answerLabel, reasonSentence } from '../content/answer-text';
import { voiceOf } from '../content';
import { sourcePage } from './source-quote';
import { useTrainerMessages } from './use-trainer-messages';

/**
 * A one-page handout of the scenario for a class (issue 22): its answers, the services in plan order, why each is
 * there, and the sentences of Ontario's page the rules come from, each quoted once and numbered. Hidden on screen;
 * when the trainer page is printed, it is all that prints (the rest of the page is `print:hidden`).
 */
export function Handout({ name, answers, changed }: { name: string; answers: Answers | undefined; changed: boolean }) {
  const { t, locale } = useTrainerMessages();
  const h = t.trainer.handout;
  const plan = useMemo(() => (answers ? planReferrals(answers) : []), [answers]);
  if (!answers) return null;

  // Each sentence of Ontario's page once, numbered in the order the list first cites it.
  const sources: string[] = [];
  const sourceNumber = (quote: string) => {
    const text = quote.replace(/^- /, '');
    if (!sources.includes(text)) sources.push(text);
    return sources.indexOf(text) + 1;
  };
  const services = plan.map((referral) => ({
    referral,
    reasons: referral.reasons.map((id) => {
      const reason = explainReason(id, answers);
      return {
        id,
        sentence: reasonSentence(reason, voiceOf(answers.role), t, locale),
        source: sourceNumber(reason.rule.source.quote),
      };
    }),
  }));
  const english = locale === 'en' ? undefined : 'en';

  return (
    // On paper, the padding of the shell's main (made for the screen) and the gap the trainer page leaves after each
    // part are taken back (print:-mt-6, print:-mb-16), so that one page holds it all.
    <section
      aria-labelledby="trainer-handout-heading"
      data-handout=""
      className="hidden text-[9pt] leading-tight print:-mt-6 print:-mb-16 print:block"
    >
      <h2 id="trainer-handout-heading" className="text-[13pt] leading-tight font-bold">
        {h.heading(name)}
      </h2>
      {changed && <p className="italic">{h.changed}</p>}
      <h3 className="mt-2 text-[10.5pt] font-bold">{h.answersHeading}</h3>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-0.5">
        {questionOrder
          .filter((q: QuestionId) => answers[q] !== undefined)
          .map((q) => (
            <div key={q}>
              <dt className="inline font-bold">{t.common.labelled(t.review.labels[q])}</dt>
              <dd className="inline">{answerLabel(q, answers, t, locale)}</dd>
            </div>
          ))}
      </dl>
      <h3 className="mt-2 text-[10.5pt] font-bold">{h.servicesHeading}</h3>
      <ol className="list-decimal pl-5">
        {services.map(({ referral, reasons }) => (
          <li key={referral.serviceId} data-handout-service={referral.serviceId} className="mt-0.5 break-inside-avoid">
            <span className="font-bold">{getService(referral.serviceId).name[locale]}</span> (
            {t.trainer.priorities[referral.priority]}). {reasons.map((r) => `${r.sentence} [${r.source}]`).join(' ')}
          </li>
        ))}
      </ol>
      <h3 className="mt-2 text-[10.5pt] font-bold">{h.sourcesHeading}</h3>
      <p>{h.sourcesIntro(sourcePage)}</p>
      <ul className="columns-2 gap-x-6 text-[8.5pt]" lang={english}>
        {sources.map((quote, i) => (
          <li key={quote} className="break-inside-avoid">
            [{i + 1}] “{quote}”
          </li>
        ))}
      </ul>
      <p className="mt-2 text-[8.5pt] italic">{h.footer}</p>
    </section>
  );
}
