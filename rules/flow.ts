import type { Age, Answers, Danger, Role } from './answers.schema';

/**
 * Pure predicates the triage machine's guards call: the decisions about which step comes next live here,
 * beside the rules, so the machine only wires them up.
 */

/** "Yes" and "not sure" both go straight to the emergency step: doubt about danger is treated as danger. */
export function isInDanger(danger: Danger | undefined): boolean {
  return danger === 'yes' || danger === 'unsure';
}

/** The care question is asked for 16–17, 18–24 and an age not given (product spec section 2). */
export function asksAboutCare(age: Age | undefined): boolean {
  return age === '16-17' || age === '18-24' || age === 'unknown';
}

/** Workers may answer every question on one page; survivors keep the step-by-step flow. */
export function offersOnePage(role: Role | undefined): boolean {
  return role === 'worker';
}

/**
 * Fill the questions a person skipped (by going from the emergency step straight to the summary) with "not
 * given" (the care question too, where it applies), so the plan keeps every safety referral that could apply. Answers already given are kept.
 */
export function withUnansweredAsUnknown(partial: Partial<Answers> & Pick<Answers, 'role' | 'danger'>): Answers {
  const age = partial.age ?? 'unknown';
  const inCare = partial.inCare ?? (asksAboutCare(age) ? 'unknown' : undefined);
  return {
    role: partial.role,
    danger: partial.danger,
    age,
    ...(inCare !== undefined && asksAboutCare(age) ? { inCare } : {}),
    region: partial.region ?? 'unknown',
    indigenous: partial.indigenous ?? 'unknown',
    needs: partial.needs ?? [],
  };
}
