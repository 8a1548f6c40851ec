'use client';

import { mainPhone, type Locale } from '../../rules';
import { formatPhone, telHref } from '../content';
import { AppShell } from '../layout/app-shell';
import { InfoArticle, InfoList, InfoSection } from '../layout/info-page';
import { paths } from '../content/paths';
import { useMessages } from '../content/locale-provider';

/** The safety page: what the tool hides and what it cannot, how to browse privately, and who to call. */
export function SafetyPage({ locale }: { locale: Locale }) {
  return (
    <AppShell locale={locale} page="safety">
      <SafetyContent />
    </AppShell>
  );
}

function SafetyContent() {
  const { t, locale } = useMessages();
  const s = t.safetyPage;
  const hotline = mainPhone('human-trafficking-hotline');
  return (
    <InfoArticle heading={s.heading} intro={s.intro} link={{ path: paths.wizard[locale], text: s.back }}>
      {s.sections.map((section) => (
        <InfoSection key={section.heading} heading={section.heading}>
          <InfoList items={section.items} />
        </InfoSection>
      ))}
      <InfoSection heading={s.talkHeading}>
        <p className="mt-3">
          {s.talk}{' '}
          <a href={telHref(hotline)} className="link font-bold whitespace-nowrap">
            {formatPhone(hotline, locale)}
          </a>
        </p>
        <p className="mt-2">{s.talkDanger}</p>
      </InfoSection>
    </InfoArticle>
  );
}
