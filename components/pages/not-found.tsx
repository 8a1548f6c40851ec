import { getService, mainPhone } from '../../rules';
import { formatPhone, messages, telHref } from '../content';

/** Not found, in English then French: the way back to the tool, and 911 and the hotline. */
export function NotFoundContent() {
  return (
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
            <ul className="mt-4 space-y-2">
              {(['emergency-911', 'human-trafficking-hotline'] as const).map((id) => (
                <li key={id}>
                  {t.common.labelled(getService(id).name[locale])}
                  <a href={telHref(mainPhone(id))} className="link font-bold">
                    {formatPhone(mainPhone(id), locale)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
