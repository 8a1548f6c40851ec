import type { Locale } from '../../rules';
import type { HsdsWords } from '../../rules/hsds/export';
import { messages } from '../content';
import { namedCardView } from '../content/plan-view';
import { servicesMessages } from './content';

/**
 * The words the open data puts into its text fields, in one language: the same the pages use (the summary's "For
 * youth. Ages 16 to 24.", "toll-free", "For Toronto"; the services page's "All of Ontario"), so a service reads the
 * same in the files and on screen.
 */
export function hsdsWords(locale: Locale): HsdsWords {
  const t = messages[locale];
  const s = servicesMessages[locale];
  return {
    eligibility: (entry) => namedCardView(entry, t, locale).forWhom,
    ontario: s.card.allOntario,
    canada: s.card.canada,
    areaNotConfirmed: t.local.areaNotConfirmed,
    chat: t.summary.chat,
    regionalContactFor: t.summary.regionalContactFor,
    tollFree: t.local.tollFree,
    // The card's "(send “CONNECT”)" without its brackets: in the files it is one part of a description.
    textKeyword: (word) => t.local.textKeyword(word).replace(/^\((.*)\)$/, '$1'),
    whatsapp: t.local.whatsapp,
  };
}
