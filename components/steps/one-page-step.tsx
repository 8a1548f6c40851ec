'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { asksAboutCare, parseAnswers, type QuestionId } from '../../rules';
import { onePageSchema, questionOrder, questions, type OnePageValues } from '../../rules/questions';
import { ErrorSummary } from '../form/error-summary';
import { StepHeading } from '../form/step-heading';
import { useTriage } from '../wizard/use-triage';
import { GroupedOptions, SearchBox, useOptionSearch } from '../form/question-form';
import { placeSearch, questionText, regionOptionGroups } from './question-step';

/** The questions of the one-page form: every question but the role (the form is only for workers). */
const formQuestions = questionOrder.filter((q): q is Exclude<QuestionId, 'role'> => q !== 'role');
type Field = Exclude<QuestionId, 'role' | 'needs'>;

/**
 * Every question of the flow for a worker on one page, from the same table as the step-by-step questions
 * (rules/questions.ts) and validated by the same answer schemas (`onePageSchema`): the care question is asked, and
 * required, only when the age answer asks it (the same `asksAboutCare` rule the machine uses).
 */
export function OnePageStep({ onErrorChange }: { onErrorChange: (hasError: boolean) => void }) {
  const { t, answers, send, locale } = useTriage();
  const id = useId().replace(/:/g, '');
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    getValues,
    formState: { errors, submitCount },
  } = useForm<OnePageValues>({
    resolver: zodResolver(onePageSchema),
    shouldUnregister: true,
    shouldFocusError: false,
    defaultValues: {
      danger: answers.danger,
      age: answers.age,
      inCare: answers.inCare,
      region: answers.region ?? ('' as never),
      indigenous: answers.indigenous,
      needs: answers.needs ?? [],
    },
  });
  // eslint-disable-next-line react-hooks/incompatible-library -- this project does not run the React Compiler
  const age = watch('age');
  // The area's search, as on its own step: what matches is listed first, and one answer is chosen for the worker.
  const search = {
    label: t.region.searchLabel,
    hint: t.region.searchHint,
    resultsLabel: t.region.resultsLabel,
    search: placeSearch(t, locale),
  };
  const {
    query,
    setQuery: onQuery,
    result,
  } = useOptionSearch(
    search,
    () => getValues('region'),
    (value) => setValue('region', value as OnePageValues['region']),
  );
  const errorFields = formQuestions.filter((q): q is Field => q !== 'needs' && errors[q] !== undefined);
  useEffect(() => onErrorChange(errorFields.length > 0), [errorFields.length, onErrorChange]);

  const message = (field: Field) => questionText(field, t, 'them').requiredMessage;
  const firstId = (field: Field) => (questions[field].kind === 'select' ? `${id}-${field}` : `${id}-${field}-0`);
  // On one page the care question says which ages it is for, since it comes and goes with the age answer; the
  // age, area and identity questions are short enough without their hints.
  const hints: Partial<Record<QuestionId, string>> = {
    danger: t.danger.hint.them,
    inCare: t.onePage.careOnlyFor,
    needs: t.needs.hint.them,
  };

  return (
    <form
      noValidate
      autoComplete="off"
      onSubmit={handleSubmit((values) =>
        send({ type: 'onePage.submit', answers: parseAnswers({ role: 'worker', ...values }) }),
      )}
    >
      {errorFields.length > 0 && (
        <ErrorSummary
          key={submitCount}
          title={t.errors.summaryTitle}
          errors={errorFields.map((f) => ({ href: `#${firstId(f)}`, message: message(f) }))}
        />
      )}
      <StepHeading as="h1">{t.onePage.heading}</StepHeading>
      <p className="mt-4 text-lg">{t.onePage.intro}</p>
      {formQuestions.map((question) => {
        if (question === 'inCare' && !asksAboutCare(age)) return null;
        const q = questions[question];
        const text = questionText(question, t, 'them');
        const fieldId = `${id}-${question}`;
        if (question === 'needs') {
          return (
            <fieldset key={question} className="mt-8" aria-describedby={`${fieldId}-hint`}>
              <legend className="text-2xl font-bold">{text.legend}</legend>
              <p id={`${fieldId}-hint`} className="mt-1 text-muted">
                {hints.needs}
              </p>
              <div className="mt-3 grid gap-3 sm:grid-cols-2">
                {q.options.map((need) => (
                  <div key={need} className="flex items-start gap-3">
                    <input
                      id={`${id}-need-${need}`}
                      type="checkbox"
                      value={need}
                      {...register('needs')}
                      className="mt-0.5 size-7 shrink-0 accent-brand"
                    />
                    <label htmlFor={`${id}-need-${need}`} className="cursor-pointer py-0.5">
                      {text.label(need)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          );
        }
        const error = errors[question] && message(question);
        if (q.kind === 'select') {
          return (
            <div key={question} className={`mt-8 ${error ? 'border-l-4 border-alert pl-4' : ''}`}>
              <label htmlFor={fieldId} className="block text-2xl font-bold">
                {text.legend}
              </label>
              {error && <ErrorText id={`${fieldId}-error`} text={error} prefix={t.errors.titlePrefix} />}
              <SearchBox search={search} id={fieldId} query={query} onQuery={onQuery} result={result} />
              <select
                id={fieldId}
                {...register(question)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${fieldId}-error` : undefined}
                className="mt-3 block min-h-11 w-full max-w-md border-2 border-ink bg-surface px-2 py-2 text-lg"
              >
                <option value="">{t.region.placeholder}</option>
                <GroupedOptions groups={regionOptionGroups(t, locale)} search={search} result={result} />
              </select>
            </div>
          );
        }
        return (
          <Radios
            key={question}
            id={fieldId}
            legend={text.legend}
            hint={hints[question]}
            options={q.options.map((value) => [value, text.label(value)])}
            field={register(question)}
            error={error}
          />
        );
      })}
      <button type="submit" className="btn-primary mt-8">
        {t.onePage.submit}
      </button>
    </form>
  );
}

function ErrorText({ id, text, prefix }: { id: string; text: string; prefix: string }) {
  return (
    <p id={id} className="mt-2 font-bold text-alert">
      <span className="sr-only">{prefix}</span>
      {text}
    </p>
  );
}

function Radios({
  id,
  legend,
  hint,
  options,
  field,
  error,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: [value: string, label: string][];
  field: UseFormRegisterReturn;
  error?: string | false;
}) {
  const { t } = useTriage();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`mt-8 ${error ? 'border-l-4 border-alert pl-4' : ''}`} aria-describedby={describedBy}>
      <legend className="text-2xl font-bold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-muted">
          {hint}
        </p>
      )}
      {typeof error === 'string' && <ErrorText id={`${id}-error`} text={error} prefix={t.errors.titlePrefix} />}
      <div className="mt-3 flex flex-col gap-3">
        {options.map(([value, label], i) => (
          <div key={value} className="flex items-start gap-3">
            <input
              id={`${id}-${i}`}
              type="radio"
              value={value}
              {...field}
              className="mt-0.5 size-7 shrink-0 accent-brand"
            />
            <label htmlFor={`${id}-${i}`} className="cursor-pointer py-0.5">
              {label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
