'use client';

import { useMemo } from 'react';
import { explainReason, getService, planReferrals, type Answers } from '../../rules';
import { reasonSentence } from '../content/answer-text';
import { voiceOf } from '../content';
import { ruleWords } from './map-words';
import { map } from './referral-map';
import { SourceQuote } from './source-quote';
import { useTrainerMessages } from './use-trainer-messages';
import { ColumnHeadings } from './column-headings';

/**
 * The list and why (issue 22): each service of the plan for the answers on the map, with each rule behind it in plain
 * words: the "Because you said …" sentence the summary shows, who the rule is for, and the sentence of Ontario's page
 * it comes from, linked. Rule ids and the English descriptions are for developers, in a disclosure.
 */
export function WhyPanel({ answers, showServices }: { answers: Answers | undefined; showServices: boolean }) {
  const { t, locale } = useTrainerMessages();
  const w = t.trainer.why;
  const plan = useMemo(() => (answers ? planReferrals(answers) : []), [answers]);
  return (
    <section aria-labelledby="trainer-why-heading" data-trainer-panel="why">
      <h2 id="trainer-why-heading" className="text-2xl font-bold">
        {w.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{w.intro}</p>
      {locale !== 'en' && <p className="mt-1 text-muted">{w.sourceLanguage}</p>}
      {!answers ? (
        <p className="mt-4">{w.empty}</p>
      ) : !showServices ? (
        <p className="mt-4 font-bold">{t.trainer.guess.hidden}</p>
      ) : (
        <>
          <ol className="mt-4 grid gap-3 lg:grid-cols-2">
            {plan.map((referral) => (
              <li
                key={referral.serviceId}
                data-why-service={referral.serviceId}
                className="border-2 border-line bg-surface p-3"
              >
                <h3 className="text-lg font-bold">
                  {getService(referral.serviceId).name[locale]}{' '}
                  <span className="font-normal text-muted">({t.trainer.priorities[referral.priority]})</span>
                </h3>
                <ul className="mt-2 space-y-3">
                  {referral.reasons.map((id) => {
                    const reason = explainReason(id, answers);
                    return (
                      <li key={id} data-rule-id={id}>
                        <p className="font-bold">{reasonSentence(reason, voiceOf(answers.role), t, locale)}</p>
                        <p className="text-muted">{ruleWords(reason.rule, map, t, locale)}</p>
                        <SourceQuote source={reason.rule.source} />
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
          <details className="mt-4">
            <summary className="link">{w.developerSummary}</summary>
            <table className="mt-2 w-full border-collapse text-left text-base" data-why-developer="">
              <thead>
                <ColumnHeadings headings={[w.ruleId, w.description]} />
              </thead>
              <tbody>
                {plan.flatMap((referral) =>
                  referral.reasons.map((id) => (
                    <tr key={id} className="border-b border-line">
                      <td className="p-1">
                        <code>{id}</code>
                      </td>
                      <td className="p-1" lang="en">
                        {explainReason(id, answers).rule.description}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
