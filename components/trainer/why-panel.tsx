'use client';

import { selectPlan, selectPlanAnswers } from '../../machines/triage.selectors';
import { explainReason, getService } from '../../rules';
import { reasonSentence } from '../content/answer-text';
import { voiceOf } from '../content';
import { TriageContext } from '../triage/triage-provider';
import { useTrainerMessages } from './use-trainer-messages';

/**
 * Why each referral of the current plan is there: every rule that fired, by id, with its plain description, the
 * "Because …" sentence the summary shows, and the line of Ontario's page the rule comes from. The plan and its
 * reasons come from the machine's selectors; nothing here decides a referral.
 */
export function WhyPanel() {
  const { t, locale } = useTrainerMessages();
  const w = t.trainer.why;
  const plan = TriageContext.useSelector(selectPlan);
  const answers = TriageContext.useSelector(selectPlanAnswers);
  const english = locale === 'en' ? undefined : 'en';
  return (
    <section aria-labelledby="trainer-why-heading" data-trainer-panel="why">
      <h2 id="trainer-why-heading" className="text-2xl font-bold">
        {w.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{w.intro}</p>
      {locale !== 'en' && <p className="mt-1 text-muted">{w.sourceLanguage}</p>}
      {!answers ? (
        <p className="mt-4">{w.empty}</p>
      ) : (
        <ol className="mt-4 grid gap-3 lg:grid-cols-2">
          {plan.map((referral) => (
            <li key={referral.serviceId} data-why-service={referral.serviceId} className="border-2 border-line bg-surface p-3">
              <h3 className="text-lg font-bold">
                {getService(referral.serviceId).name[locale]}{' '}
                <span className="font-normal text-muted">({t.trainer.priorities[referral.priority]})</span>
              </h3>
              <ul className="mt-2 space-y-3">
                {referral.reasons.map((id) => {
                  const reason = explainReason(id, answers);
                  return (
                    <li key={id} data-rule-id={id}>
                      <p>
                        {t.common.labelled(w.rule)}
                        <code>{id}</code>
                      </p>
                      <p lang={english}>{reason.rule.description}</p>
                      <p className="text-muted">{reasonSentence(reason, voiceOf(answers.role), t, locale)}</p>
                      <blockquote className="mt-1 border-l-4 border-line pl-3 text-base">
                        <p>{t.common.labelled(w.source(reason.rule.source.line))}</p>
                        <p lang={english}>“{reason.rule.source.quote}”</p>
                      </blockquote>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
