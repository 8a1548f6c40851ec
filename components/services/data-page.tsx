'use client';

import type { Locale } from '../../rules';
import { hsdsFiles, hsdsPath, type HsdsFile } from '../../rules/hsds/files';
import { AppShell } from '../layout/app-shell';
import { InfoArticle, InfoList, InfoSection } from '../layout/info-page';
import { paths } from '../content/paths';
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
  const { locale } = useMessages();
  const d = servicesMessages[locale].data;
  return (
    <InfoArticle heading={d.heading} intro={d.intro} link={{ path: paths.services[locale], text: d.servicesLink }}>
      <InfoSection id="data-files" heading={d.filesHeading}>
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
      </InfoSection>
      <InfoSection id="data-reuse" heading={d.reuseHeading}>
        <InfoList items={d.reuse} />
      </InfoSection>
      <InfoSection id="data-limits" heading={d.limitsHeading}>
        <p className="mt-3">{d.limits}</p>
      </InfoSection>
      <InfoSection id="data-licence" heading={d.licenceHeading}>
        <p className="mt-3">{d.licence}</p>
      </InfoSection>
    </InfoArticle>
  );
}
