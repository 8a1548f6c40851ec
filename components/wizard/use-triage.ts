'use client';

import { selectAnswers, selectCanGoBack, selectStep } from '../../machines/triage.selectors';
import { voiceOf } from '../content';
import { useMessages } from '../content/locale-provider';
import { TriageContext } from './triage-actor';

/** What every step needs: the step, the answers so far, the voice to write in, the strings and `send`. */
export function useTriage() {
  const step = TriageContext.useSelector(selectStep);
  const answers = TriageContext.useSelector(selectAnswers);
  const canGoBack = TriageContext.useSelector(selectCanGoBack);
  const { send } = TriageContext.useActorRef();
  const { t, locale } = useMessages();
  return { step, answers, canGoBack, send, t, locale, voice: voiceOf(answers.role) };
}
