import type { Locale } from '../../rules';
import type { HsdsWords } from '../../rules/hsds/export';
import { messages } from '../content';
import { servicesMessages } from './content';

/**
 * The words the open data puts into its text fields, in one language: the same the pages use (the area search's
 * "For Toronto", the services page's audiences and ages), so a service reads the same in the files and on screen.
 */
export function hsdsWords(locale: Locale): HsdsWords {
  const t = messages[locale];
  const s = servicesMessages[locale];
  return {
    audience: s.audience,
    ages: s.card.ages,
    ontario: s.card.allOntario,
    canada: s.card.canada,
    areaNotConfirmed: s.card.areaNotConfirmed,
    chat: t.summary.chat,
    regionalContactFor: t.summary.regionalContactFor,
    tollFree: s.card.tollFree,
    textKeyword: s.card.textKeyword,
    whatsapp: s.card.whatsapp,
  };
}
