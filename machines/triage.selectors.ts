import type { SnapshotFrom } from 'xstate';
import { planReferrals, withUnansweredAsUnknown, type Answers, type QuestionId, type Referral } from '../rules';
import { questionOrder, steps, type Step, type triageMachine } from './triage.machine';

export type TriageSnapshot = SnapshotFrom<typeof triageMachine>;

/**
 * Pure functions from a machine snapshot to the plain values components need. They are the only place the UI
 * reads `snapshot.value`.
 */

/** The step on screen. */
export function selectStep(snapshot: TriageSnapshot): Step {
  const value = snapshot.value;
  return (steps as readonly string[]).includes(value) ? (value as Step) : 'role';
}

/** The answers given so far. */
export function selectAnswers(snapshot: TriageSnapshot): Partial<Answers> {
  return snapshot.context.answers;
}

/** True while a Change link from the review is being followed. */
export function selectIsEditing(snapshot: TriageSnapshot): boolean {
  return snapshot.context.changing !== null;
}

/** Whether the in-page Back button applies on this step. */
export function selectCanGoBack(snapshot: TriageSnapshot): boolean {
  return snapshot.can({ type: 'step.back' });
}

/**
 * Whether the emergency step offers to skip the questions. It does not after the worker's one-page form, where
 * every question is already answered and its one button leads to the summary.
 */
export function selectCanSkipQuestions(snapshot: TriageSnapshot): boolean {
  return snapshot.can({ type: 'emergency.skipToSummary' });
}

/**
 * The answers the plan is made from: questions skipped from the emergency step count as "not given", so every
 * safety referral that could apply stays. Undefined until the role and the danger question are answered.
 */
export function selectPlanAnswers(snapshot: TriageSnapshot): Answers | undefined {
  const { role, danger } = snapshot.context.answers;
  if (role === undefined || danger === undefined) return undefined;
  return withUnansweredAsUnknown({ ...snapshot.context.answers, role, danger });
}

/** The referral plan for the summary, in order; empty until the plan can be made. */
export function selectPlan(snapshot: TriageSnapshot): Referral[] {
  const answers = selectPlanAnswers(snapshot);
  return answers ? planReferrals(answers) : [];
}

/**
 * The questions the review and the summary list with a Change button, in the order the flow asks them: every
 * question whose Change the machine takes there (the care question only when the age asks it).
 */
export function selectChangeableQuestions(snapshot: TriageSnapshot): QuestionId[] {
  return questionOrder.filter((question) => snapshot.can({ type: 'answers.change', question }));
}

/** Equal lists of questions, for `useSelector`: a new array with the same items need not re-render. */
export function sameQuestions(a: readonly QuestionId[], b: readonly QuestionId[]): boolean {
  return a.length === b.length && a.every((question, i) => question === b[i]);
}
