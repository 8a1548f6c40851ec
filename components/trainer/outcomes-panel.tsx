'use client';

import { useEffect, useId, useState } from 'react';
import { getService, priorities, serviceIds, type Answers, type Locale, type ServiceId } from '../../rules';
import { questionOrder } from '../../rules/questions';
import { enumerateOutcomes, type Outcome, type OutcomeCatalogue } from '../../rules/trainer/outcomes';
import { answerLabel } from '../content/answer-text';
import { useTrainerMessages } from './use-trainer-messages';
import { ColumnHeadings } from './column-headings';
import type { OpenScenario } from './trainer-app';

const pageSize = 10;

// Worked out once per page load, on request: it plans a few hundred thousand answer classes.
let cached: OutcomeCatalogue | undefined;

/** Every distinct plan the wizard can give, with how often, the simplest answers for each, and per-service totals. */
export function OutcomesPanel({ open }: { open: OpenScenario }) {
  const { t } = useTrainerMessages();
  const o = t.trainer.outcomes;
  const [catalogue, setCatalogue] = useState<OutcomeCatalogue | undefined>(cached);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    if (!working) return;
    // Let the "working" message paint before the main thread is busy.
    const timer = window.setTimeout(() => {
      cached ??= enumerateOutcomes();
      setCatalogue(cached);
      setWorking(false);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [working]);

  return (
    <section aria-labelledby="trainer-outcomes-heading" data-trainer-panel="outcomes">
      <h2 id="trainer-outcomes-heading" className="text-2xl font-bold">
        {o.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{o.intro}</p>
      {!catalogue && (
        <p className="mt-4">
          <button type="button" className="btn-secondary" disabled={working} onClick={() => setWorking(true)}>
            {o.compute}
          </button>
        </p>
      )}
      <p role="status" className="mt-2">
        {working ? o.working : catalogue ? o.done : ''}
      </p>
      {catalogue && <Catalogue catalogue={catalogue} open={open} />}
    </section>
  );
}

const number = (n: number, locale: Locale) => new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA').format(n);
const percent = (share: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    style: 'percent',
    maximumFractionDigits: share < 0.01 ? 3 : 1,
  }).format(share);

function Catalogue({ catalogue, open }: { catalogue: OutcomeCatalogue; open: OpenScenario }) {
  const { t, locale } = useTrainerMessages();
  const o = t.trainer.outcomes;
  const p = t.trainer.priorities;
  const id = useId().replace(/:/g, '');
  const [filter, setFilter] = useState<ServiceId | ''>('');
  const [page, setPage] = useState(0);
  const shown = filter
    ? catalogue.outcomes.filter((outcome) => outcome.priorityOf(filter) !== undefined)
    : catalogue.outcomes;
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const first = page * pageSize;
  const onPage = shown.slice(first, first + pageSize);
  const byShare = catalogue.services
    .map((s) => ({ ...s, all: priorities.reduce((sum, priority) => sum + s.byPriority[priority], 0) }))
    .sort((a, b) => b.all - a.all || serviceIds.indexOf(a.serviceId) - serviceIds.indexOf(b.serviceId));

  return (
    <>
      <table className="mt-4 w-full max-w-4xl border-collapse text-left text-base" data-outcomes-by-service="">
        <caption className="mb-2 text-left text-xl font-bold">{o.byServiceHeading}</caption>
        <thead>
          <ColumnHeadings headings={[o.service, o.share]} />
        </thead>
        <tbody>
          {byShare.map(({ serviceId, all }) => (
            <tr key={serviceId} className="border-b border-line">
              <th scope="row" className="p-1 font-normal">
                {getService(serviceId).name[locale]}
              </th>
              <td className="p-1">{percent(all / catalogue.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="mt-6">
        <label htmlFor={`${id}-filter`} className="block font-bold">
          {o.filterLabel}
        </label>
        <select
          id={`${id}-filter`}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value as ServiceId | '');
            setPage(0);
          }}
          className="mt-1 block min-h-11 w-full max-w-xl border-2 border-ink bg-surface px-2 py-1"
        >
          <option value="">{o.anyService}</option>
          {serviceIds.map((serviceId) => (
            <option key={serviceId} value={serviceId}>
              {getService(serviceId).name[locale]}
            </option>
          ))}
        </select>
      </div>

      {shown.length === 0 ? (
        <p className="mt-4">{o.none}</p>
      ) : (
        <>
          <p className="mt-4 font-bold" aria-live="polite">
            {o.showing(number(first + 1, locale), number(first + onPage.length, locale), number(shown.length, locale))}
          </p>
          <ol className="mt-3 space-y-4" start={first + 1}>
            {onPage.map((outcome, i) => (
              <OutcomeCard
                key={outcome.id}
                outcome={outcome}
                position={first + i + 1}
                total={catalogue.total}
                open={open}
              />
            ))}
          </ol>
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="button" className="btn-secondary" disabled={page === 0} onClick={() => setPage((n) => n - 1)}>
              {o.previous}
            </button>
            <button
              type="button"
              className="btn-secondary"
              disabled={page >= pages - 1}
              onClick={() => setPage((n) => n + 1)}
            >
              {o.next}
            </button>
          </div>
        </>
      )}
      <details className="mt-6">
        <summary className="link">{o.developerSummary}</summary>
        <p className="mt-2">
          {o.developerCount(number(catalogue.outcomes.length, locale), number(catalogue.total, locale))}
        </p>
        <div className="mt-2 overflow-x-auto" role="region" aria-labelledby={`${id}-by-priority`} tabIndex={0}>
          <table className="w-full border-collapse text-left text-base" data-outcomes-by-priority="">
            <caption id={`${id}-by-priority`} className="mb-2 text-left font-bold">
              {o.byPriorityCaption}
            </caption>
            <thead>
              <ColumnHeadings headings={[o.service, ...priorities.map((priority) => p[priority])]} />
            </thead>
            <tbody>
              {catalogue.services.map((s) => (
                <tr key={s.serviceId} className="border-b border-line">
                  <th scope="row" className="p-1 font-normal">
                    {getService(s.serviceId).name[locale]}
                  </th>
                  {priorities.map((priority) => (
                    <td key={priority} className="p-1">
                      {s.byPriority[priority] ? percent(s.byPriority[priority] / catalogue.total, locale) : '0'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

function OutcomeCard({
  outcome,
  position,
  total,
  open,
}: {
  outcome: Outcome;
  position: number;
  total: number;
  open: OpenScenario;
}) {
  const { t, locale } = useTrainerMessages();
  const o = t.trainer.outcomes;
  const headingId = `outcome-${outcome.id}`;
  const example: Answers = outcome.example;
  return (
    <li aria-labelledby={headingId} data-outcome={outcome.id} className="border-2 border-line bg-surface p-3">
      <h3 id={headingId} className="text-lg font-bold">
        {o.outcome(number(position, locale))}
      </h3>
      <p>{o.count(percent(outcome.count / total, locale))}</p>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <ol className="list-decimal pl-6">
          {outcome.referrals.map((r) => (
            <li key={r.serviceId}>
              {getService(r.serviceId).name[locale]}{' '}
              <span className="text-muted">({t.trainer.priorities[r.priority]})</span>
            </li>
          ))}
        </ol>
        <div>
          <h4 className="font-bold">{o.example}</h4>
          <dl className="mt-1">
            {questionOrder
              .filter((q) => example[q] !== undefined)
              .map((q) => (
                <div key={q}>
                  <dt className="inline font-bold">{t.common.labelled(t.review.labels[q])}</dt>
                  <dd className="inline">{answerLabel(q, example, t, locale)}</dd>
                </div>
              ))}
          </dl>
          <button
            type="button"
            className="btn-secondary mt-2"
            onClick={() => open({ kind: 'example' }, example, 'summary')}
          >
            {o.openExample}
            <span className="sr-only"> ({o.outcome(number(position, locale))})</span>
          </button>
        </div>
      </div>
    </li>
  );
}
