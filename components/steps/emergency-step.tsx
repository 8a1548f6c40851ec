'use client';

import { selectCanSkipQuestions } from '../../machines/triage.selectors';
import { chatUrl, getService, mainPhone } from '../../rules';
import { formatPhone, telHref } from '../content';
import { StepHeading } from '../form/step-heading';
import { TriageActorContext } from '../wizard/triage-actor';
import { useTriage } from '../wizard/use-triage';

/**
 * Danger "yes" or "not sure": 911 or local police first, then the hotline; then the questions or the summary (only
 * the summary after the worker's one-page form, which has answered them all).
 */
export function EmergencyStep() {
  const { t, voice, send, locale } = useTriage();
  const canSkip = TriageActorContext.useSelector(selectCanSkipQuestions);
  const police = mainPhone('emergency-911');
  const hotline = mainPhone('human-trafficking-hotline');
  const chat = chatUrl('human-trafficking-hotline');
  const hotlineName = getService('human-trafficking-hotline').name[locale];
  return (
    <>
      <StepHeading as="h1">{t.emergency.heading[voice]}</StepHeading>
      <p className="mt-4 text-lg">{t.emergency.callNow[voice]}</p>
      <p className="mt-4">
        <a href={telHref(police)} className="btn-alert text-2xl">
          {formatPhone(police, locale)}
        </a>
      </p>
      <p className="mt-3">{t.emergency.noText}</p>
      <h2 className="mt-8 text-2xl font-bold">{hotlineName}</h2>
      <p className="mt-2 text-lg">{t.emergency.thenHotline}</p>
      <p className="mt-3">
        <a href={telHref(hotline)} className="btn-secondary text-xl">
          {formatPhone(hotline, locale)}
        </a>
      </p>
      {chat && (
        <p className="mt-4">
          {t.emergency.chat[voice]}{' '}
          <a href={chat} className="link" rel="noreferrer">
            {t.emergency.chatLink}
          </a>
        </p>
      )}
      <h2 className="mt-8 text-2xl font-bold">{t.emergency.nextHeading}</h2>
      <div className="mt-4 flex flex-col items-start gap-3">
        <button type="button" className="btn-primary" onClick={() => send({ type: 'emergency.continue' })}>
          {canSkip ? t.emergency.continue[voice] : t.emergency.toSummary}
        </button>
        {canSkip && (
          <button type="button" className="btn-secondary" onClick={() => send({ type: 'emergency.skipToSummary' })}>
            {t.emergency.skip}
          </button>
        )}
      </div>
    </>
  );
}
