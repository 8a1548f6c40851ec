'use client';

import { ageSchema, dangerSchema, getRegion, inCareSchema, indigenousSchema, matchedMunicipality, needIds, needSchema, regionAnswerSchema, regionGroups, regions, roleSchema, searchRegions } from '../../rules';
import { z } from '../../rules/zod';
import { QuestionForm, type OptionGroup } from '../form/question-form';
import { TriageContext } from '../triage/triage-provider';
import { useTriage } from '../triage/use-triage';

type StepProps = { onErrorChange: (hasError: boolean) => void };

const entries = <K extends string>(record: Record<K, string>) =>
  (Object.keys(record) as K[]).map((value) => ({ value, label: record[value] }));

/** Who is using the tool: a survivor, a frontline worker or a trainer. */
export function RoleQuestion({ onErrorChange }: StepProps) {
  const { t, answers, send } = useTriage();
  return (
    <QuestionForm
      kind="radios"
      legend={t.start.legend}
      legendLevel="section"
      options={entries(t.start.roles)}
      initial={answers.role}
      schema={roleSchema}
      requiredMessage={t.errors.choose.role}
      onValid={(value) => send({ type: 'role.submit', value: roleSchema.parse(value) })}
      onErrorChange={onErrorChange}
    />
  );
}

export function DangerStep({ onErrorChange }: StepProps) {
  const { t, voice, answers, send } = useTriage();
  const canUseOnePage = TriageContext.useSelector((snapshot) => snapshot.can({ type: 'onePage.open' }));
  return (
    <>
    <QuestionForm
      kind="radios"
      legend={t.danger.legend[voice]}
      hint={t.danger.hint[voice]}
      options={entries(t.danger.options)}
      initial={answers.danger}
      schema={dangerSchema}
      requiredMessage={t.errors.choose.danger[voice]}
      onValid={(value) => send({ type: 'danger.submit', value: dangerSchema.parse(value) })}
      onErrorChange={onErrorChange}
    />
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

export function AgeStep({ onErrorChange }: StepProps) {
  const { t, voice, answers, send } = useTriage();
  return (
    <QuestionForm
      kind="radios"
      legend={t.age.legend[voice]}
      hint={t.age.hint[voice]}
      options={entries(t.age.options)}
      initial={answers.age}
      schema={ageSchema}
      requiredMessage={t.errors.choose.age[voice]}
      onValid={(value) => send({ type: 'age.submit', value: ageSchema.parse(value) })}
      onErrorChange={onErrorChange}
    />
  );
}

export function CareStep({ onErrorChange }: StepProps) {
  const { t, voice, answers, send } = useTriage();
  return (
    <QuestionForm
      kind="radios"
      legend={t.care.legend[voice]}
      hint={t.care.hint[voice]}
      options={entries(t.care.options)}
      initial={answers.inCare}
      schema={inCareSchema}
      requiredMessage={t.errors.choose.inCare[voice]}
      onValid={(value) => send({ type: 'inCare.submit', value: inCareSchema.parse(value) })}
      onErrorChange={onErrorChange}
    />
  );
}

export function RegionStep({ onErrorChange }: StepProps) {
  const { t, voice, answers, send, locale } = useTriage();
  const groups: OptionGroup[] = [
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
  return (
    <QuestionForm
      kind="select"
      legend={t.region.legend[voice]}
      hint={t.region.hint[voice]}
      groups={groups}
      selectLabel={t.region.selectLabel}
      placeholder={t.region.placeholder}
      search={{
        label: t.region.searchLabel,
        hint: t.region.searchHint,
        filter: (query) =>
          new Map(
            searchRegions(regions, query).map((id) => {
              const region = getRegion(id);
              const town = matchedMunicipality(region, query, locale);
              return [id, town ? t.region.foundBy(region.name[locale], town) : region.name[locale]];
            }),
          ),
        status: t.region.matches,
        noMatches: t.region.noMatches,
      }}
      initial={answers.region}
      schema={regionAnswerSchema}
      requiredMessage={t.errors.choose.region[voice]}
      onValid={(value) => send({ type: 'region.submit', value: regionAnswerSchema.parse(value) })}
      onErrorChange={onErrorChange}
    />
  );
}

export function IdentityStep({ onErrorChange }: StepProps) {
  const { t, voice, answers, send } = useTriage();
  return (
    <QuestionForm
      kind="radios"
      legend={t.identity.legend[voice]}
      hint={t.identity.hint[voice]}
      options={entries(t.identity.options)}
      initial={answers.indigenous}
      schema={indigenousSchema}
      requiredMessage={t.errors.choose.indigenous[voice]}
      onValid={(value) => send({ type: 'indigenous.submit', value: indigenousSchema.parse(value) })}
      onErrorChange={onErrorChange}
    />
  );
}

const needsSchema = z.array(needSchema);

export function NeedsStep({ onErrorChange }: StepProps) {
  const { t, voice, answers, send } = useTriage();
  return (
    <QuestionForm
      kind="checkboxes"
      legend={t.needs.legend[voice]}
      hint={t.needs.hint[voice]}
      options={needIds.map((need) => ({ value: need, label: t.needs.options[need] }))}
      initial={answers.needs}
      schema={needsSchema}
      requiredMessage={t.needs.hint[voice]}
      onValid={(value) => send({ type: 'needs.submit', value: needsSchema.parse(value) })}
      onErrorChange={onErrorChange}
    />
  );
}
