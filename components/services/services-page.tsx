'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import {
  directoryNeedIds,
  isRegionId,
  preparePlaceSearch,
  type DirectoryNeed,
  type Locale,
  type RegionId,
} from '../../rules';
import { browseCount, browseDirectory } from '../../rules/browse';
import type { Messages } from '../content';
import { GroupedOptions, SearchBox, useOptionSearch, type OptionSearch } from '../form/question-form';
import { placeSearch, regionOptionGroups } from '../steps/question-step';
import { AppShell } from '../layout/app-shell';
import { pageHref, paths } from '../content/paths';
import { useMessages } from '../content/locale-provider';
import { servicesMessages } from './content';
import { ContactLines, DetailList, HousingManager, SourceLinks } from '../ui/contact-lines';
import { directoryView, type DirectoryCard } from './directory-view';
// This page reuses the wizard's area search (components/form/question-form.tsx, components/steps/question-step.tsx).
// Sharing only those modules made the bundler split the wizard page's own chunk in two, which added about 0.9 kB
// gzipped to the wizard's first load. Loading the wizard's page code here too keeps that chunk whole (the wizard's
// first load stays as it was); it costs this page about 5 kB gzipped. Nothing of it runs here.
import '../wizard/wizard';

/**
 * Every service of the directory without the questions (issue 21, part 2), narrowed by area (the wizard's own place
 * search) and by kind of help. What the person chooses stays in memory: nothing in storage, nothing in the address.
 * The page as built lists everything, so without JavaScript the whole directory is there.
 */
export function ServicesPage({ locale }: { locale: Locale }) {
  return (
    <AppShell locale={locale} page="services">
      <ServicesContent />
    </AppShell>
  );
}

const total = browseCount(browseDirectory());

function ServicesContent() {
  const { t, locale, plainTitle } = useMessages();
  const s = servicesMessages[locale];
  const id = useId().replace(/:/g, '');
  const [area, setArea] = useState<RegionId | ''>('');
  const [need, setNeed] = useState<DirectoryNeed | ''>('');

  // The wizard's area search, with this page's words for "chosen" and "no match" (there is no Continue here, and
  // no "Outside Ontario" or "Prefer not to say" to choose).
  const search: OptionSearch = useMemo(
    () => ({
      label: t.region.searchLabel,
      hint: t.region.searchHint,
      resultsLabel: t.region.resultsLabel,
      search: placeSearch(
        { ...t, region: { ...t.region, chosen: s.services.areaChosen, noMatches: s.services.noAreaMatches } },
        locale,
      ),
    }),
    [t, s, locale],
  );
  const { query, setQuery, result } = useOptionSearch(
    search,
    () => area,
    (value) => setArea(isRegionId(value as RegionId) ? (value as RegionId) : ''),
  );
  const groups = regionOptionGroups(t, locale).filter((group) => !group.alwaysShown);
  // Build the places search while the person reads the page, not on their first keystroke.
  useEffect(() => {
    const timer = setTimeout(preparePlaceSearch, 0);
    return () => clearTimeout(timer);
  }, []);

  const browsed = useMemo(
    () => browseDirectory({ ...(area ? { area } : {}), ...(need ? { need } : {}), french: locale === 'fr' }),
    [area, need, locale],
  );
  const sections = useMemo(
    () => directoryView(browsed, area || undefined, t, s, locale),
    [browsed, area, t, s, locale],
  );
  const shown = browseCount(browsed);

  return (
    <article>
      <h1 className="text-3xl font-bold">{s.services.heading}</h1>
      <p className="mt-4 text-lg">{s.services.intro}</p>
      <noscript>
        <p className="mt-4 border-l-4 border-information bg-information-light p-4">{s.services.noScript}</p>
      </noscript>

      <section aria-labelledby={`${id}-filters`} className="js-only mt-6 border-2 border-line bg-surface p-4">
        <h2 id={`${id}-filters`} className="text-2xl font-bold">
          {s.services.filtersHeading}
        </h2>
        <form noValidate autoComplete="off" onSubmit={(event) => event.preventDefault()}>
          <SearchBox search={search} id={id} query={query} onQuery={setQuery} result={result} />
          <label htmlFor={`${id}-area`} className="mt-4 block font-bold">
            {s.services.areaLabel}
          </label>
          <select
            id={`${id}-area`}
            value={area}
            onChange={(event) =>
              setArea(isRegionId(event.target.value as RegionId) ? (event.target.value as RegionId) : '')
            }
            className="mt-1 block min-h-11 w-full max-w-md border-2 border-ink bg-surface px-2 py-2 text-lg"
          >
            <option value="">{s.services.areaAll}</option>
            <GroupedOptions groups={groups} search={search} result={result} />
          </select>
          <label htmlFor={`${id}-need`} className="mt-4 block font-bold">
            {s.services.needLabel}
          </label>
          <select
            id={`${id}-need`}
            value={need}
            onChange={(event) =>
              setNeed(
                (directoryNeedIds as readonly string[]).includes(event.target.value)
                  ? (event.target.value as DirectoryNeed)
                  : '',
              )
            }
            className="mt-1 block min-h-11 w-full max-w-md border-2 border-ink bg-surface px-2 py-2 text-lg"
          >
            <option value="">{s.services.needAll}</option>
            {directoryNeedIds.map((value) => (
              <option key={value} value={value}>
                {t.needs.options[value]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn-secondary mt-4"
            onClick={() => {
              setQuery('');
              setArea('');
              setNeed('');
            }}
          >
            {s.services.clear}
          </button>
        </form>
      </section>

      <p role="status" className="mt-6 text-lg font-bold" data-services-count={shown}>
        {s.services.count(shown, total)}
      </p>
      {shown === 0 && <p className="mt-2">{s.services.none}</p>}

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mt-8" data-section={section.id}>
          <h2 id={`section-${section.id}`} className="text-2xl font-bold">
            {section.heading} <span className="text-lg font-normal text-muted">({section.count})</span>
          </h2>
          <ul className="mt-3 space-y-4">
            {section.cards.map((card) => (
              <ServiceCard key={`${card.kind}-${card.id}`} card={card} t={t} />
            ))}
          </ul>
        </section>
      ))}

      <p className="mt-10">
        <a href={pageHref(paths.wizard[locale], plainTitle)} className="link">
          {s.services.questionsLink}
        </a>
      </p>
      <p className="mt-2">
        <a href={pageHref(paths.data[locale], plainTitle)} className="link">
          {s.services.dataLink}
        </a>
      </p>
    </article>
  );
}

function ServiceCard({ card, t }: { card: DirectoryCard; t: Messages }) {
  const headingId = `entry-${card.kind}-${card.id}`;
  return (
    <li
      data-entry-id={card.id}
      data-entry-kind={card.kind}
      aria-labelledby={headingId}
      className="border-2 border-line bg-surface p-4"
    >
      <h3 id={headingId} className="text-xl font-bold">
        {card.name}
      </h3>
      <p className="mt-2">{card.description}</p>
      {card.note && <p className="mt-2 border-l-4 border-information bg-information-light p-2">{card.note}</p>}
      {card.housing && <HousingManager housing={card.housing} />}
      {card.contacts.length > 0 && (
        <>
          <h4 className="mt-3 font-bold">{t.summary.contact}</h4>
          <ContactLines lines={card.contacts} />
        </>
      )}
      <DetailList details={card.details} labelled={t.common.labelled} />
      <details className="sources mt-3 text-sm text-muted">
        <summary className="link min-h-6 cursor-pointer">{card.sources.toggle}</summary>
        <SourceLinks urls={card.sources.urls} />
      </details>
    </li>
  );
}
