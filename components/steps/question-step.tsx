'use client';

import type { Messages, Voice } from '../content';
import type { Locale, QuestionId } from '../../rules';
import { useEffect } from 'react';
import {
  getRegion,
  preparePlaceSearch,
  regionGroups,
  regions,
  searchPlaces,
  unambiguousArea,
  type PlaceMatch,
  type RegionId,
} from '../../rules';
import type { OptionSearch } from '../form/question-form';
import { answerEvent, questions, type AnswerOf } from '../../rules/questions';
import { QuestionForm, type Option, type OptionGroup } from '../form/question-form';
import { TriageActorContext } from '../wizard/triage-actor';
import { useTriage } from '../wizard/use-triage';

type StepProps = { onErrorChange: (hasError: boolean) => void };

/** A string, or one string per voice ("you" for a survivor, "them" for a worker or trainer). */
type Voiced = string | Record<Voice, string>;
const inVoice = (text: Voiced, voice: Voice): string => (typeof text === 'string' ? text : text[voice]);

/** The words of one question, from the page's strings: its legend, hint, answer labels and its error. */
export function questionText(question: QuestionId, t: Messages, voice: Voice) {
  const text = t[question] as { legend: Voiced; hint?: Voiced; options?: Record<string, string> };
  const hint = text.hint && inVoice(text.hint, voice);
  return {
    legend: inVoice(text.legend, voice),
    hint,
    // Every need is optional, so its only "error" would be its hint.
    requiredMessage:
      question === 'needs'
        ? (hint ?? '')
        : inVoice(t.errors.choose[question as keyof Messages['errors']['choose']], voice),
    label: (value: string) => text.options?.[value] ?? value,
  };
}

/** The answers of a list question (the area), grouped as the list shows them, with the two answers that are not areas last. */
export function regionOptionGroups(t: Messages, locale: Locale): OptionGroup[] {
  return [
    ...regionGroups.map((group) => ({
      label: t.region.groups[group],
      options: regions.filter((r) => r.group === group).map((r) => ({ value: r.id, label: r.name[locale] })),
    })),
    {
      label: t.region.groups.other,
      alwaysShown: true,
      options: [
        { value: 'outside-ontario', label: t.region.outsideOntario },
        { value: 'unknown', label: t.region.unknown },
      ],
    },
  ];
}

/**
 * The area question's search: every Ontario place (rules/places) finds its area. One option per area, best match
 * first, named by the place that matched ("Scarborough (Toronto) – Toronto"); the area is chosen for the person
 * when every best match leads to it; a First Nation reserve gets a note on what that means for housing.
 */
export function placeSearch(t: Messages, locale: Locale): OptionSearch['search'] {
  return (query) => {
    const matches = searchPlaces(query, locale);
    const best = new Map<RegionId, PlaceMatch>();
    for (const match of matches) if (!best.has(match.area)) best.set(match.area, match);
    const options = [...best.values()].map((match) => {
      const area = getRegion(match.area).name[locale];
      return { value: match.area, label: match.kind === 'area' ? area : t.region.placeInArea(match.label, area) };
    });
    const chosen = unambiguousArea(matches);
    const top = matches.filter((match) => match.quality === matches[0]?.quality);
    const reserve = top.length > 0 && top.every((match) => match.reserve) ? top[0] : undefined;
    const status = chosen
      ? t.region.chosen(options.find((option) => option.value === chosen)?.label ?? '')
      : options.length === 0
        ? t.region.noMatches
        : t.region.matches(options.length);
    return {
      options,
      status,
      ...(chosen ? { chosen } : {}),
      ...(reserve ? { note: t.region.reserveNote(reserve.name) } : {}),
    };
  };
}

/**
 * One question of the flow on its own page, from its row in `rules/questions.ts`: its schema validates the form
 * (react-hook-form with the zod resolver), a valid answer goes to the machine as `<question>.submit`. `section`
 * when the page already has its own h1 (the first screen).
 */
export function QuestionStep<Q extends QuestionId>({
  question,
  onErrorChange,
  legendLevel,
}: StepProps & { question: Q; legendLevel?: 'page' | 'section' }) {
  const { t, voice, answers, send, locale } = useTriage();
  const q = questions[question];
  const text = questionText(question, t, voice);
  // The resolver has checked the value against the question's schema, so it is that question's answer.
  const onValid = (value: unknown) => send(answerEvent(question, value as AnswerOf<Q>));
  // Build the places search while the person reads the question, not on their first keystroke: once the browser is
  // idle, so that it delays neither the paint of the question nor the handling of a first tap (a timer set here ran
  // right after the paint, in one long task). Where there is no idle callback (Safari), a timer.
  useEffect(() => {
    if (q.kind !== 'select') return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => preparePlaceSearch(), { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(() => preparePlaceSearch(), 0);
    return () => clearTimeout(timer);
  }, [q.kind]);
  const common = {
    legend: text.legend,
    hint: text.hint,
    requiredMessage: text.requiredMessage,
    schema: q.schema,
    onValid,
    onErrorChange,
    legendLevel,
  };
  if (q.kind === 'select') {
    return (
      <QuestionForm
        {...common}
        kind="select"
        initial={answers[question] as string | undefined}
        groups={regionOptionGroups(t, locale)}
        selectLabel={t.region.selectLabel}
        placeholder={t.region.placeholder}
        search={{
          label: t.region.searchLabel,
          hint: t.region.searchHint,
          resultsLabel: t.region.resultsLabel,
          search: placeSearch(t, locale),
        }}
      />
    );
  }
  const options: Option[] = q.options.map((value) => ({ value, label: text.label(value) }));
  return q.kind === 'checkboxes' ? (
    <QuestionForm {...common} kind="checkboxes" options={options} initial={answers[question] as string[] | undefined} />
  ) : (
    <QuestionForm {...common} kind="radios" options={options} initial={answers[question] as string | undefined} />
  );
}

/** The danger question, with the worker's way to answer every question on one page below it. */
export function DangerStep({ onErrorChange }: StepProps) {
  const { t, send } = useTriage();
  const canUseOnePage = TriageActorContext.useSelector((snapshot) => snapshot.can({ type: 'onePage.open' }));
  return (
    <>
      <QuestionStep question="danger" onErrorChange={onErrorChange} />
      {canUseOnePage && (
        <div className="mt-10 border-t-2 border-line pt-6">
          <p className="text-muted">{t.onePage.openHint}</p>
          <button type="button" className="btn-secondary mt-2" onClick={() => send({ type: 'onePage.open' })}>
            {t.onePage.open}
          </button>
        </div>
      )}
    </>
  );
}
