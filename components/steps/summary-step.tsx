'use client';

import { selectPlan, selectPlanAnswers } from '../../machines/triage.selectors';
import { directoryCheckedOn, type Answers, type Referral } from '../../rules';
import { Fragment, useDeferredValue, useState } from 'react';
import { formatDate } from '../content';
import {
  planView,
  reasonsOnCard,
  type CardView,
  type NamedCardView,
  type NextStepView,
  type NotesView,
  type ReasonView,
} from '../content/plan-view';
import { ContactLines, ContactValue, DetailList, HousingManager, SourceLinks } from '../ui/contact-lines';
import { planAsText } from '../content/plain-text';
import { siteConfig } from '../site-config';
import { StepHeading } from '../form/step-heading';
import { paths } from '../content/paths';
import { TriageActorContext } from '../wizard/triage-actor';
import { useTriage } from '../wizard/use-triage';
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
  const answers = TriageActorContext.useSelector(selectPlanAnswers);
  const ready = useDeferredValue(true, false);
  if (!answers) throw new Error('The summary needs at least the role and the danger answer.');
  return (
    <>
      <StepHeading as="h1">{t.summary.heading[voice]}</StepHeading>
      <p className="mt-3 sm:mt-4 sm:text-lg">{t.summary.intro[voice]}</p>
      {answers.region === 'outside-ontario' && (
        <p className="mt-4 border-l-4 border-information bg-information-light p-4" data-outside-ontario="">
          {t.summary.outsideOntario[voice]}
        </p>
      )}
      {answers.role === 'someone-else' && (
        <section
          aria-labelledby="someone-else"
          className="mt-4 border-l-4 border-information bg-information-light p-3"
          data-someone-else=""
        >
          <h2 id="someone-else" className="text-xl font-bold">
            {t.summary.someoneElse.heading}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {t.summary.someoneElse.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <div data-summary-list aria-busy={!ready}>
        {ready && <SummaryList answers={answers} />}
      </div>
    </>
  );
}

function SummaryList({ answers }: { answers: Answers }) {
  const { t, voice, send, locale } = useTriage();
  const plan = TriageActorContext.useSelector(selectPlan);
  const view = planView(plan, answers, t, locale);
  return (
    <>
      <NextSteps steps={view.nextSteps} />
      {view.sections.map((section, index) => (
        <Fragment key={section.id}>
          {index === view.firstNotesBefore && <WorkerNotes id="duty-notes" view={view.firstNotes} />}
          <section aria-labelledby={`section-${section.id}`} className="mt-4 sm:mt-5">
            <h2 id={`section-${section.id}`} className="text-lg font-bold sm:text-2xl">
              {section.heading}
            </h2>
            <ol className="mt-2 space-y-2 sm:mt-3 sm:space-y-3">
              {section.cards.map((card) => (
                <ReferralCard key={card.serviceId} card={card} />
              ))}
              {section.named.map((card) => (
                <NamedCard key={card.id} card={card} />
              ))}
            </ol>
            {section.moreNamed.length > 0 && (
              <details className="more-named mt-3" data-more-named={section.id}>
                <summary className="link min-h-6 cursor-pointer">{t.local.moreNamed(section.moreNamed.length)}</summary>
                <ul className="mt-2 space-y-3">
                  {section.moreNamed.map((card) => (
                    <li key={card.id} data-named-id={card.id} className="border-l-4 border-line pl-3">
                      <NamedDetails card={card} headingLevel="h4" />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        </Fragment>
      ))}
      <WorkerNotes id="worker-notes" view={view.otherNotes} />
      {/* The answers, with a Change for each, one tap away: the reasons on the cards have their own Change. */}
      <details className="mt-4 sm:mt-6" data-answers-used="">
        <summary className="link min-h-6 cursor-pointer font-bold sm:text-lg">{t.summary.answersUsed}</summary>
        <p className="no-print mt-1">{t.summary.answersUsedIntro}</p>
        <AnswersList />
      </details>
      <p className="mt-4 sm:mt-6 border-l-4 border-information bg-information-light p-3">{t.summary.closing[voice]}</p>
      <HandOver answers={answers} plan={plan} />
      {answers.role === 'trainer' && (
        <p className="no-print mt-4 sm:mt-6">
          <a href={paths.trainer[locale]} className="link">
            {t.trainer.summaryLink}
          </a>
        </p>
      )}
      <div className="no-print mt-4 sm:mt-6">
        <button type="button" className="btn-secondary" onClick={() => send({ type: 'triage.restart' })}>
          {t.common.restart}
        </button>
      </div>
      <footer className="mt-4 sm:mt-6 text-sm text-muted">
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
      <h2 id={id} className="text-lg font-bold sm:text-2xl">
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
    <div className="no-print mt-4 sm:mt-6">
      {/* Two to a row on a phone, so the list's end is not four screen-wide buttons. */}
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:gap-3">
        <button type="button" className="btn-secondary px-2 sm:px-5" onClick={() => window.print()}>
          {t.summary.print}
        </button>
        {answers.role === 'worker' && (
          <button type="button" className="btn-secondary px-2 sm:px-5" onClick={printFull}>
            {t.summary.printFull}
          </button>
        )}
        <button type="button" className="btn-secondary px-2 sm:px-5" onClick={copy}>
          {t.summary.copy}
        </button>
        {answers.role === 'worker' && (
          <button
            type="button"
            className="btn-secondary px-2 sm:px-5"
            onClick={download}
            aria-describedby="download-warning"
          >
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
  const { t } = useTriage();
  const headingId = `service-${card.serviceId}`;
  const reasons = reasonsOnCard(card.reasons);
  return (
    <li
      data-service-id={card.serviceId}
      data-priority={card.priority}
      aria-labelledby={headingId}
      className="referral border-2 border-line bg-surface px-3 py-2 sm:p-3"
    >
      <h3 id={headingId} className="font-bold sm:text-xl">
        {card.name}
      </h3>
      {card.ifApplies && <p className="mt-1 font-bold">{card.ifApplies}</p>}
      <p className="mt-1 sm:mt-2">{card.summaryLine}</p>
      {card.housing && <HousingManager housing={card.housing} />}
      {card.contacts.length > 0 && <ContactLines lines={card.contacts} />}
      {card.localPoliceElsewhere && <p className="mt-2">{card.localPoliceElsewhere}</p>}
      {card.local && (
        <div className="mt-3" data-local-list={card.serviceId}>
          <h4 className="font-bold">{card.local.heading}</h4>
          {card.local.none && <p className="mt-1">{card.local.none}</p>}
          <ul className="mt-1 space-y-3">
            {card.local.cards.map((named) => (
              <li key={named.id} data-named-id={named.id}>
                <NamedDetails card={named} headingLevel="h4" />
              </li>
            ))}
          </ul>
        </div>
      )}
      {reasons.short.length > 0 && <Reasons reasons={reasons.short} />}
      <MoreDetails name={card.name}>
        {reasons.more.length > 0 && <Reasons reasons={reasons.more} />}
        {card.offersMore && <p>{card.offersMore}</p>}
        <DetailList details={card.details} labelled={t.common.labelled} className="mt-2 space-y-1" />
        {card.moreContacts.length > 0 && <ContactLines lines={card.moreContacts} />}
        <h4 className="mt-2 text-sm font-bold text-muted">{card.sources.toggle}</h4>
        <SourceLinks urls={card.sources.urls} className="mt-1 space-y-1 text-sm" />
      </MoreDetails>
    </li>
  );
}

/** Why the card is listed: one sentence per reason, each with a Change for the answers it rests on. */
function Reasons({ reasons }: { reasons: readonly ReasonView[] }) {
  const { t, send } = useTriage();
  // Offer a Change link only where the machine takes it (the care question, say, only when the age asks it).
  // (Selected as one string, so that an equal list does not re-render the card; split once here.)
  const changeable = TriageActorContext.useSelector((snapshot) =>
    reasons
      .flatMap((r) => r.questions)
      .filter((q) => snapshot.can({ type: 'answers.change', question: q }))
      .join(' '),
  ).split(' ');
  return (
    <>
      {/* Each reason is one sentence that says why ("Because you said…"): the heading is for screen readers. */}
      <h4 className="sr-only">{t.summary.why}</h4>
      <ul className="mt-1 space-y-1 sm:mt-2">
        {reasons.map((reason) => {
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
    </>
  );
}

/**
 * What the short card leaves out (what to expect, hours, languages, who it is for, email, sources), one tap away:
 * closed on screen and on the plain printout, open on the worker's "Print full details".
 */
function MoreDetails({ name, children }: { name: string; children: React.ReactNode }) {
  const { t } = useTriage();
  return (
    <details className="more mt-1 sm:mt-2">
      <summary className="link min-h-6 cursor-pointer">
        {t.summary.more}
        <span className="sr-only">{t.summary.moreAbout(name)}</span>
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/**
 * "Print full details": prints the page with every card's details open (sources included). The ones it opened close
 * again after printing (`afterprint`: in some mobile browsers `print()` returns before the page is printed).
 * "Print" prints the page as it is: the next steps and the short cards.
 */
function printFull() {
  const closed = [...document.querySelectorAll<HTMLDetailsElement>('details.more:not([open])')];
  for (const details of closed) details.open = true;
  addEventListener('afterprint', () => closed.forEach((details) => (details.open = false)), { once: true });
  window.print();
}

/**
 * The next steps, first on the page: what to do now, the one best contact for each need picked, and the hotline for
 * everyone; each links to its card below. The same block opens the printout and the plain-text copy.
 */
function NextSteps({ steps }: { steps: NextStepView[] }) {
  const { t } = useTriage();
  return (
    <section aria-labelledby="next-steps" className="mt-5 border-l-4 border-success bg-surface p-3">
      <h2 id="next-steps" className="text-lg font-bold sm:text-2xl">
        {t.local.nextStepsHeading}
      </h2>
      <ul className="mt-2 space-y-2 sm:mt-3 sm:space-y-3">
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
            {step.what && <span className="block">{step.what}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A named organization or line listed for a need the person picked. */
function NamedCard({ card }: { card: NamedCardView }) {
  return (
    <li
      data-named-id={card.id}
      aria-labelledby={`named-${card.id}`}
      className="referral border-2 border-line bg-surface px-3 py-2 sm:p-3"
    >
      <NamedDetails card={card} headingLevel="h3" />
    </li>
  );
}

/** A named entry: its heading carries `named-<id>`, which a next step links to (each entry is on the page once). */
function NamedDetails({ card, headingLevel: Heading }: { card: NamedCardView; headingLevel: 'h3' | 'h4' }) {
  return (
    <>
      <Heading id={`named-${card.id}`} className={Heading === 'h3' ? 'font-bold sm:text-xl' : 'font-bold'}>
        {card.name}
      </Heading>
      <p className="mt-1">{card.desc}</p>
      {card.areaNote && <p className="mt-1 text-muted">{card.areaNote}</p>}
      <ContactLines lines={card.contacts} />
      {card.askedFor && <p className="sr-only">{card.askedFor}</p>}
      {(card.forWhom || card.moreContacts.length > 0) && (
        <MoreDetails name={card.name}>
          {card.forWhom && <p>{card.forWhom}</p>}
          <ContactLines lines={card.moreContacts} />
        </MoreDetails>
      )}
    </>
  );
}
