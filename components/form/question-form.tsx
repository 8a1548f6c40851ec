'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { $ZodType } from 'zod/v4/core';
import { z } from '../../rules/zod';
import { useMessages } from '../content/locale-provider';
import { ErrorSummary } from './error-summary';
import { StepHeading } from './step-heading';

export type Option = { value: string; label: string; hint?: string };
export type OptionGroup = { label: string; options: Option[]; alwaysShown?: boolean };

/**
 * A text box that narrows a long select list as the person types (the area question): the list then shows only
 * what matched, best first, and when the search points to one answer it is chosen for the person, so they only
 * press Continue.
 */
export type OptionSearch = {
  label: string;
  hint: string;
  /** What matches the query: the options to list (best first), the one to choose, and a note to show. */
  search: (query: string) => SearchResult;
  /** The heading of the matched options in the list. */
  resultsLabel: string;
};
export type SearchResult = {
  options: Option[];
  /** The value to choose for the person (one answer only matches), if any. */
  chosen?: string;
  /** What the status line says: the choice made, how many match, or what to do when nothing does. */
  status: string;
  /** A note under the search box (a First Nation reserve: what that means for housing). */
  note?: string;
};

type Common<V> = {
  /** The question's heading, read as the fieldset's legend. */
  legend: string;
  hint?: string;
  /** The answer already given, shown selected when the person comes back to the question. */
  initial: V | undefined;
  /** The answer's schema from `rules/questions.ts`: the field of the schema that validates every `Answers`. */
  schema: $ZodType;
  /** The message shown, in the summary and at the field, when nothing valid is chosen. */
  requiredMessage: string;
  /** Called with the answer once the schema has accepted it. */
  onValid: (value: unknown) => void;
  onErrorChange?: (hasError: boolean) => void;
  submitLabel?: string;
  before?: ReactNode;
  /** `section` when the page already has its own h1 (the start screen): the legend is then not the heading. */
  legendLevel?: 'page' | 'section';
};

type Props =
  | (Common<string> & { kind: 'radios'; options: Option[] })
  | (Common<string> & {
      kind: 'select';
      groups: OptionGroup[];
      selectLabel: string;
      placeholder: string;
      search?: OptionSearch;
    })
  | (Common<string[]> & { kind: 'checkboxes'; options: Option[] });

/**
 * One question on one page: a react-hook-form form validated by the answer's zod schema, with a fieldset and
 * legend, a hint, an error tied to the field and a GOV.UK error summary. It sends nothing itself: a valid
 * answer goes to `onValid`, which sends the machine event.
 */
