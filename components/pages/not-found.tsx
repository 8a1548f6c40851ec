import { messages } from '../content';
import { EmergencyNumbers } from '../layout/emergency-numbers';
import { exitDestination } from '../site-config';
import { ExitThisPage } from '../ui/exit-this-page';

/**
 * Not found, in English then French: the quick exit (labelled in both languages), as on every screen, then the way
 * back to the tool, and 911 and the hotline.
 */
export function NotFoundContent() {
  return (
    <>
      <header className="site-header sticky top-0 z-10 border-b-4 border-brand bg-surface">
        <div className="mx-auto flex max-w-3xl items-center justify-end gap-3 px-4 py-2">
          <ExitThisPage
            strings={messages.en.exit}
            also={{ lang: 'fr', strings: messages.fr.exit }}
            href={exitDestination.en}
          />
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-8">
        {(['en', 'fr'] as const).map((locale) => {
          const t = messages[locale];
          return (
            <section key={locale} lang={locale} className="mb-10">
              <h1 className="text-3xl font-bold">{t.notFound.heading}</h1>
              <p className="mt-4">
                <a href={locale === 'en' ? '/' : '/fr/'} className="link">
                  {t.notFound.back}
                </a>
              </p>
              <EmergencyNumbers t={t} locale={locale} />
              <p className="mt-4">{t.common.hotlineDutyToReport}</p>
            </section>
          );
        })}
      </main>
    </>
  );
}
