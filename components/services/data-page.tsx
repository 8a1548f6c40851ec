'use client';

import type { Locale } from '../../rules';
import { hsdsFiles, hsdsPath, type HsdsFile } from '../../rules/hsds/files';
import { AppShell } from '../layout/app-shell';
import { pageHref, paths } from '../content/paths';
import { useMessages } from '../content/locale-provider';
import { servicesMessages } from './content';

/**
 * The open data page (issue 21, part 3): what the HSDS files are, how to reuse them, their licence status, and
 * links to them. The files are fetched only when someone follows a link (`download`, so the page guard lets the
 * browser save them rather than open them in the tool's place); the page itself loads nothing after load. `counts`
 * comes from the page's server component, so the directory itself does not ship with this page.
 */
export function DataPage({ locale, counts }: { locale: Locale; counts: Record<HsdsFile, number> }) {
  return (
    <AppShell locale={locale} page="data">
      <DataContent counts={counts} />
    </AppShell>
  );
}

function DataContent({ counts }: { counts: Record<HsdsFile, number> }) {
  const { locale, plainTitle } = useMessages();
  const d = servicesMessages[locale].data;
  return (
    <article>
      <h1 className="text-3xl font-bold">{d.heading}</h1>
      <p className="mt-4 text-lg">{d.intro}</p>

      <section className="mt-8" aria-labelledby="data-files">
        <h2 id="data-files" className="text-2xl font-bold">
          {d.filesHeading}
        </h2>
        <p className="mt-3">{d.filesIntro}</p>
        {(['en', 'fr'] as const).map((language) => (
          <div key={language} className="mt-4">
            <h3 className="text-xl font-bold" lang={locale === language ? undefined : language}>
              {language === 'en' ? d.inEnglish : d.inFrench}
            </h3>
            <ul className="mt-2 list-disc space-y-2 pl-6">
              {hsdsFiles.map((file) => (
                <li key={file}>
                  <a
                    href={hsdsPath(language, file)}
                    download
                    className="link font-bold"
                    hrefLang={language}
                    type="application/json"
                  >
                    {`${file}.json`}
                  </a>
                  {': '}
                  {d.files[file](counts[file])}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="mt-8" aria-labelledby="data-reuse">
        <h2 id="data-reuse" className="text-2xl font-bold">
          {d.reuseHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {d.reuse.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section className="mt-8" aria-labelledby="data-limits">
        <h2 id="data-limits" className="text-2xl font-bold">
          {d.limitsHeading}
        </h2>
        <p className="mt-3">{d.limits}</p>
      </section>

      <section className="mt-8" aria-labelledby="data-licence">
        <h2 id="data-licence" className="text-2xl font-bold">
          {d.licenceHeading}
        </h2>
        <p className="mt-3">{d.licence}</p>
      </section>

      <p className="mt-8">
        <a href={pageHref(paths.services[locale], plainTitle)} className="link">
          {d.servicesLink}
        </a>
      </p>
    </article>
  );
}
