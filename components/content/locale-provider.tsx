'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '../../rules';
import type { Messages } from './index';

type LocaleState = {
  locale: Locale;
  t: Messages;
  setLocale: (locale: Locale) => void;
  /** When true, the browser tab shows a plain title that says nothing about this tool (kept in memory only). */
  plainTitle: boolean;
  setPlainTitle: (plain: boolean) => void;
};
const LocaleContext = createContext<LocaleState | null>(null);

/** The page language and its strings, for every component of the page; the shell (AppShell) holds the state. */
export function LocaleProvider({ value, children }: { value: LocaleState; children: ReactNode }) {
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The page language and its strings. */
export function useMessages(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useMessages must be used inside <LocaleProvider>.');
  return state;
}
