'use client';

import { mainPhone, type Locale } from '../../rules';
import { formatPhone, telHref } from '../content';
import { AppShell } from '../layout/app-shell';
import { pageHref, paths } from '../content/paths';
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
  const { t, locale, plainTitle } = useMessages();
  const s = t.safetyPage;
  const hotline = mainPhone('human-trafficking-hotline');
  return (
    <article>
      <h1 className="text-3xl font-bold">{s.heading}</h1>
      <p className="mt-4 text-lg">{s.intro}</p>
      {s.sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="text-2xl font-bold">{section.heading}</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="mt-8">
        <h2 className="text-2xl font-bold">{s.talkHeading}</h2>
        <p className="mt-3">
          {s.talk}{' '}
          <a href={telHref(hotline)} className="link font-bold whitespace-nowrap">
            {formatPhone(hotline, locale)}
          </a>
        </p>
        <p className="mt-2">{s.talkDanger}</p>
      </section>
      <p className="mt-8">
        <a href={pageHref(paths.wizard[locale], plainTitle)} className="link">
          {s.back}
        </a>
      </p>
    </article>
  );
}
