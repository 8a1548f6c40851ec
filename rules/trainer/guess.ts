import type { Referral } from '../plan';
import { serviceIds, type ServiceId } from '../services/service-ids';

/**
 * "Guess first" (issue 22): the class guesses which services a scenario's list holds, then the trainer reveals it.
 * Pure; loaded only by the trainer page.
 */

/** A class's guess against the list: the services guessed right, guessed but not on the list, and missed. */
export type GuessResult = {
  /** On the list and guessed, in the list's order. */
  right: ServiceId[];
  /** Guessed, but not on the list, in directory order. */
  wrong: ServiceId[];
  /** On the list, but not guessed, in the list's order. */
  missed: ServiceId[];
};

/** Compare the services guessed with the plan. */
export function scoreGuess(guessed: Iterable<ServiceId>, plan: readonly Pick<Referral, 'serviceId'>[]): GuessResult {
  const guesses = new Set(guessed);
  const listed = new Set(plan.map((r) => r.serviceId));
  return {
    right: plan.map((r) => r.serviceId).filter((id) => guesses.has(id)),
    wrong: serviceIds.filter((id) => guesses.has(id) && !listed.has(id)),
    missed: plan.map((r) => r.serviceId).filter((id) => !guesses.has(id)),
  };
}
