import { describe, expect, it } from 'vitest';
import {
  ageSchema,
  dangerSchema,
  indigenousSchema,
  inCareSchema,
  needIds,
  type Age,
  type Answers,
  type InCare,
  type Role,
} from './answers.schema';
import { asksAboutCare } from './flow';
import { planReferrals } from './plan';
import { regionIds } from './region-ids';
import { workerNotes, workerNotesByPlace, workerNotesFor, type WorkerNoteId } from './worker-notes';

const base: Answers = { role: 'worker', danger: 'no', age: '25-plus', region: 'toronto', indigenous: 'no', needs: [] };
const notesFor = (answers: Answers) => workerNotesFor(answers, planReferrals(answers));
const dutyNotes = (notes: WorkerNoteId[]) => notes.filter((id) => id.startsWith('duty-to-report'));

/** Every age with every care answer the wizard can give for it (none when it does not ask). */
const ageAndCare: { age: Age; inCare?: InCare }[] = ageSchema.options.flatMap((age) =>
  asksAboutCare(age) ? inCareSchema.options.map((inCare) => ({ age, inCare })) : [{ age }],
);

describe('duty to report (spec section 4: under 16, and 16–17 in care, in worker mode)', () => {
  it.each([
    // age, care, the duty-to-report note a worker sees
    ['under-16', undefined, ['duty-to-report-child']],
    ['16-17', 'yes', ['duty-to-report-child']],
    ['16-17', 'no', []],
    ['16-17', 'unknown', ['duty-to-report-if-child']],
    ['18-24', 'yes', []],
    ['18-24', 'unknown', []],
    ['25-plus', undefined, []],
    ['unknown', 'yes', ['duty-to-report-if-child']],
    ['unknown', 'no', ['duty-to-report-if-child']],
    ['unknown', undefined, ['duty-to-report-if-child']],
  ] as [Age, InCare | undefined, WorkerNoteId[]][])('age %s, in care %s → %j', (age, inCare, expected) => {
    for (const role of ['worker', 'trainer'] as const) {
      expect(dutyNotes(notesFor({ ...base, role, age, inCare }))).toEqual(expected);
    }
  });

  it('is never shown to a survivor screening themselves, whatever the answers', () => {
    for (const { age, inCare } of ageAndCare) {
      for (const danger of dangerSchema.options) {
        for (const indigenous of indigenousSchema.options) {
          for (const needs of [[], [...needIds]]) {
            const answers: Answers = { ...base, role: 'self', danger, age, inCare, indigenous, needs };
            expect(notesFor(answers), JSON.stringify(answers)).toEqual([]);
          }
        }
      }
    }
  });

  it('a worker or trainer always sees exactly one of the two duty notes when the person may be a child it covers', () => {
    for (const role of ['worker', 'trainer'] as const satisfies readonly Role[]) {
      for (const { age, inCare } of ageAndCare) {
        const duty = dutyNotes(notesFor({ ...base, role, age, inCare }));
        const mayBeCovered = age === 'under-16' || age === 'unknown' || (age === '16-17' && inCare !== 'no');
        expect(duty.length, `${role}, ${age}, ${inCare}`).toBe(mayBeCovered ? 1 : 0);
      }
    }
  });
});

describe('notes tied to services', () => {
  it('each shows exactly when one of its services is in the plan, for every region and need', () => {
    const serviceNotes = workerNotes.filter((note) => 'whenServices' in note);
    for (const region of [...regionIds, 'outside-ontario', 'unknown'] as const) {
      for (const need of needIds) {
        for (const age of ['16-17', 'unknown'] as const) {
          const answers: Answers = { ...base, danger: 'unsure', age, inCare: 'unknown', region, needs: [need] };
          const plan = planReferrals(answers);
          const notes = workerNotesFor(answers, plan);
          for (const note of serviceNotes) {
            const expected = note.whenServices.some((id) => plan.some((r) => r.serviceId === id));
            expect(notes.includes(note.id), `${note.id} for ${region}, ${need}, ${age}`).toBe(expected);
          }
        }
      }
    }
  });

  it('keeps the table order, each note once', () => {
    const answers: Answers = {
      ...base,
      danger: 'yes',
      age: 'under-16',
      region: 'durham',
      needs: ['housing', 'restraining-order', 'court-support'],
    };
    const notes = notesFor(answers);
    const order = workerNotes.map((note) => note.id);
    expect(notes).toEqual(order.filter((id) => notes.includes(id)));
    expect(new Set(notes).size).toBe(notes.length);
    expect(notes).toContain('duty-to-report-child');
    expect(notes).toContain('hotline-confidentiality');
  });
});

describe('where the summary shows each note', () => {
  it('puts exactly the duty to report first, and every other note after the list, for every age, care and role', () => {
    for (const role of ['worker', 'trainer', 'self'] as Role[]) {
      for (const { age, inCare } of ageAndCare) {
        const answers: Answers = {
          ...base,
          role,
          age,
          ...(inCare ? { inCare } : {}),
          needs: ['housing', 'restraining-order', 'court-support'],
        };
        const plan = planReferrals(answers);
        const { first, rest } = workerNotesByPlace(answers, plan);
        const label = `${role}, ${age}, ${inCare ?? 'not asked'}`;
        expect(first, label).toEqual(dutyNotes(workerNotesFor(answers, plan)));
        expect([...first, ...rest].sort(), label).toEqual([...workerNotesFor(answers, plan)].sort());
        expect(
          rest.filter((id) => id.startsWith('duty-to-report')),
          label,
        ).toEqual([]);
      }
    }
  });

  it('gives a worker with a child under 16 the duty to report first', () => {
    const answers: Answers = { ...base, age: 'under-16' };
    expect(workerNotesByPlace(answers, planReferrals(answers)).first).toEqual(['duty-to-report-child']);
  });
});
