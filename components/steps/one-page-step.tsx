'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm, type FieldErrors, type UseFormRegisterReturn } from 'react-hook-form';
import {
  ageSchema,
  asksAboutCare,
  dangerSchema,
  inCareSchema,
  indigenousSchema,
  needIds,
  needSchema,
  parseAnswers,
  regionAnswerSchema,
  regionGroups,
  regions,
} from '../../rules';
import { z } from '../../rules/zod';
import { ErrorSummary } from '../form/error-summary';
import { StepHeading } from '../form/step-heading';
import { useTriage } from '../triage/use-triage';

/**
 * Every question of the flow for a worker, with the same answer schemas: the care question is required only when
 * the age answer asks it (the same `asksAboutCare` rule the machine uses).
 */
const onePageSchema = z
  .object({
    danger: dangerSchema,
    age: ageSchema,
    inCare: z.optional(inCareSchema),
    region: regionAnswerSchema,
    indigenous: indigenousSchema,
    needs: z.array(needSchema),
  })
  .check(
    z.refine((a) => !asksAboutCare(a.age) || a.inCare !== undefined, { path: ['inCare'], message: 'required' }),
  );
type OnePageValues = z.infer<typeof onePageSchema>;
type Field = Exclude<keyof OnePageValues, 'needs'>;

export function OnePageStep({ onErrorChange }: { onErrorChange: (hasError: boolean) => void }) {
  const { t, answers, send, locale } = useTriage();
  const id = useId().replace(/:/g, '');
  const {
    register,
    handleSubmit,
    watch,
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
  const age = watch('age');
  const errorFields = (['danger', 'age', 'inCare', 'region', 'indigenous'] as const).filter((f) => errors[f]);
  useEffect(() => onErrorChange(errorFields.length > 0), [errorFields.length, onErrorChange]);

  const message = (field: Field) => t.errors.choose[field].them;
  const firstId = (field: Field) => (field === 'region' ? `${id}-region` : `${id}-${field}-0`);

  return (
    <form
      noValidate
      autoComplete="off"
      onSubmit={handleSubmit((values) => send({ type: 'onePage.submit', answers: parseAnswers({ role: 'worker', ...values }) }))}
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
      <Radios id={`${id}-danger`} legend={t.danger.legend.them} hint={t.danger.hint.them} options={t.danger.options} field={register('danger')} error={errors.danger && message('danger')} />
      <Radios id={`${id}-age`} legend={t.age.legend.them} options={t.age.options} field={register('age')} error={errors.age && message('age')} />
      {asksAboutCare(age) && (
        <Radios id={`${id}-inCare`} legend={t.care.legend.them} hint={t.onePage.careOnlyFor} options={t.care.options} field={register('inCare')} error={errors.inCare && message('inCare')} />
      )}
      <div className={`mt-8 ${errors.region ? 'border-l-4 border-alert pl-4' : ''}`}>
        <label htmlFor={`${id}-region`} className="block text-2xl font-bold">
          {t.region.legend.them}
        </label>
        {errors.region && <ErrorText id={`${id}-region-error`} text={message('region')} prefix={t.errors.titlePrefix} />}
        <select
          id={`${id}-region`}
          {...register('region')}
          aria-invalid={errors.region ? true : undefined}
          aria-describedby={errors.region ? `${id}-region-error` : undefined}
          className="mt-3 block min-h-11 w-full max-w-md border-2 border-ink bg-surface px-2 py-2 text-lg"
        >
          <option value="">{t.region.placeholder}</option>
          {regionGroups.map((group) => (
            <optgroup key={group} label={t.region.groups[group]}>
              {regions
                .filter((r) => r.group === group)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name[locale]}
                  </option>
                ))}
            </optgroup>
          ))}
          <optgroup label={t.region.groups.other}>
            <option value="outside-ontario">{t.region.outsideOntario}</option>
            <option value="unknown">{t.region.unknown}</option>
          </optgroup>
        </select>
      </div>
      <Radios id={`${id}-indigenous`} legend={t.identity.legend.them} options={t.identity.options} field={register('indigenous')} error={errors.indigenous && message('indigenous')} />
      <fieldset className="mt-8" aria-describedby={`${id}-needs-hint`}>
        <legend className="text-2xl font-bold">{t.needs.legend.them}</legend>
        <p id={`${id}-needs-hint`} className="mt-1 text-muted">
          {t.needs.hint.them}
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {needIds.map((need) => (
            <div key={need} className="flex items-start gap-3">
              <input id={`${id}-need-${need}`} type="checkbox" value={need} {...register('needs')} className="mt-0.5 size-7 shrink-0 accent-brand" />
              <label htmlFor={`${id}-need-${need}`} className="cursor-pointer py-0.5">
                {t.needs.options[need]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
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
  options: Record<string, string>;
  field: UseFormRegisterReturn;
  error?: string | false | FieldErrors[string];
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
        {Object.entries(options).map(([value, label], i) => (
          <div key={value} className="flex items-start gap-3">
            <input id={`${id}-${i}`} type="radio" value={value} {...field} className="mt-0.5 size-7 shrink-0 accent-brand" />
            <label htmlFor={`${id}-${i}`} className="cursor-pointer py-0.5">
              {label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
