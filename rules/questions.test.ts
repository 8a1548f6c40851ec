import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from './answers.arbitrary';
import { answersSchema, type Answers } from './answers.schema';
import { asksAboutCare } from './flow';
import { answerEvent, onePageSchema, questionOfEvent, questionOrder, questions } from './questions';

describe('the questions as data', () => {
  it('has one row per answer, in the order the flow asks them', () => {
    expect(questionOrder).toEqual(['role', 'danger', 'age', 'inCare', 'region', 'indigenous', 'needs']);
    expect(Object.keys(answersSchema.shape).sort()).toEqual([...questionOrder].sort());
    for (const id of questionOrder) expect(questions[id].id).toBe(id);
  });

  it.each(questionOrder)('%s: every option it offers is an answer its schema accepts, and nothing else is', (id) => {
    const q = questions[id];
    for (const option of q.options)
      expect(q.schema['~standard'].validate(q.kind === 'checkboxes' ? [option] : option)).not.toHaveProperty('issues');
    expect(
      q.schema['~standard'].validate(q.kind === 'checkboxes' ? ['not-an-option'] : 'not-an-option'),
    ).toHaveProperty('issues');
  });

  it('names the event that answers each question, and reads the question back from it', () => {
    expect(answerEvent('inCare', 'yes')).toEqual({ type: 'inCare.submit', value: 'yes' });
    for (const id of questionOrder)
      expect(
        questionOfEvent({
          type: `${id}.submit`,
          value: questions[id].kind === 'checkboxes' ? [] : questions[id].options[0],
        } as never),
      ).toBe(id);
  });
});

describe('the one-page form’s schema', () => {
  const withoutRole = ({ role: _role, ...rest }: Answers) => rest;

  it('accepts every valid set of answers a worker can give (care answered exactly when the age asks it)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const asked = asksAboutCare(answers.age);
        const form = withoutRole({ ...answers, ...(asked ? { inCare: answers.inCare ?? 'unknown' } : {}) });
        expect(onePageSchema.safeParse(form).success).toBe(true);
        expect(answersSchema.safeParse({ role: 'worker', ...form }).success).toBe(true);
      }),
    );
  });

  it('requires the care answer when the age asks it, as the step-by-step flow does', () => {
    const form = { danger: 'no', age: '16-17', region: 'toronto', indigenous: 'no', needs: [] };
    const result = onePageSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['inCare']);
    expect(onePageSchema.safeParse({ ...form, inCare: 'no' }).success).toBe(true);
  });

  it('refuses what answersSchema refuses: an unknown value, a need listed twice', () => {
    const form = { danger: 'no', age: '25-plus', region: 'toronto', indigenous: 'no', needs: [] };
    expect(onePageSchema.safeParse({ ...form, danger: 'maybe' }).success).toBe(false);
    expect(onePageSchema.safeParse({ ...form, needs: ['housing', 'housing'] }).success).toBe(false);
  });
});
