'use client';

import { useMemo } from 'react';
import type { Messages } from '../content';
import { useMessages } from '../content/locale-provider';
import { trainerMessages, type TrainerMessages } from './content';

/** Every string of the wizard, plus the trainer page's own under `t.trainer`. */
export type TrainerPageMessages = Omit<Messages, 'trainer'> & { trainer: Messages['trainer'] & TrainerMessages };

/** `useMessages`, with the trainer page's strings added: only trainer components call it. */
export function useTrainerMessages() {
  const state = useMessages();
  const t = useMemo<TrainerPageMessages>(
    () => ({ ...state.t, trainer: { ...state.t.trainer, ...trainerMessages[state.locale] } }),
    [state.t, state.locale],
  );
  return { ...state, t };
}
