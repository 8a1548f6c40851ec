import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from '../answers.arbitrary';
import type { Answers } from '../index';
import { scenarios } from './scenarios';
import { decodeAnswers, decodeShareFragment, encodeAnswers, shareFragment } from './share';
import { withAnswer } from './what-if';

const adult: Answers = {
  role: 'trainer',
  danger: 'no',
  age: '25-plus',
  region: 'toronto',
  indigenous: 'no',
  needs: ['housing'],
};
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('share links', () => {
  it('round-trip every scenario', () => {
    for (const s of scenarios)
      expect(decodeShareFragment(`#${shareFragment(s.answers)}`)).toEqual({ status: 'ok', answers: s.answers });
  });

  it('round-trip any valid answers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(decodeAnswers(encodeAnswers(answers))).toEqual({ status: 'ok', answers });
      }),
    );
  });

  it('use only URL-safe characters, and give the same link for the same answers', () => {
    const fragment = shareFragment(adult);
    expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+$/);
    expect(
      shareFragment({
        needs: ['housing'],
        indigenous: 'no',
        region: 'toronto',
        age: '25-plus',
        danger: 'no',
        role: 'trainer',
      }),
    ).toBe(fragment);
  });

  it('encode the answers as base64url JSON', () => {
    expect(JSON.parse(Buffer.from(encodeAnswers(adult), 'base64url').toString('utf8'))).toEqual(adult);
  });

  it('refuse to share answers that are not valid', () => {
    expect(() =>
      encodeAnswers({ ...adult, age: '16-17', inCare: undefined, danger: 'maybe' } as unknown as Answers),
    ).toThrow(/danger/);
  });

  it('read an address with no answers as none', () => {
    expect(decodeShareFragment('')).toEqual({ status: 'none' });
    expect(decodeShareFragment('#')).toEqual({ status: 'none' });
    expect(decodeShareFragment('#main')).toEqual({ status: 'none' });
  });

  it('read a link that a mail or chat app percent-encoded, or whose parameter changed case', () => {
    const code = encodeAnswers(adult);
    expect(decodeShareFragment(`#a%3D${code}`)).toEqual({ status: 'ok', answers: adult });
    expect(decodeShareFragment(`#A=${code}`)).toEqual({ status: 'ok', answers: adult });
  });

  describe('say what is wrong with a tampered link, never returning answers', () => {
    const cases: [string, string, string][] = [
      ['characters outside base64url', '#a=abc$%^', 'not-base64url'],
      ['a truncated code', '#a=e', 'not-base64url'],
      ['text that is not JSON', `#a=${b64url('{"role":')}`, 'not-json'],
      ['JSON that is not answers', `#a=${b64url('[1,2,3]')}`, 'not-answers'],
      ['an unknown value', `#a=${b64url(JSON.stringify({ ...adult, danger: 'maybe' }))}`, 'not-answers'],
      ['an extra field', `#a=${b64url(JSON.stringify({ ...adult, name: 'Jane' }))}`, 'not-answers'],
      ['a missing field', `#a=${b64url(JSON.stringify({ role: 'self' }))}`, 'not-answers'],
      [
        'the care question where it is not asked',
        `#a=${b64url(JSON.stringify({ ...adult, inCare: 'yes' }))}`,
        'not-answers',
      ],
      [
        'a need listed twice',
        `#a=${b64url(JSON.stringify({ ...adult, needs: ['housing', 'housing'] }))}`,
        'not-answers',
      ],
      ['a link far too long', `#a=${'A'.repeat(5000)}`, 'too-long'],
      ['an empty code', '#a=', 'not-json'],
      ['parameters but no scenario', '#b=abc', 'no-scenario'],
      ['a broken percent-encoding', '#a%3=abc', 'not-base64url'],
      ['bytes that are not UTF-8', `#a=${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}`, 'not-base64url'],
    ];
    it.each(cases)('%s', (_name, hash, problem) => {
      const decoded = decodeShareFragment(hash);
      expect(decoded.status).toBe('invalid');
      expect(decoded).toMatchObject({ problem });
      expect(decoded).not.toHaveProperty('answers');
    });

    it('names the field that is wrong', () => {
      const decoded = decodeShareFragment(`#a=${b64url(JSON.stringify({ ...adult, danger: 'maybe' }))}`);
      expect(decoded.status === 'invalid' && decoded.detail).toMatch(/danger/);
    });
  });

  describe('with a what-if change', () => {
    const changed = withAnswer(adult, 'age', '16-17');

    it('round-trip the answers and the changed answers', () => {
      const fragment = shareFragment(adult, changed);
      expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+&w=[A-Za-z0-9_-]+$/);
      expect(decodeShareFragment(`#${fragment}`)).toEqual({ status: 'ok', answers: adult, whatIf: changed });
    });

    it('round-trip any two sets of answers', () => {
      fc.assert(
        fc.property(answersArbitrary, answersArbitrary, (answers, whatIf) => {
          const decoded = decodeShareFragment(`#${shareFragment(answers, whatIf)}`);
          expect(decoded).toMatchObject({ status: 'ok', answers });
          expect(decoded.status === 'ok' && (decoded.whatIf ?? decoded.answers)).toEqual(whatIf);
        }),
        { numRuns: 200 },
      );
    });

    it('leave the change out when nothing changed, so the link stays as it was', () => {
      expect(shareFragment(adult, { ...adult })).toBe(shareFragment(adult));
      expect(decodeShareFragment(`#a=${encodeAnswers(adult)}&w=${encodeAnswers(adult)}`)).toEqual({
        status: 'ok',
        answers: adult,
      });
    });

    it('still open a link made before changes could be shared', () => {
      expect(decodeShareFragment(`#a=${encodeAnswers(adult)}`)).toEqual({ status: 'ok', answers: adult });
    });

    it('read the change whatever a mail or chat app did to the link', () => {
      const fragment = shareFragment(adult, changed);
      expect(decodeShareFragment(`#${encodeURIComponent(fragment)}`)).toEqual({
        status: 'ok',
        answers: adult,
        whatIf: changed,
      });
      expect(decodeShareFragment(`#${fragment.replace('a=', 'A=').replace('w=', 'W=')}`)).toEqual({
        status: 'ok',
        answers: adult,
        whatIf: changed,
      });
    });

    const damaged: [string, string, string][] = [
      ['a change that is not base64url', '!!!', 'not-base64url'],
      ['a change cut off', encodeAnswers(changed).slice(0, 20), 'not-json'],
      ['a change that is not answers', b64url(JSON.stringify({ ...changed, age: '99' })), 'not-answers'],
      ['an empty change', '', 'not-json'],
    ];
    it.each(damaged)('say what is wrong with %s, and load nothing', (_name, code, problem) => {
      const decoded = decodeShareFragment(`#a=${encodeAnswers(adult)}&w=${code}`);
      expect(decoded).toMatchObject({ status: 'invalid', problem });
      expect(decoded).not.toHaveProperty('answers');
    });
  });
});