export function QuestionForm(props: Props) {
  const { t } = useMessages();
  const id = useId().replace(/:/g, '');
  const formSchema = z.object({ value: props.schema });
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors, submitCount },
  } = useForm<{ value: unknown }>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      value: props.initial ?? (props.kind === 'checkboxes' ? [] : props.kind === 'select' ? '' : undefined),
    },
    shouldFocusError: false,
  });
  const hasError = Boolean(errors.value);
  const {
    query,
    setQuery: onQuery,
    result,
  } = useOptionSearch(
    props.kind === 'select' ? props.search : undefined,
    () => getValues('value'),
    (value) => setValue('value', value),
  );
  const { onErrorChange } = props;
  useEffect(() => onErrorChange?.(hasError), [hasError, onErrorChange]);

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const firstOption = props.kind === 'select' ? undefined : props.options[0]?.value;
  const fieldId = (value: string) => `${id}-${value}`;
  const firstFieldId = props.kind === 'select' ? `${id}-select` : fieldId(firstOption ?? '');
  const describedBy = [props.hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;
  const field = register('value');

  const errorMessage = hasError ? (
    <p id={errorId} className="mt-2 font-bold text-alert">
      <span className="sr-only">{t.errors.titlePrefix}</span>
      {props.requiredMessage}
    </p>
  ) : null;

  return (
    <form noValidate autoComplete="off" onSubmit={handleSubmit((data) => props.onValid(data.value))}>
      {hasError && (
        <ErrorSummary
          key={submitCount}
          title={t.errors.summaryTitle}
          errors={[{ href: `#${firstFieldId}`, message: props.requiredMessage }]}
        />
      )}
      {props.before}
      <div className={hasError ? 'border-l-4 border-alert pl-4' : undefined}>
        {props.kind === 'select' ? (
          <>
            <StepHeading as="label" htmlFor={firstFieldId}>
              {props.legend}
            </StepHeading>
            {props.hint && (
              <p id={hintId} className="mt-2 text-muted">
                {props.hint}
              </p>
            )}
            {errorMessage}
            {props.search && (
              <SearchBox search={props.search} id={id} query={query} onQuery={onQuery} result={result} />
            )}
            <select
              id={firstFieldId}
              {...field}
              aria-describedby={describedBy}
              aria-invalid={hasError || undefined}
              className="mt-3 block min-h-11 w-full max-w-md border-2 border-ink bg-surface px-2 py-2 text-lg"
            >
              <option value="">{props.placeholder}</option>
              <GroupedOptions groups={props.groups} search={props.search} result={result} />
            </select>
          </>
        ) : (
          <fieldset aria-describedby={describedBy}>
            <legend>
              {props.legendLevel === 'section' ? (
                <span className="block text-2xl font-bold">{props.legend}</span>
              ) : (
                <StepHeading as="h1">{props.legend}</StepHeading>
              )}
            </legend>
            {props.hint && (
              <p id={hintId} className="mt-2 text-muted">
                {props.hint}
              </p>
            )}
            {errorMessage}
            <div className="mt-4 flex flex-col gap-3">
              {props.options.map((option) => (
                <div key={option.value} className="flex items-start gap-3">
                  <input
                    id={fieldId(option.value)}
                    type={props.kind === 'checkboxes' ? 'checkbox' : 'radio'}
                    value={option.value}
                    {...field}
                    className="mt-0.5 size-7 shrink-0 accent-brand"
                  />
                  <label htmlFor={fieldId(option.value)} className="min-h-7 cursor-pointer py-0.5 text-lg">
                    {option.label}
                    {option.hint && <span className="block text-base text-muted">{option.hint}</span>}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
      </div>
      <button type="submit" className="btn-primary mt-8">
        {props.submitLabel ?? t.common.continue}
      </button>
    </form>
  );
}

/**
 * The state of a search box over a select: the query, what it matches, and the answer it chooses. The choice is made
 * once the list on screen shows it (an effect, after the render that adds the option): a select cannot take a
 * value it does not list. A search that no longer lists the answer chosen before clears it, so the list on screen
 * and the answer sent always agree.
 */
export function useOptionSearch(
  search: OptionSearch | undefined,
  current: () => unknown,
  choose: (value: string) => void,
) {
  const [query, setQuery] = useState('');
  const result = search && query.trim() !== '' ? search.search(query) : undefined;
  const chosen = result?.chosen;
  const listed = result?.options.map((option) => option.value).join(' ');
  useEffect(() => {
    if (listed === undefined) return;
    if (chosen) choose(chosen);
    else if (!listed.split(' ').includes(String(current()))) choose('');
    // Only a new search chooses; `choose` and `current` read the form, whatever their identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, chosen, listed]);
  return { query, setQuery, result };
}

/** While searching, the list shows what matched, best first, then the answers that are always offered. */
function searchGroups(groups: OptionGroup[], search: OptionSearch, result: SearchResult): OptionGroup[] {
  const always = groups.filter((group) => group.alwaysShown);
  // Nothing matched: the whole list, so the person can pick their area from it.
  return result.options.length > 0 ? [{ label: search.resultsLabel, options: result.options }, ...always] : groups;
}

/**
 * A select's options in their groups (the area question, the one-page form's area, the services page's filter);
 * while a search box narrows the list, what matched comes first (`searchGroups`).
 */
export function GroupedOptions({
  groups,
  search,
  result,
}: {
  groups: OptionGroup[];
  search: OptionSearch | undefined;
  result: SearchResult | undefined;
}) {
  return (result && search ? searchGroups(groups, search, result) : groups).map((group) => (
    <optgroup key={group.label} label={group.label}>
      {group.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </optgroup>
  ));
}

export function SearchBox({
  search,
  id,
  query,
  onQuery,
  result,
}: {
  search: OptionSearch;
  id: string;
  query: string;
  onQuery: (q: string) => void;
  result: SearchResult | undefined;
}) {
  return (
    <div className="mt-4">
      <label htmlFor={`${id}-search`} className="block font-bold">
        {search.label}
      </label>
      <p id={`${id}-search-hint`} className="text-muted">
        {search.hint}
      </p>
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter in the search box narrows the list (and keeps the answer it chose); it does not submit the question.
          if (event.key === 'Enter') event.preventDefault();
        }}
        aria-describedby={`${id}-search-hint ${id}-search-status`}
        className="mt-1 block min-h-11 w-full max-w-md border-2 border-ink bg-surface px-2 py-2 text-lg"
      />
      <p id={`${id}-search-status`} role="status" className="mt-1">
        {result?.status ?? ''}
      </p>
      {result?.note && <p className="mt-2 border-l-4 border-information bg-information-light p-3">{result.note}</p>}
    </div>
  );
}
