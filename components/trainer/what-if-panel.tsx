'use client';

import { useId } from 'react';
import { getRule, getService, needIds, type Answers, type QuestionId, type Referral } from '../../rules';
import { questionOrder, questions } from '../../rules/questions';
import { compareAnswers, withAnswer, type Comparison, type ServiceChange } from '../../rules/trainer/what-if';
import { questionText, regionOptionGroups } from '../steps/question-step';
import { ruleWords } from './map-words';
import { map } from './referral-map';
import { SourceQuote } from './source-quote';
import { useTrainerMessages, type TrainerPageMessages } from './use-trainer-messages';

type Props = {
  /** The scenario's answers; none before a scenario is open. */
  base: Answers | undefined;
  /** The answers as the trainer changed them (here or on the map). */
  after: Answers | undefined;
  setAfter: (answers: Answers) => void;
  /** Guess first, before the list is revealed: the plans stay hidden. */
  showServices: boolean;
};

/**
 * What-if: the scenario's answers against the answers as the trainer changed them (in the selects here, or by a
 * click on the map), both plans side by side, with each referral that appears, disappears or changes priority and
 * the rules that made it change (`compareAnswers`).
 */
export function WhatIfPanel({ base, after, setAfter, showServices }: Props) {
  const { t } = useTrainerMessages();
  const w = t.trainer.whatIf;
  return (
    <section aria-labelledby="trainer-what-if-heading" data-trainer-panel="what-if">
      <h2 id="trainer-what-if-heading" className="text-2xl font-bold">
        {w.heading}
      </h2>
      <p className="mt-2 max-w-3xl">{w.intro}</p>
      {!base || !after ? (
        <p className="mt-4">{t.trainer.why.empty}</p>
      ) : !showServices ? (
        <p className="mt-4 font-bold">{t.trainer.guess.hidden}</p>
      ) : (
        <WhatIfEditor base={base} after={after} setAfter={setAfter} />
      )}
    </section>
  );
}

type Option = { value: string; label: string };
type Group = { label: string; options: Option[] };

