'use client';

import { selectPlan, selectPlanAnswers } from '../../machines/triage.selectors';
import { directoryCheckedOn, type Answers, type Referral } from '../../rules';
import { Fragment, useDeferredValue, useState } from 'react';
import { formatDate } from '../content';
import { planView, type CardView, type ContactLine as ContactLineView, type HousingView, type NamedCardView, type NextStepView, type NotesView } from '../content/plan-view';
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
      {answers.region === 'outside-ontario' && (
        <p className="mt-4 border-l-4 border-information bg-information-light p-4" data-outside-ontario="">
          {t.summary.outsideOntario[voice]}
        </p>
      )}
      <div data-summary-list aria-busy={!ready}>
        {ready && <SummaryList answers={answers} />}
      </div>
    </>
  );
}

function SummaryList({ answers }: { answers: Answers }) {
  const { t, voice, send, locale } = useTriage();
  const plan = TriageContext.useSelector(selectPlan);
  const view = planView(plan, answers, t, locale);
  return (
    <>
      <NextSteps steps={view.nextSteps} />
      {view.sections.map((section, index) => (
        <Fragment key={section.id}>
          {index === view.firstNotesBefore && <WorkerNotes id="duty-notes" view={view.firstNotes} />}
          <section aria-labelledby={`section-${section.id}`} className="mt-8">
            <h2 id={`section-${section.id}`} className="text-2xl font-bold">
              {section.heading}
            </h2>
            <ol className="mt-3 space-y-4">
              {section.cards.map((card) => (
                <ReferralCard key={card.serviceId} card={card} />
              ))}
              {section.named.map((card) => (
                <NamedCard key={card.id} card={card} />
              ))}
            </ol>
          </section>
        </Fragment>
      ))}
      <WorkerNotes id="worker-notes" view={view.otherNotes} />
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
function WorkerNotes({ id, view }: { id: string; view: NotesView }) {
  if (view.notes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-8 border-l-4 border-alert bg-surface p-4">
      <h2 id={id} className="text-2xl font-bold">
        {view.heading}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {view.notes.map((note) => (
          <li key={note.id} data-note={note.id}>
            {note.text}
            {note.contact && (
              <span className="mt-1 block" data-childrens-aid="">
                {note.contact.none ?? (
                  <>
                    {note.contact.lead} <ContactValue line={note.contact.line} />
                  </>
                )}
              </span>
            )}
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

function ReferralCard({ card }: { card: CardView }) {
  const { t, send } = useTriage();
  // Offer a Change link only where the machine takes it (the care question, say, only when the age asks it).
  // (Selected as one string, so that an equal list does not re-render the card; split once here.)
  const changeable = TriageContext.useSelector((snapshot) =>
    card.reasons
      .flatMap((r) => r.questions)
      .filter((q) => snapshot.can({ type: 'answers.change', question: q }))
      .join(' '),
  ).split(' ');
  const headingId = `service-${card.serviceId}`;
  return (
    <li
      data-service-id={card.serviceId}
      data-priority={card.priority}
      aria-labelledby={headingId}
      className="referral border-2 border-line bg-surface p-4"
    >
      <h3 id={headingId} className="text-xl font-bold">
        {card.name}
      </h3>
      {card.ifApplies && <p className="mt-1 font-bold">{card.ifApplies}</p>}
      <p className="mt-2">{card.offers}</p>
      {card.housing && <HousingManager housing={card.housing} />}
      {card.contacts.length > 0 && (
        <>
          <h4 className="mt-3 font-bold">{t.summary.contact}</h4>
          <ContactLines lines={card.contacts} />
        </>
      )}
      {card.localPoliceElsewhere && <p className="mt-2">{card.localPoliceElsewhere}</p>}
      {card.local && (
        <div className="mt-3" data-local-list={card.serviceId}>
          <h4 className="font-bold">{card.local.heading}</h4>
          {card.local.none && <p className="mt-1">{card.local.none}</p>}
          <ul className="mt-1 space-y-3">
            {card.local.cards.map((named) => (
              <li key={named.id} data-named-id={named.id}>
                <NamedDetails card={named} headingLevel="h5" />
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl className="mt-3 space-y-1">
        {card.details.map((detail) => (
          <div key={detail.key}>
            <dt className="inline font-bold">{t.common.labelled(detail.term)}</dt>
            <dd className="inline">{detail.value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="mt-3 font-bold">{t.summary.why}</h4>
      <ul className="mt-1 space-y-1">
        {card.reasons.map((reason) => {
          // One Change per answer the reason rests on ("16 or 17 and in Durham": the age, and the area).
          const questions = reason.questions.filter((question) => changeable.includes(question));
          return (
            <li key={reason.ruleId} data-reason={reason.ruleId}>
              {reason.sentence}
              {questions.map((question) => (
                <Fragment key={question}>
                  {' '}
                  <button
                    type="button"
                    className="link no-print mr-2 min-h-6"
                    onClick={() => send({ type: 'answers.change', question })}
                    data-change={question}
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
        <summary className="link min-h-6 cursor-pointer">{card.sources.toggle}</summary>
        <ul className="mt-1 space-y-1">
          {card.sources.urls.map((url) => (
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

function HousingManager({ housing }: { housing: HousingView }) {
  if (!housing.known) return <p className="mt-2">{housing.text}</p>;
  return (
    <div className="mt-2" data-service-manager={housing.regionId}>
      <p className="font-bold">{housing.manager}</p>
      {housing.unverified && <p className="text-sm text-muted">{housing.unverified}</p>}
      {housing.noContact ? <p className="mt-1">{housing.noContact}</p> : <ContactLines lines={housing.lines} />}
    </div>
  );
}

function ContactLines({ lines }: { lines: ContactLineView[] }) {
  return (
    <ul className="mt-1 space-y-1">
      {lines.map((line, i) => (
        <li key={i}>
          {line.label}
          <ContactValue line={line} />
        </li>
      ))}
    </ul>
  );
}

/** A contact's number or address as a link (a phone number never broken across lines), and the words after it. */
function ContactValue({ line }: { line: ContactLineView | undefined }) {
  if (!line) return null;
  return (
    <>
      {line.value && (
        <a
          href={line.value.href}
          className={line.value.kind === 'phone' ? 'link font-bold whitespace-nowrap' : 'link break-all'}
          {...(line.value.kind === 'url' ? { rel: 'noreferrer' } : {})}
        >
          {line.value.text}
        </a>
      )}
      {line.after && <> {line.after}</>}
    </>
  );
}

/**
 * The next steps, first on the page: what to do now, the one best contact for each need picked, and the hotline for
 * everyone; each links to its card below. The same block opens the printout and the plain-text copy.
 */
function NextSteps({ steps }: { steps: NextStepView[] }) {
  const { t, voice } = useTriage();
  return (
    <section aria-labelledby="next-steps" className="mt-6 border-l-4 border-success bg-surface p-4">
      <h2 id="next-steps" className="text-2xl font-bold">
        {t.local.nextStepsHeading}
      </h2>
      <p className="no-print mt-1">{t.local.nextStepsIntro[voice]}</p>
      <ul className="mt-3 space-y-3">
        {steps.map((step, i) => (
          <li key={`${step.id}-${i}`} data-next-step={step.id}>
            <span className="font-bold">{step.lead}</span>{' '}
            <a href={`#${step.anchor}`} className="link">
              {step.name}
            </a>
            {step.line && (
              <>
                {' – '}
                <ContactValue line={step.line} />
              </>
            )}
            <span className="block">{step.what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A named organization or line listed for a need the person picked. */
function NamedCard({ card }: { card: NamedCardView }) {
  return (
    <li data-named-id={card.id} aria-labelledby={`named-${card.id}`} className="referral border-2 border-line bg-surface p-4">
      <NamedDetails card={card} headingLevel="h3" />
    </li>
  );
}

function NamedDetails({ card, headingLevel: Heading }: { card: NamedCardView; headingLevel: 'h3' | 'h5' }) {
  return (
    <>
      <Heading id={Heading === 'h3' ? `named-${card.id}` : undefined} className={Heading === 'h3' ? 'text-xl font-bold' : 'font-bold'}>
        {card.name}
      </Heading>
      <p className="mt-1">{card.desc}</p>
      {card.forWhom && <p className="mt-1 text-muted">{card.forWhom}</p>}
      {card.areaNote && <p className="mt-1 text-muted">{card.areaNote}</p>}
      <ContactLines lines={card.contacts} />
      {card.askedFor && <p className="mt-2">{card.askedFor}</p>}
    </>
  );
}
