'use client';

import { selectPlan, selectPlanAnswers } from '../../machines/triage.selectors';
import { stepOfQuestion } from '../../machines/triage.machine';
import {
  contactsFor,
  directoryCheckedOn,
  explainReason,
  getRegion,
  getService,
  isConditional,
  isRegionId,
  summarySections,
  type Answers,
  type Contact,
  type Locale,
  type Referral,
  workerNotesByPlace,
  type WorkerNoteId,
} from '../../rules';
import { Fragment, useDeferredValue, useState } from 'react';
import { formatDate, formatPhone, housingPhones, telHref, type Messages } from '../content';
import { reasonSentence } from '../content/answer-text';
import { planAsText } from '../content/plain-text';
import { siteConfig } from '../site-config';
import { StepHeading } from '../form/step-heading';
import { paths } from '../triage/app-shell';
import { TriageContext } from '../triage/triage-provider';
import { useTriage } from '../triage/use-triage';
import { AnswersList } from './answers-list';

/**
 * The referral plan in the summary's sections (`summarySections`: what to do now, then the rest by need), each
 * referral with why it is here.
 *
 * The heading and the introduction paint at once, with the focus on the heading; the list (a dozen cards with their
 * contacts, reasons and sources) renders right after, in a render React may interrupt, so pressing "See the
 * services" answers within a frame even on a slow phone (issue 7). `aria-busy` marks the list until it is there.
 */
export function SummaryStep() {
  const { t, voice } = useTriage();
  const answers = TriageContext.useSelector(selectPlanAnswers);
  const ready = useDeferredValue(true, false);
  if (!answers) throw new Error('The summary needs at least the role and the danger answer.');
  return (
    <>
      <StepHeading as="h1">{t.summary.heading[voice]}</StepHeading>
      <p className="mt-4 text-lg">{t.summary.intro[voice]}</p>
      <div data-summary-list aria-busy={!ready}>
        {ready && <SummaryList answers={answers} />}
      </div>
    </>
  );
}

function SummaryList({ answers }: { answers: Answers }) {
  const { t, voice, send, locale } = useTriage();
  const plan = TriageContext.useSelector(selectPlan);
  const notes = workerNotesByPlace(answers, plan);
  const sections = summarySections(plan);
  // The duty to report comes right after what to do now (911 stays first), before any other referral.
  const notesAt = sections[0]?.id === 'now' ? 1 : 0;
  return (
    <>
      {sections.map((section, index) => (
        <Fragment key={section.id}>
          {index === notesAt && <WorkerNotes id="duty-notes" heading={t.workerNotes.firstHeading} notes={notes.first} />}
          <section aria-labelledby={`section-${section.id}`} className="mt-8">
            <h2 id={`section-${section.id}`} className="text-2xl font-bold">
              {t.summary.sections[section.id]}
            </h2>
            <ol className="mt-3 space-y-4">
              {section.referrals.map((referral) => (
                <ReferralCard key={referral.serviceId} referral={referral} answers={answers} />
              ))}
            </ol>
          </section>
        </Fragment>
      ))}
      <WorkerNotes id="worker-notes" heading={t.workerNotes.heading} notes={notes.rest} />
      <section aria-labelledby="answers-used" className="mt-8">
        <h2 id="answers-used" className="text-2xl font-bold">
          {t.summary.answersUsed}
        </h2>
        <p className="no-print mt-2">{t.summary.answersUsedIntro}</p>
        <AnswersList />
      </section>
      <p className="mt-8 border-l-4 border-information bg-information-light p-4 text-lg">{t.summary.closing[voice]}</p>
      <HandOver answers={answers} plan={plan} />
      {answers.role === 'trainer' && (
        <p className="no-print mt-6">
          <a href={paths.trainer[locale]} className="link">
            {t.trainer.summaryLink}
          </a>
        </p>
      )}
      <div className="no-print mt-6">
        <button type="button" className="btn-secondary" onClick={() => send({ type: 'triage.restart' })}>
          {t.common.restart}
        </button>
      </div>
      <footer className="mt-6 text-sm text-muted">
        <p>{t.summary.directoryChecked(formatDate(directoryCheckedOn, locale))}</p>
        {siteConfig.reportContactEmail && (
          <p className="no-print">
            {t.summary.reportWrong}{' '}
            <a href={`mailto:${siteConfig.reportContactEmail}`} className="link">
              {siteConfig.reportContactEmail}
            </a>
          </p>
        )}
      </footer>
    </>
  );
}