function WhatIfEditor({
  base,
  after,
  setAfter,
}: {
  base: Answers;
  after: Answers;
  setAfter: (answers: Answers) => void;
}) {
  const { t, locale } = useTrainerMessages();
  const w = t.trainer.whatIf;
  const comparison = compareAnswers(base, after);
  const id = useId().replace(/:/g, '');
  /** The answers a question's select offers: the area list in the wizard's groups; the others in one list. */
  const groupsOf = (question: QuestionId): Group[] => {
    if (question === 'region') return regionOptionGroups(t, locale);
    const { label } = questionText(question, t, 'them');
    return [{ label: '', options: questions[question].options.map((value) => ({ value, label: label(value) })) }];
  };
  const set =
    <Q extends keyof Answers>(question: Q) =>
    (value: string) =>
      setAfter(withAnswer(after, question, value as Answers[Q]));

  return (
    <div className="mt-4">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {questionOrder
          .filter((question) => question !== 'needs')
          .map((question) => {
            const value = after[question] as string | undefined;
            // Only the care question can be unanswered: the flow asks it of some ages only.
            return value === undefined ? (
              <div key={question}>
                <p className="font-bold">{t.review.labels[question]}</p>
                <p className="mt-2 text-muted">{w.careNotAsked}</p>
              </div>
            ) : (
              <Select
                key={question}
                id={`${id}-${question}`}
                label={t.review.labels[question]}
                value={value}
                groups={groupsOf(question)}
                onChange={set(question)}
              />
            );
          })}
      </div>
      <fieldset className="mt-4">
        <legend className="font-bold">{t.review.labels.needs}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
          {needIds.map((need) => (
            <div key={need} className="flex items-start gap-2">
              <input
                id={`${id}-need-${need}`}
                type="checkbox"
                className="mt-0.5 size-6 shrink-0 accent-brand"
                checked={after.needs.includes(need)}
                onChange={(event) =>
                  setAfter(
                    withAnswer(
                      after,
                      'needs',
                      event.target.checked
                        ? needIds.filter((n) => n === need || after.needs.includes(n))
                        : after.needs.filter((n) => n !== need),
                    ),
                  )
                }
              />
              <label htmlFor={`${id}-need-${need}`}>{t.needs.options[need]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="mt-4">
        <button type="button" className="btn-secondary" onClick={() => setAfter(base)}>
          {w.reset}
        </button>
      </p>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <PlanColumn heading={w.now} plan={comparison.before} marks={marksBefore(comparison, t)} testId="before" />
        <PlanColumn heading={w.then} plan={comparison.after} marks={marksAfter(comparison, t)} testId="after" />
      </div>
      <Changes comparison={comparison} />
    </div>
  );
}

function Select({
  id,
  label,
  value,
  groups,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  groups: Group[];
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="mt-1 block min-h-11 w-full border-2 border-ink bg-surface px-2 py-1"
      >
        {groups.map((group) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            group.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
    </div>
  );
}

/** A short mark beside each referral of a plan column: added, removed or its new priority. */
type Mark = { kind: 'added' | 'removed' | 'priority'; text: string };
type Marks = Map<string, Mark>;

function marksBefore(c: Comparison, t: TrainerPageMessages): Marks {
  return new Map(
    c.removed.map((r): [string, Mark] => [r.serviceId, { kind: 'removed', text: t.trainer.whatIf.removed }]),
  );
}
function marksAfter(c: Comparison, t: TrainerPageMessages): Marks {
  const p = t.trainer.priorities;
  return new Map<string, Mark>([
    ...c.added.map((r): [string, Mark] => [r.serviceId, { kind: 'added', text: t.trainer.whatIf.added }]),
    ...c.priorityChanged.map((r): [string, Mark] => [
      r.serviceId,
      { kind: 'priority', text: t.trainer.whatIf.priorityChange(p[r.before!], p[r.after!]) },
    ]),
  ]);
}

function PlanColumn({
  heading,
  plan,
  marks,
  testId,
}: {
  heading: string;
  plan: Referral[];
  marks: Marks;
  testId: string;
}) {
  const { t, locale } = useTrainerMessages();
  return (
    <div data-what-if-plan={testId}>
      <h3 className="text-xl font-bold">{heading}</h3>
      <ol className="mt-2 space-y-1">
        {plan.map((r) => {
          const mark = marks.get(r.serviceId);
          return (
            <li
              key={r.serviceId}
              data-plan-service={r.serviceId}
              className={
                mark?.kind === 'added'
                  ? 'border-l-4 border-success pl-2 font-bold'
                  : mark?.kind === 'removed'
                    ? 'border-l-4 border-alert pl-2 font-bold'
                    : 'pl-3'
              }
            >
              {getService(r.serviceId).name[locale]}{' '}
              <span className="font-normal text-muted">({t.trainer.priorities[r.priority]})</span>
              {mark && <span className="ml-2">[{mark.text}]</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Changes({ comparison }: { comparison: Comparison }) {
  const { t } = useTrainerMessages();
  const w = t.trainer.whatIf;
  const groups = [
    { kind: 'added', heading: w.added, changes: comparison.added },
    { kind: 'removed', heading: w.removed, changes: comparison.removed },
    { kind: 'priority', heading: w.priorityChanged, changes: comparison.priorityChanged },
    { kind: 'reasons', heading: w.otherReason, changes: comparison.reasonsChanged },
  ].filter((g) => g.changes.length > 0);
  return (
    <div className="mt-6" aria-live="polite" data-what-if-changes="">
      <h3 className="text-xl font-bold">{w.changes}</h3>
      {groups.length === 0 && <p className="mt-2">{w.noChange}</p>}
      {groups.map((group) => (
        <div key={group.kind} className="mt-3">
          <h4 className="font-bold">{group.heading}</h4>
          <ul className="mt-1 space-y-2">
            {group.changes.map((change) => (
              <ChangeItem key={change.serviceId} change={change} kind={group.kind} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function ChangeItem({ change, kind }: { change: ServiceChange; kind: string }) {
  const { t, locale } = useTrainerMessages();
  const w = t.trainer.whatIf;
  const p = t.trainer.priorities;
  return (
    <li data-change={kind} data-change-service={change.serviceId} className="border-l-4 border-line pl-3">
      <span className="font-bold">{getService(change.serviceId).name[locale]}</span>
      {kind === 'priority' && <span> ({w.priorityChange(p[change.before!], p[change.after!])})</span>}
      <ul className="mt-1 space-y-1">
        {change.rules.map((rule) => (
          <li key={rule.ruleId} data-rule-id={rule.ruleId} data-rule-change={rule.change}>
            <p>
              <span className="font-bold">{rule.change === 'fired' ? w.fired : w.stopped}</span>{' '}
              {ruleWords(getRule(rule.ruleId), map, t, locale)}
            </p>
            <SourceQuote source={rule.source} />
          </li>
        ))}
      </ul>
    </li>
  );
}
