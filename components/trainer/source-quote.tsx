'use client';

import type { ReferralRule } from '../../rules';
import { useTrainerMessages } from './use-trainer-messages';

/** Ontario's page "Anti-human trafficking services and supports", which every rule quotes (README, product spec). */
export const sourcePage = 'https://www.ontario.ca/page/anti-human-trafficking-services-and-supports';

/** The sentence of Ontario's page a rule comes from, quoted, with a link to the page. The page is in English. */
export function SourceQuote({ source }: { source: ReferralRule['source'] }) {
  const { t, locale } = useTrainerMessages();
  const w = t.trainer.why;
  return (
    <blockquote className="mt-1 border-l-4 border-line pl-3" cite={sourcePage}>
      <p>
        {w.source} <q lang={locale === 'en' ? undefined : 'en'}>{source.quote.replace(/^- /, '')}</q>
      </p>
      <p className="text-sm">
        <a href={sourcePage} className="link" rel="noreferrer" hrefLang="en">
          {w.sourceLink}
        </a>
      </p>
    </blockquote>
  );
}
