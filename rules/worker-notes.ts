import type { Answers } from './answers.schema';
import { holds, type Condition } from './condition';
import type { Referral } from './plan';
import type { ServiceId } from './services/service.schema';

/**
 * Notes for a frontline worker or trainer (never shown to a survivor screening themselves): duty to report,
 * consent, and what to prepare. Each note shows when its condition holds, or when one of its services is in the plan.
 */
export type WorkerNote = {
  id: string;
  description: string;
  when?: Condition;
  whenServices?: readonly ServiceId[];
  /** Shown before the list of services rather than after it: a legal duty the worker acts on first. */
  first?: true;
};

const under16 = { fact: 'age', in: ['under-16'] } as const satisfies Condition;
const sixteenSeventeenInCare = {
  all: [
    { fact: 'age', in: ['16-17'] },
    { fact: 'inCare', in: ['yes'] },
  ],
} as const satisfies Condition;

export const workerNotes = [
  {
    id: 'duty-to-report-child',
    description:
      'Under 16, or 16–17 and in care: the duty to report under the Child, Youth and Family Services Act, 2017.',
    when: { any: [under16, sixteenSeventeenInCare] },
    first: true,
  },
  {
    id: 'duty-to-report-if-child',
    description:
      'Age not given, or 16–17 with care not said: the duty to report applies if the person is a child it covers.',
    when: {
      any: [
        { fact: 'age', in: ['unknown'] },
        {
          all: [
            { fact: 'age', in: ['16-17'] },
            { fact: 'inCare', in: ['unknown'] },
          ],
        },
      ],
    },
    first: true,
  },
  {
    id: 'hotline-confidentiality',
    description:
      'The hotline shares nothing with police without consent, unless the law requires it; it must report imminent danger or a child at risk.',
    whenServices: ['human-trafficking-hotline'],
  },
  {
    id: 'care-unit-involves-police',
    description: 'A CARE Unit pairs child protection workers with police.',
    whenServices: ['care-unit-toronto', 'care-unit-durham'],
  },
  {
    id: 'vqrp-by-referral',
    description:
      'VQRP+ is reached through a Victim Crisis Assistance Ontario agency, by a service provider’s referral.',
    whenServices: ['vqrp-plus'],
  },
  {
    id: 'prepare-housing',
    description: 'Special Priority Policy: a professional usually has to confirm the trafficking.',
    whenServices: ['housing-service-manager'],
  },
  {
    id: 'prepare-restraining-order',
    description:
      'Restraining order: no criminal case is needed; the hotline refers to a Ministry of the Attorney General lawyer.',
    whenServices: ['restraining-order-legal-help'],
  },
  {
    id: 'prepare-court-support',
    description: 'V/WAP helps once charges are laid, until the case ends.',
    whenServices: ['victim-witness-assistance'],
  },
] as const satisfies readonly WorkerNote[];

export type WorkerNoteId = (typeof workerNotes)[number]['id'];

/** The notes that apply for a worker or trainer, in table order; none for a survivor using the tool for themself. */
export function workerNotesFor(answers: Answers, plan: readonly Referral[]): WorkerNoteId[] {
  if (answers.role === 'self' || answers.role === 'someone-else') return [];
  const inPlan = new Set(plan.map((r) => r.serviceId));
  return workerNotes
    .filter((note: WorkerNote) =>
      note.when ? holds(note.when, answers) : (note.whenServices ?? []).some((id) => inPlan.has(id)),
    )
    .map((note) => note.id);
}

/**
 * The notes that apply, split by where the summary shows them: `first` (the duty to report, which the worker acts
 * on before any referral) right after what to do now, `rest` after the list of services. Table order in each.
 */
export function workerNotesByPlace(
  answers: Answers,
  plan: readonly Referral[],
): { first: WorkerNoteId[]; rest: WorkerNoteId[] } {
  const notes = workerNotesFor(answers, plan);
  return { first: notes.filter((id) => firstNotes.has(id)), rest: notes.filter((id) => !firstNotes.has(id)) };
}

/** The ids of the notes marked `first` in the table. */
const firstNotes: ReadonlySet<string> = new Set(
  workerNotes.filter((note: WorkerNote) => note.first).map((note) => note.id),
);
