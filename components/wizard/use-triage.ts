'use client';

import { selectAnswers, selectCanGoBack, selectStep } from '../../machines/triage.selectors';
import { voiceOf } from '../content';
import { useMessages } from '../content/locale-provider';
import { TriageActorContext } from './triage-actor';

/** What every step needs: the step, the answers so far, the voice to write in, the strings and `send`. */
export function useTriage() {
  const step = TriageActorContext.useSelector(selectStep);
  const answers = TriageActorContext.useSelector(selectAnswers);
  const canGoBack = TriageActorContext.useSelector(selectCanGoBack);
  const { send } = TriageActorContext.useActorRef();
  const { t, locale } = useMessages();
  return { step, answers, canGoBack, send, t, locale, voice: voiceOf(answers.role) };
}