/** Duty-to-report, consent and what-to-prepare notes, for a worker or trainer only (rules decide which and where). */
function WorkerNotes({ id, heading, notes }: { id: string; heading: string; notes: readonly WorkerNoteId[] }) {
  const { t } = useTriage();
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-8 border-l-4 border-alert bg-surface p-4">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {notes.map((id) => (
          <li key={id} data-note={id}>
            {t.workerNotes.notes[id]}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Print, copy as plain text and (for a worker) download a case note: all built from the same plan as the screen.
 * Nothing is sent anywhere; the case note is made in the browser.
 */
function HandOver({ answers, plan }: { answers: Answers; plan: Referral[] }) {
  const { t, locale } = useTriage();
  const [status, setStatus] = useState('');
  const today = new Date().toISOString().slice(0, 10);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(planAsText({ plan, answers, t, locale }));
      setStatus(t.summary.copied);
    } catch {
      setStatus(t.summary.copyFailed);
    }
  };
  const download = () => {
    const text = planAsText({ plan, answers, t, locale, date: today });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t.caseNote.fileName(today);
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="no-print mt-6">
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={printWithSources}>
          {t.summary.print}
        </button>
        <button type="button" className="btn-secondary" onClick={copy}>
          {t.summary.copy}
        </button>
        {answers.role === 'worker' && (
          <button type="button" className="btn-secondary" onClick={download} aria-describedby="download-warning">
            {t.summary.download}
          </button>
        )}
      </div>
      {answers.role === 'worker' && (
        <p id="download-warning" className="mt-2 text-sm text-muted">
          {t.summary.downloadWarning}
        </p>
      )}
      <p role="status" className="mt-2">
        {status}
      </p>
    </div>
  );
}

