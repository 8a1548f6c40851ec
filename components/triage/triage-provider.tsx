'use client';

import { createActorContext } from '@xstate/react';
import { createContext, useContext, type ReactNode } from 'react';
import { triageMachine } from '../../machines/triage.machine';
import type { Locale } from '../../rules';
import { messages, type Messages } from '../content';

/**
 * The running triage machine, shared by every step. Kept out of the machine file so that the machine stays free
 * of React and loads in Vitest, Playwright and on the server.
 */
export const TriageContext = createActorContext(triageMachine);

type LocaleState = {
  locale: Locale;
  t: Messages;
  setLocale: (locale: Locale) => void;
  /** When true, the browser tab shows a plain title that says nothing about this tool (kept in memory only). */
  plainTitle: boolean;
  setPlainTitle: (plain: boolean) => void;
};
const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ value, children }: { value: LocaleState; children: ReactNode }) {
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The page language and its strings. */
export function useMessages(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useMessages must be used inside <LocaleProvider>.');
  return state;
}

export { messages };
