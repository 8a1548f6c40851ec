import { en, type Messages } from '../../components/content/en';
import { fr } from '../../components/content/fr';
import { voiceOf, type Voice } from '../../components/content';
import type { TriageEvent } from '../../machines/triage.machine';
import {
  getRegion,
  isRegionId,
  type Age,
  type Danger,
  type InCare,
  type Indigenous,
  type Locale,
  type Need,
  type RegionAnswer,
  type Role,
} from '../../rules';

/**
 * The words a person finds the wizard's controls by, taken from the content files: the headings of the steps, the
 * labels of the answers, and the controls (by role and accessible name) that send each event of a walk
 * (machines/walk.ts). Pure, with no browser: the browser suites (wizard.ts) and the bench (scripts/bench/) share it.
 */

export type Step =
  'role' | 'danger' | 'emergency' | 'age' | 'inCare' | 'region' | 'indigenous' | 'needs' | 'review' | 'summary';
export type { Voice };
export { voiceOf };

export const messagesFor = (locale: Locale): Messages => (locale === 'fr' ? fr : en);

/** The heading (the h1, or for the region step the question's label inside the h1) of each step. */
export function stepHeadingText(step: Step, t: Messages, voice: Voice): string {
  switch (step) {
    case 'role':
      return t.role.heading;
    case 'danger':
      return t.danger.legend[voice];
    case 'emergency':
      return t.emergency.heading[voice];
    case 'age':
      return t.age.legend[voice];
    case 'inCare':
      return t.inCare.legend[voice];
    case 'region':
      return t.region.legend[voice];
    case 'indigenous':
      return t.indigenous.legend[voice];
    case 'needs':
      return t.needs.legend[voice];
    case 'review':
      return t.review.heading;
    case 'summary':
      return t.summary.heading[voice];
  }
}

export type StepValue = {
  role: Role;
  danger: Danger;
  age: Age;
  inCare: InCare;
  region: RegionAnswer;
  indigenous: Indigenous;
  needs: Need[];
};
export type QuestionStep = keyof StepValue;

/** The label a person sees for an answer, in the page's language and voice. */
export function optionLabel<S extends QuestionStep>(step: S, value: StepValue[S], t: Messages, locale: Locale): string {
  switch (step) {
    case 'role':
      return t.role.options[value as Role];
    case 'danger':
      return t.danger.options[value as Danger];
    case 'age':
      return t.age.options[value as Age];
    case 'inCare':
      return t.inCare.options[value as InCare];
    case 'region': {
      const region = value as RegionAnswer;
      if (isRegionId(region)) return getRegion(region).name[locale];
      return region === 'outside-ontario' ? t.region.outsideOntario : t.region.unknown;
    }
    case 'indigenous':
      return t.indigenous.options[value as Indigenous];
    default:
      throw new Error(`optionLabel: ${step} has several values`);
  }
}

/** The label of a region answer in a language (the select's option text, and the review's answer). */
export function regionLabel(region: RegionAnswer, locale: Locale): string {
  return optionLabel('region', region, messagesFor(locale), locale);
}

/** A control found by its role and accessible name: pressed, or (a select) given the option with this label. */
export type Control =
  { role: 'radio' | 'checkbox' | 'button'; name: string } | { role: 'combobox'; name: string; option: string };

/**
 * The controls a person uses, in order, to send `event` on a step of the walk, freshly opened: an answer's radio (or
 * the region select's option, or each need's checkbox), then Continue; "continue to the questions" or "skip the
 * questions" on the emergency step; "See the services" on the review.
 */
export function controlsFor(event: TriageEvent, t: Messages, voice: Voice, locale: Locale): Control[] {
  const continueButton: Control = { role: 'button', name: t.common.continue };
  switch (event.type) {
    case 'role.submit':
    case 'danger.submit':
    case 'age.submit':
    case 'inCare.submit':
    case 'indigenous.submit': {
      const step = event.type.slice(0, -'.submit'.length) as Exclude<QuestionStep, 'region' | 'needs'>;
      return [{ role: 'radio', name: optionLabel(step, event.value as never, t, locale) }, continueButton];
    }
    case 'region.submit':
      return [
        { role: 'combobox', name: t.region.legend[voice], option: optionLabel('region', event.value, t, locale) },
        continueButton,
      ];
    case 'needs.submit':
      return [
        ...event.value.map((need): Control => ({ role: 'checkbox', name: t.needs.options[need] })),
        continueButton,
      ];
    case 'emergency.continue':
      return [{ role: 'button', name: t.emergency.continue[voice] }];
    case 'emergency.skipToSummary':
      return [{ role: 'button', name: t.emergency.skip }];
    case 'review.confirm':
      return [{ role: 'button', name: t.review.confirm }];
    default:
      throw new Error(`controlsFor: ${event.type} is not a step of the walk`);
  }
}
