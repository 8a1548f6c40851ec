import { describe, expect, it } from 'vitest';
import {
  contactsFor,
  getNamedService,
  getRegion,
  getService,
  inLocale,
  localHelpFor,
  planReferrals,
  resultsFor,
  type Answers,
  type Locale,
} from '../../rules';
import { workerWhoKnowsNothing } from '../../rules/answers.examples';
import { referralCases } from '../../rules/referral-rules.cases';
import { en } from './en';
import { fr } from './fr';
import { formatPhone, messages } from './index';
import { planAsText } from './plain-text';

const contactValue = (c: ReturnType<typeof contactsFor>[number], locale: Locale) =>
  c.kind === 'phone'
    ? formatPhone(c.number, locale)
    : c.kind === 'email'
      ? c.address
      : c.kind === 'tty'
        ? c.label[locale]
        : c.url;

describe.each(['en', 'fr'] as const)('the plain-text plan and case note (%s)', (locale) => {
  const t = messages[locale];

  it.each(referralCases.map((c) => [c.name, c.answers] as const))(
    'lists every referral with its contacts: %s',
    (_name, answers) => {
      const plan = planReferrals(answers);
      const text = planAsText({ plan, answers, t, locale, date: '2026-11-28' });
      for (const referral of plan) {
        const service = getService(referral.serviceId);
        expect(text, service.id).toContain(service.name[locale]);
        for (const contact of contactsFor(service, answers.region))
          expect(text, service.id).toContain(contactValue(contact, locale));
      }
      // As the screen lays it out: each section's heading, then its referrals and named entries, in the order
      // resultsFor gives (the sections of the needs picked first).
      const results = resultsFor(answers, plan, localHelpFor(answers, { french: locale === 'fr' }));
      const expected = results.sections.flatMap((section) => [
        `== ${t.summary.sections[section.id]} ==`,
        ...section.referrals.map((r) => `* ${getService(r.serviceId).name[locale]}`),
        ...section.named.map((id) => `* ${inLocale(getNamedService(id).name, locale)}`),
      ]);
      const positions = expected.map((line) => text.indexOf(line));
      expect(
        positions.every((p) => p >= 0),
        'every heading and referral is there',
      ).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    },
  );
});

describe('answers not given are never turned into statements about the person', () => {
  const text = planAsText({
    plan: planReferrals(workerWhoKnowsNothing),
    answers: workerWhoKnowsNothing,
    t: en,
    locale: 'en',
    date: '2026-11-28',
  });
  const textFr = planAsText({
    plan: planReferrals(workerWhoKnowsNothing),
    answers: workerWhoKnowsNothing,
    t: fr,
    locale: 'fr',
    date: '2026-11-28',
  });

  it.each([
    ...(['under-16', '16-17', '18-24', '25-plus'] as const).map((v) => en.reasons.age[v].them),
    ...(['yes', 'no'] as const).map((v) => en.reasons.inCare[v].them),
    ...(['first-nations', 'metis', 'inuit', 'no'] as const).map((v) => en.reasons.indigenous[v].them),
    en.reasons.region['outside-ontario'].them,
  ])('does not say "%s"', (statement) => {
    expect(text).not.toContain(statement);
  });

  it.each([
    ...(['under-16', '16-17', '18-24', '25-plus'] as const).map((v) => fr.reasons.age[v].them),
    ...(['first-nations', 'metis', 'inuit'] as const).map((v) => fr.reasons.indigenous[v].them),
  ])('ne dit pas « %s »', (statement) => {
    expect(textFr).not.toContain(statement);
  });

  it('shows each such answer as the option chosen', () => {
    expect(text).toContain(`${en.review.labels.age}: ${en.age.options.unknown}`);
    expect(text).toContain(`${en.review.labels.indigenous}: ${en.indigenous.options.unknown}`);
    expect(text).toContain(`${en.review.labels.region}: ${en.region.unknown}`);
  });

  it('dates the case note and says it holds no identifying detail', () => {
    expect(text).toContain('November 28, 2026');
    expect(text).toContain(en.caseNote.privacy);
    expect(textFr).toContain('28 novembre 2026');
  });

  it('adds the worker notes: the conditional duty to report before the referrals, the others after them', () => {
    const duty = text.indexOf(en.workerNotes.notes['duty-to-report-if-child']);
    const referrals = text.indexOf(en.caseNote.referralsHeading);
    const confidentiality = text.indexOf(en.workerNotes.notes['hotline-confidentiality']);
    expect(text.indexOf(en.workerNotes.firstHeading)).toBeLessThan(duty);
    expect(duty).toBeGreaterThan(-1);
    expect(duty).toBeLessThan(referrals);
    expect(confidentiality).toBeGreaterThan(referrals);
  });
});

describe('the reasons read as sentences', () => {
  const answers: Answers = {
    role: 'self',
    danger: 'no',
    age: '25-plus',
    region: 'cochrane',
    indigenous: 'no',
    needs: ['addiction', 'id-replacement', 'cultural-supports', 'housing'],
  };
  const text = planAsText({ plan: planReferrals(answers), answers, t: en, locale: 'en', date: '2026-11-28' });
  const textFr = planAsText({ plan: planReferrals(answers), answers, t: fr, locale: 'fr', date: '2026-11-28' });

  it('names the needs in lower case, keeps “Indigenous” and “ID”, and never says “help with” twice', () => {
    expect(text).toContain('you want help with: drugs or alcohol and ID.');
    expect(text).toContain('you want help with: Indigenous cultural supports.');
    expect(text).not.toMatch(/help with: help with/i);
  });

  it('lists a service manager’s toll-free number beside its local one', () => {
    expect(text).toContain(`${en.summary.housingTollFree}: ${formatPhone('1-877-259-7722', 'en')}`);
    expect(textFr).toContain(`${fr.summary.housingTollFree}\u00a0: ${formatPhone('1-877-259-7722', 'fr')}`);
  });
});

describe('a reason keeps what was said apart from what was not', () => {
  it.each([
    [
      en.reasons.because(['you live in Toronto'], ['your age was not given']),
      'Because you said you live in Toronto, and because your age was not given.',
    ],
    [en.reasons.because(['you are 16 or 17'], []), 'Because you said you are 16 or 17.'],
    [
      en.reasons.because([], ['your age was not given', 'where you live was not given']),
      'Because your age was not given and where you live was not given.',
    ],
  ])('%s', (sentence, expected) => {
    expect(sentence).toBe(expected);
  });
});

describe('en français, le lieu se lit comme une phrase', () => {
  it.each([
    ['toronto', 'vous vivez à Toronto'],
    ['durham', 'vous vivez dans la région de Durham'],
    ['prescott-russell', 'vous vivez dans la région de Prescott et Russell'],
    ['greater-sudbury', 'vous vivez dans le Grand Sudbury'],
  ] as const)('%s', (region, expected) => {
    expect(fr.reasons.region.area.you(getRegion(region).name.fr)).toBe(expected);
  });
});