function ReferralCard({ referral, answers }: { referral: Referral; answers: Answers }) {
  const { t, voice, send, locale } = useTriage();
  const service = getService(referral.serviceId);
  const reasons = referral.reasons.map((id) => explainReason(id, answers));
  // Offer a Change link only where the machine takes it (the care question, say, only when the age asks it).
  // (Selected as one string, so that an equal list does not re-render the card; split once here.)
  const changeable = TriageContext.useSelector((snapshot) =>
    reasons
      .flatMap((r) => r.facts.map((f) => f.question))
      .filter((q) => snapshot.can({ type: 'answers.change', question: q }))
      .join(' '),
  ).split(' ');
  const conditional = reasons.every(isConditional);
  const headingId = `service-${service.id}`;
  return (
    <li
      data-service-id={service.id}
      data-priority={referral.priority}
      aria-labelledby={headingId}
      className="referral border-2 border-line bg-surface p-4"
    >
      <h3 id={headingId} className="text-xl font-bold">
        {service.name[locale]}
      </h3>
      {conditional && <p className="mt-1 font-bold">{t.summary.ifApplies}</p>}
      <p className="mt-2">{service.offers[locale]}</p>
      {service.id === 'housing-service-manager' && <HousingManager answers={answers} t={t} locale={locale} />}
      <Contacts contacts={contactsFor(service, answers.region)} t={t} locale={locale} />
      {service.id === 'local-police' && !contactsFor(service, answers.region).some((c) => 'region' in c && c.region === answers.region) && (
        <p className="mt-2">{t.summary.localPoliceElsewhere}</p>
      )}
      <dl className="mt-3 space-y-1">
        {service.hours && <Detail term={t.summary.hours} value={service.hours[locale]} />}
        {service.languages && <Detail term={t.summary.languages} value={service.languages[locale]} />}
        <Detail term={t.summary.serves} value={service.serves[locale]} />
        {service.expect && <Detail term={t.summary.expect} value={service.expect[locale]} />}
      </dl>
      <h4 className="mt-3 font-bold">{t.summary.why}</h4>
      <ul className="mt-1 space-y-1">
        {reasons.map((reason) => {
          // One Change per answer the reason rests on ("16 or 17 and in Durham": the age, and the area).
          const questions = reason.facts.map((fact) => fact.question).filter((question) => changeable.includes(question));
          return (
            <li key={reason.ruleId} data-reason={reason.ruleId}>
              {reasonSentence(reason, voice, t, locale)}
              {questions.map((question) => (
                <Fragment key={question}>
                  {' '}
                  <button
                    type="button"
                    className="link no-print mr-2 min-h-6"
                    onClick={() => send({ type: 'answers.change', question })}
                    data-change={stepOfQuestion[question]}
                  >
                    {questions.length === 1 ? (
                      <>
                        {t.summary.changeAnswer}
                        <span className="sr-only">{t.review.changeHidden(t.review.labels[question])}</span>
                      </>
                    ) : (
                      t.summary.changeNamed(t.review.labels[question])
                    )}
                  </button>
                </Fragment>
              ))}
            </li>
          );
        })}
      </ul>
      {/* Closed on screen, so the contacts stay easy to find; open on paper (globals.css and the Print button). */}
      <details className="sources mt-3 text-sm text-muted">
        <summary className="link min-h-6 cursor-pointer">{t.summary.sourcesToggle(formatDate(service.checked, locale))}</summary>
        <ul className="mt-1 space-y-1">
          {service.sources.map((url) => (
            <li key={url}>
              <a href={url} className="link break-all" rel="noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/**
 * Prints the page with every card's sources open. The print stylesheet opens them too, in browsers that style
 * `::details-content`; this covers the others when the Print button is used. The ones it opened close again after
 * printing (`afterprint`: in some mobile browsers `print()` returns before the page is printed).
 */
function printWithSources() {
  const closed = [...document.querySelectorAll<HTMLDetailsElement>('details.sources:not([open])')];
  for (const details of closed) details.open = true;
  addEventListener('afterprint', () => closed.forEach((details) => (details.open = false)), { once: true });
  window.print();
}

function Detail({ term, value }: { term: string; value: string }) {
  const { t } = useTriage();
  return (
    <div>
      <dt className="inline font-bold">{t.common.labelled(term)}</dt>
      <dd className="inline">{value}</dd>
    </div>
  );
}

function HousingManager({ answers, t, locale }: { answers: Answers; t: Messages; locale: Locale }) {
  if (!isRegionId(answers.region)) return <p className="mt-2">{t.summary.housingManagerUnknownArea}</p>;
  const region = getRegion(answers.region);
  return (
    <div className="mt-2" data-service-manager={region.id}>
      <p className="font-bold">{t.summary.housingManager(region.serviceManager[locale])}</p>
      {!region.serviceManagerVerified && <p className="text-sm text-muted">{t.summary.housingManagerUnverified}</p>}
      {region.housing ? (
        <ul className="mt-1 space-y-1">
          {housingPhones(region.housing, t, locale).map(({ label, number }) => (
            <li key={number}>
              {t.common.labelled(label)}
              <a href={telHref(number)} className="link">
                {formatPhone(number, locale)}
              </a>
            </li>
          ))}
          {region.housing.url && (
            <li>
              {t.common.labelled(t.summary.web)}
              <a href={region.housing.url} className="link break-all" rel="noreferrer">
                {region.housing.url}
              </a>
            </li>
          )}
        </ul>
      ) : (
        <p className="mt-1">{t.summary.noLocalContact}</p>
      )}
    </div>
  );
}

function Contacts({ contacts, t, locale }: { contacts: Contact[]; t: Messages; locale: Locale }) {
  if (contacts.length === 0) return null;
  return (
    <>
      <h4 className="mt-3 font-bold">{t.summary.contact}</h4>
      <ul className="mt-1 space-y-1">
        {contacts.map((contact, i) => (
          <li key={i}>
            <ContactLine contact={contact} t={t} locale={locale} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ContactLine({ contact, t, locale }: { contact: Contact; t: Messages; locale: Locale }) {
  const label = contact.label?.[locale];
  const area = 'region' in contact && contact.region ? t.summary.regionalContactFor(getRegion(contact.region).name[locale]) : null;
  const prefix = [label, area].filter(Boolean).join(' · ');
  switch (contact.kind) {
    case 'phone':
      return (
        <>
          {t.common.labelled(prefix || t.summary.call)}
          <a href={telHref(contact.number)} className="link font-bold">
            {formatPhone(contact.number, locale)}
          </a>
        </>
      );
    case 'tty':
      return (
        <>
          {t.common.labelled(t.summary.tty)}{contact.number ? <a href={telHref(contact.number)} className="link">{formatPhone(contact.number, locale)}</a> : null}{' '}
          {contact.label[locale]}
        </>
      );
    case 'email':
      return (
        <>
          {t.common.labelled(prefix || t.summary.email)}
          <a href={`mailto:${contact.address}`} className="link break-all">
            {contact.address}
          </a>
        </>
      );
    default:
      return (
        <>
          {t.common.labelled(prefix || (contact.kind === 'chat' ? t.summary.chat : t.summary.web))}
          <a href={contact.url} className="link break-all" rel="noreferrer">
            {contact.url}
          </a>
        </>
      );
  }
}
