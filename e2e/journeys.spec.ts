import { test, type Page } from '@playwright/test';
import { en } from '../components/content/en';
import { formatDate, formatPhone, telHref } from '../components/content';
import {
  chatUrl,
  getRegion,
  getService,
  mainPhone,
  planReferrals,
  resultsOrder,
  resultsSections,
  withUnansweredAsUnknown,
  youthServiceIds,
  type Answers,
  type QuestionId,
  type SectionId,
  type ServiceId,
} from '../rules';
import {
  adultTattooAndId,
  preferNotToSay,
  survivorInDanger,
  torontoChildInDanger,
  workerDurhamYouth,
} from '../rules/answers.examples';
import { referralCases } from '../rules/referral-rules.cases';
import {
  backButton,
  collectConsoleErrors,
  completeJourney,
  continueButton,
  driveTo,
  expectStep,
  isReachable,
  needCheckbox,
  radio,
  regionSelect,
  startWizard,
  stepHeading,
  summaryPriorities,
  summaryServiceIds,
  answer,
  type Step,
  expect,
  safetyPath,
} from './support/wizard';

const t = en;

/** Every journey here must run without a console error or an uncaught exception. */
let consoleErrors: string[] = [];
test.beforeEach(({ page }) => {
  consoleErrors = collectConsoleErrors(page);
});
test.afterEach(() => {
  expect(consoleErrors, 'no console errors or page errors during the journey').toEqual([]);
});

/** The summary's referral for a service, found by its role and accessible name (its heading). */
const referralCard = (page: Page, id: ServiceId) =>
  page.getByRole('listitem', { name: getService(id).name.en, exact: true });
/** A Change button on the review: "Change" with the question's label after it, hidden from sight. */
const reviewChange = (page: Page, question: QuestionId) =>
  page.getByRole('button', {
    name: `${t.common.change}${t.review.changeHidden(t.review.labels[question])}`,
    exact: true,
  });
/** The service ids the summary shows for some answers, in its order: what to do now, then by need. */
const expectedIds = (answers: Answers) => resultsOrder(answers, planReferrals(answers));
/** The service ids under one section of the summary (a region named by its heading), in order. */
const sectionServiceIds = (page: Page, section: SectionId) =>
  page
    .getByRole('region', { name: t.summary.sections[section], exact: true })
    .locator('[data-service-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id')));

/** Asserts the address never changes and no history entry is added, on every step of a journey. */
async function watchAddress(page: Page) {
  const url = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const check = async (step: Step | 'end') => {
    expect(page.url(), `the address on the ${step} step`).toBe(url);
    expect(await page.evaluate(() => history.length), `history.length on the ${step} step`).toBe(historyLength);
  };
  return check;
}

test.describe('full journeys end in the plan the rules give', () => {
  test('a survivor in danger: 911 first, the hotline second, both urgent', async ({ page }) => {
    await startWizard(page);
    const checkAddress = await watchAddress(page);
    await completeJourney(page, survivorInDanger, { onStep: checkAddress });
    const ids = await summaryServiceIds(page);
    expect(ids).toEqual(expectedIds(survivorInDanger));
    expect(ids.slice(0, 2)).toEqual(['emergency-911', 'human-trafficking-hotline']);
    const priorities = await summaryPriorities(page);
    expect(priorities['emergency-911']).toBe('urgent');
    expect(priorities['human-trafficking-hotline']).toBe('urgent');
    // Both under "Do this now", the first section; the rest follow under their needs.
    expect(await sectionServiceIds(page, 'now')).toEqual(['emergency-911', 'human-trafficking-hotline']);
    await expect(referralCard(page, 'emergency-911').getByRole('link', { name: '911' })).toHaveAttribute(
      'href',
      'tel:911',
    );
    await expect(referralCard(page, 'emergency-911')).toContainText(t.reasons.because([t.reasons.danger.yes.you], []));
    await checkAddress('end');
  });

  test('a worker with a 16-year-old First Nations client in Durham who needs housing', async ({ page }) => {
    await startWizard(page);
    const checkAddress = await watchAddress(page);
    await completeJourney(page, workerDurhamYouth, { onStep: checkAddress });
    const ids = await summaryServiceIds(page);
    expect(ids).toEqual(expectedIds(workerDurhamYouth));
    for (const id of [
      'care-unit-durham',
      'youth-services',
      'specialized-residences',
      'onwa',
      'housing-service-manager',
      'rent-subsidy',
    ] as const) {
      expect(ids, `${id} is referred`).toContain(id);
    }
    for (const id of ['care-unit-toronto', 'childrens-aid-society', 'emergency-911'] as const) {
      expect(ids, `${id} is not referred`).not.toContain(id);
    }
    // The group of the need picked (housing) comes first; the hotline, for everyone, is in the next steps and after.
    expect(ids[0]).toBe('housing-service-manager');
    await expect(page.locator('[data-next-step="human-trafficking-hotline"]')).toHaveCount(1);
    // Nothing urgent, so no "Do this now"; the referrals are grouped by need, each group under its own heading.
    await expect(page.getByRole('region', { name: t.summary.sections.now, exact: true })).toHaveCount(0);
    expect(await sectionServiceIds(page, 'housing')).toEqual(['housing-service-manager', 'rent-subsidy']);
    expect(await sectionServiceIds(page, 'youth')).toEqual([
      'care-unit-durham',
      'youth-services',
      'specialized-residences',
    ]);
    expect(await sectionServiceIds(page, 'indigenous')).toEqual(['indigenous-led-services', 'onwa', 'speak-out']);
    // The housing referral names Durham's service manager.
    const durham = getRegion('durham');
    await expect(referralCard(page, 'housing-service-manager')).toContainText(
      t.summary.housingManager(durham.serviceManager.en),
    );
    // Third person for a worker, and the reason names the age and the area.
    await expect(stepHeading(page, 'summary')).toHaveText(t.summary.heading.them);
    await expect(referralCard(page, 'care-unit-durham')).toContainText(t.reasons.age['16-17'].them);
    await expect(referralCard(page, 'care-unit-durham')).toContainText(t.reasons.region.area.them(durham.name.en));
    await checkAddress('end');
  });

  test('a worker with a child under 16 in danger: 911 first, then the duty to report, then the other services', async ({
    page,
  }) => {
    const answers: Answers = { ...torontoChildInDanger, role: 'worker', region: 'peel', needs: ['housing'] };
    await startWizard(page);
    await completeJourney(page, answers);
    await summaryServiceIds(page);
    // The headings of the summary's parts, in order: the duty to report sits between "Do this now" and the rest.
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    const sectionHeadings = headings.filter((text) =>
      [...Object.values(t.summary.sections), t.workerNotes.firstHeading, t.workerNotes.heading].includes(text),
    );
    expect(sectionHeadings.slice(0, 3), 'do this now, then the duty to report, then the rest').toEqual([
      t.summary.sections.now,
      t.workerNotes.firstHeading,
      t.summary.sections[resultsSections(answers, planReferrals(answers))[1].id],
    ]);
    await expect(page.getByRole('region', { name: t.workerNotes.firstHeading, exact: true })).toContainText(
      t.workerNotes.notes['duty-to-report-child'],
    );
    // The other notes stay after the list, without the duty to report.
    const others = page.getByRole('region', { name: t.workerNotes.heading, exact: true });
    await expect(others).toContainText(t.workerNotes.notes['hotline-confidentiality']);
    await expect(others).not.toContainText(t.workerNotes.notes['duty-to-report-child']);
    expect(headings.indexOf(t.workerNotes.heading)).toBeGreaterThan(headings.indexOf(t.summary.sections.housing));
  });

  test('a survivor under 16 sees no notes for workers', async ({ page }) => {
    const answers: Answers = {
      role: 'self',
      danger: 'no',
      age: 'under-16',
      region: 'peel',
      indigenous: 'no',
      needs: [],
    };
    await startWizard(page);
    await completeJourney(page, answers);
    await summaryServiceIds(page);
    await expect(page.getByRole('region', { name: t.workerNotes.firstHeading, exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: t.workerNotes.heading, exact: true })).toHaveCount(0);
  });

  test('an adult needing tattoo removal and ID gets VQRP+', async ({ page }) => {
    await startWizard(page);
    const checkAddress = await watchAddress(page);
    await completeJourney(page, adultTattooAndId, { onStep: checkAddress });
    const ids = await summaryServiceIds(page);
    expect(ids).toEqual(expectedIds(adultTattooAndId));
    expect(ids).toContain('vqrp-plus');
    expect(ids).not.toContain('emergency-911');
    expect((await summaryPriorities(page))['vqrp-plus']).toBe('high');
    // Why it is here: the needs chosen, inside a sentence (lower case first, but “ID” keeps its capitals).
    await expect(referralCard(page, 'vqrp-plus')).toContainText(
      'Because you said you want help with: tattoo removal and ID.',
    );
    await checkAddress('end');
  });

  test('"prefer not to say" to everything keeps the youth referrals, phrased conditionally', async ({ page }) => {
    await startWizard(page);
    const checkAddress = await watchAddress(page);
    await completeJourney(page, preferNotToSay, { onStep: checkAddress });
    const ids = await summaryServiceIds(page);
    expect(ids).toEqual(expectedIds(preferNotToSay));
    for (const id of youthServiceIds) {
      expect(ids, `${id} is kept when the age is not given`).toContain(id);
      await expect(referralCard(page, id), `${id} says it may apply`).toContainText(t.summary.ifApplies);
    }
    await expect(referralCard(page, 'youth-services')).toContainText(t.reasons.age.unknown.you);
    // The hotline applies to anyone: not phrased as "may apply".
    await expect(referralCard(page, 'human-trafficking-hotline')).not.toContainText(t.summary.ifApplies);
    // Housing was not asked for, so no area's service manager is named.
    expect(ids).not.toContain('housing-service-manager');
    await checkAddress('end');
  });

  test('"not sure" about danger and "prefer not to say" to the rest: 911 and the hotline first, youth referrals kept', async ({
    page,
  }) => {
    const answers: Answers = { ...preferNotToSay, danger: 'unsure' };
    await completeJourney(page, answers);
    const ids = await summaryServiceIds(page);
    expect(ids).toEqual(expectedIds(answers));
    expect(ids.slice(0, 2)).toEqual(['emergency-911', 'human-trafficking-hotline']);
    expect(ids).toEqual(expect.arrayContaining(['care-unit-toronto', 'care-unit-durham', 'youth-services']));
  });
});

test.describe('the referral cases of rules/, driven through the UI', () => {
  for (const c of referralCases.filter((c) => isReachable(c.answers))) {
    test(c.name, async ({ page }) => {
      await completeJourney(page, c.answers);
      const ids = await summaryServiceIds(page);
      // The case's `order` is the plan's (the rules tests check it); the screen lays that plan out in its sections.
      expect(ids).toEqual(expectedIds(c.answers));
      for (const id of c.present) expect(ids, `${id} is on the summary`).toContain(id);
      for (const id of c.absent) expect(ids, `${id} is not on the summary`).not.toContain(id);
      if (c.priority) {
        const priorities = await summaryPriorities(page);
        for (const [id, priority] of Object.entries(c.priority))
          expect(priorities[id], `priority of ${id}`).toBe(priority);
      }
    });
  }
});

test.describe('moving around the wizard', () => {
  test('Back works on every step and keeps the earlier answer selected', async ({ page }) => {
    const answers: Answers = {
      role: 'self',
      danger: 'yes',
      age: '16-17',
      inCare: 'yes',
      region: 'durham',
      indigenous: 'metis',
      needs: ['housing', 'counselling'],
    };
    await startWizard(page);
    const checkAddress = await watchAddress(page);
    await driveTo(page, answers, { stopAt: 'review', onStep: checkAddress });

    const back = async (to: Step) => {
      await backButton(page).click();
      await expectStep(page, to);
      await checkAddress(to);
    };
    await back('needs');
    await expect(needCheckbox(page, 'housing')).toBeChecked();
    await expect(needCheckbox(page, 'counselling')).toBeChecked();
    await expect(needCheckbox(page, 'addiction')).not.toBeChecked();
    await back('indigenous');
    await expect(radio(page, 'indigenous', 'metis')).toBeChecked();
    await back('region');
    await expect(regionSelect(page)).toHaveValue('durham');
    await back('inCare');
    await expect(radio(page, 'inCare', 'yes')).toBeChecked();
    await back('age');
    await expect(radio(page, 'age', '16-17')).toBeChecked();
    await back('emergency');
    await back('danger');
    await expect(radio(page, 'danger', 'yes')).toBeChecked();
    await back('role');
    await expect(radio(page, 'role', 'self')).toBeChecked();
    await expect(backButton(page)).toHaveCount(0);

    // And forward again with the kept answers: Continue alone goes through every step.
    await continueButton(page).click();
    await expectStep(page, 'danger');
    await continueButton(page).click();
    await expectStep(page, 'emergency');
  });

  test('Back skips the steps that were not asked (no danger, an adult)', async ({ page }) => {
    const answers: Answers = {
      role: 'worker',
      danger: 'no',
      age: '25-plus',
      region: 'ottawa',
      indigenous: 'no',
      needs: [],
    };
    await driveTo(page, answers, { stopAt: 'indigenous' });
    await backButton(page).click();
    await expectStep(page, 'region');
    await expect(regionSelect(page)).toHaveValue('ottawa');
    await backButton(page).click();
    await expectStep(page, 'age');
    await expect(radio(page, 'age', '25-plus')).toBeChecked();
    await backButton(page).click();
    await expectStep(page, 'danger');
    await expect(radio(page, 'danger', 'no')).toBeChecked();
  });

  test('Back from the summary goes to the review', async ({ page }) => {
    await completeJourney(page, adultTattooAndId);
    await backButton(page).click();
    await expectStep(page, 'review');
  });

  test('Change from the review returns to the review with the new answer', async ({ page }) => {
    const answers: Answers = {
      role: 'self',
      danger: 'no',
      age: '25-plus',
      region: 'hamilton',
      indigenous: 'no',
      needs: [],
    };
    await startWizard(page);
    const checkAddress = await watchAddress(page);
    await driveTo(page, answers, { stopAt: 'review', onStep: checkAddress });
    const main = page.getByRole('main');
    await expect(main).toContainText(getRegion('hamilton').name.en);

    // Region: the question shows the earlier answer, and Continue goes back to the review.
    await reviewChange(page, 'region').click();
    await expectStep(page, 'region');
    await expect(regionSelect(page)).toHaveValue('hamilton');
    await answer(page, 'region', 'toronto');
    await expectStep(page, 'review');
    await expect(main).toContainText(getRegion('toronto').name.en);
    await expect(main).not.toContainText(getRegion('hamilton').name.en);

    // Age to 18–24: the care question now applies, so it is asked, and then the review again.
    await reviewChange(page, 'age').click();
    await expectStep(page, 'age');
    await expect(radio(page, 'age', '25-plus')).toBeChecked();
    await answer(page, 'age', '18-24');
    await expectStep(page, 'inCare');
    await answer(page, 'inCare', 'yes');
    await expectStep(page, 'review');
    await expect(main).toContainText(t.age.options['18-24']);
    await expect(reviewChange(page, 'inCare')).toBeVisible();

    // Back from a Change goes to the review, not to the previous question.
    await reviewChange(page, 'indigenous').click();
    await expectStep(page, 'indigenous');
    await backButton(page).click();
    await expectStep(page, 'review');

    // Needs: change to housing.
    await reviewChange(page, 'needs').click();
    await expectStep(page, 'needs');
    await answer(page, 'needs', ['housing']);
    await expectStep(page, 'review');
    await expect(main).toContainText(t.needs.options.housing);

    await page.getByRole('button', { name: t.review.confirm, exact: true }).click();
    await expectStep(page, 'summary');
    const changed: Answers = { ...answers, age: '18-24', inCare: 'yes', region: 'toronto', needs: ['housing'] };
    expect(await summaryServiceIds(page)).toEqual(expectedIds(changed));
    await checkAddress('end');
  });

  test('a Change link on a summary reason goes to the question, then back through the review', async ({ page }) => {
    await completeJourney(page, workerDurhamYouth);
    // The CARE Unit is there because of the age and the area: its reason has a Change for each, named.
    const card = referralCard(page, 'care-unit-durham');
    await expect(card).toContainText(t.reasons.age['16-17'].them);
    await expect(
      card.getByRole('button', { name: t.summary.changeNamed(t.review.labels.region), exact: true }),
    ).toBeVisible();
    // No unnamed Change ("Change" then the hidden question): each of the two says which answer it changes.
    await expect(card.getByRole('button', { name: new RegExp(`^${t.summary.changeAnswer}(?!:)`) })).toHaveCount(0);
    await card.getByRole('button', { name: t.summary.changeNamed(t.review.labels.age), exact: true }).click();
    await expectStep(page, 'age');
    await expect(radio(page, 'age', '16-17')).toBeChecked();
    await answer(page, 'age', '25-plus');
    // No care question for an adult: straight back to the review, which shows the new age and no care row.
    await expectStep(page, 'review');
    await expect(page.getByRole('main')).toContainText(t.age.options['25-plus']);
    await expect(reviewChange(page, 'inCare')).toHaveCount(0);
    await page.getByRole('button', { name: t.review.confirm, exact: true }).click();
    await expectStep(page, 'summary');
    const { inCare: _dropped, ...rest } = workerDurhamYouth;
    const ids = await summaryServiceIds(page);
    expect(ids).toEqual(expectedIds({ ...rest, age: '25-plus' }));
    expect(ids).not.toContain('care-unit-durham');
    expect(ids).not.toContain('youth-services');

    // The housing referral's reason links to the needs question; change the needs from there.
    await referralCard(page, 'housing-service-manager')
      .getByRole('button', {
        name: `${t.summary.changeAnswer}${t.review.changeHidden(t.review.labels.needs)}`,
        exact: true,
      })
      .click();
    await expectStep(page, 'needs');
    await expect(needCheckbox(page, 'housing')).toBeChecked();
    await answer(page, 'needs', ['court-support']);
    await expectStep(page, 'review');
    await page.getByRole('button', { name: t.review.confirm, exact: true }).click();
    await expectStep(page, 'summary');
    const after = await summaryServiceIds(page);
    expect(after).toEqual(expectedIds({ ...rest, age: '25-plus', needs: ['court-support'] }));
    expect(after).toContain('victim-witness-assistance');
    expect(after).not.toContain('housing-service-manager');
  });

  test('a reason that rests on two answers has a Change for each: the area one goes to the area question', async ({
    page,
  }) => {
    await completeJourney(page, workerDurhamYouth);
    await referralCard(page, 'care-unit-durham')
      .getByRole('button', { name: t.summary.changeNamed(t.review.labels.region), exact: true })
      .click();
    await expectStep(page, 'region');
    await expect(regionSelect(page)).toHaveValue('durham');
    await answer(page, 'region', 'toronto');
    await expectStep(page, 'review');
    await page.getByRole('button', { name: t.review.confirm, exact: true }).click();
    await expectStep(page, 'summary');
    const ids = await summaryServiceIds(page);
    expect(ids).toEqual(expectedIds({ ...workerDurhamYouth, region: 'toronto' }));
    expect(ids).toContain('care-unit-toronto');
    expect(ids).not.toContain('care-unit-durham');
  });

  test('Start again clears every answer', async ({ page }) => {
    await completeJourney(page, workerDurhamYouth);
    await page.getByRole('button', { name: t.common.restart, exact: true }).click();
    await expectStep(page, 'role');
    for (const role of ['self', 'worker', 'trainer'] as const)
      await expect(radio(page, 'role', role)).not.toBeChecked();
    // A new journey from here sees no trace of the old answers.
    await answer(page, 'role', 'self');
    await expectStep(page, 'danger');
    for (const d of ['yes', 'no', 'unsure'] as const) await expect(radio(page, 'danger', d)).not.toBeChecked();
    await answer(page, 'danger', 'no');
    await expectStep(page, 'age');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await answer(page, 'age', '25-plus');
    await expectStep(page, 'region');
    await expect(regionSelect(page)).toHaveValue('');
    await answer(page, 'region', 'peel');
    await expectStep(page, 'indigenous');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await answer(page, 'indigenous', 'no');
    await expectStep(page, 'needs');
    await expect(needCheckbox(page, 'housing')).not.toBeChecked();
    await answer(page, 'needs', []);
    await expectStep(page, 'review');
    await page.getByRole('button', { name: t.review.confirm, exact: true }).click();
    const fresh: Answers = { role: 'self', danger: 'no', age: '25-plus', region: 'peel', indigenous: 'no', needs: [] };
    expect(await summaryServiceIds(page)).toEqual(expectedIds(fresh));
  });

  test('the emergency screen’s shortcut to the list gives a summary with 911 first', async ({ page }) => {
    await startWizard(page, { role: 'self' });
    const checkAddress = await watchAddress(page);
    await answer(page, 'danger', 'yes');
    await expectStep(page, 'emergency');
    await expect(page.getByRole('main').getByRole('link', { name: '911', exact: true })).toHaveAttribute(
      'href',
      'tel:911',
    );
    await page.getByRole('button', { name: t.emergency.skip, exact: true }).click();
    await expectStep(page, 'summary');
    const ids = await summaryServiceIds(page);
    expect(ids[0]).toBe('emergency-911');
    expect(ids[1]).toBe('human-trafficking-hotline');
    expect(ids).toEqual(expectedIds(withUnansweredAsUnknown({ role: 'self', danger: 'yes' })));
    // Back from there returns to the emergency screen, not to a question never asked.
    await backButton(page).click();
    await expectStep(page, 'emergency');
    await checkAddress('end');
  });
});

test.describe('what each screen offers besides the questions', () => {
  test('the emergency screen offers the hotline’s chat, from the directory, for someone who cannot talk out loud', async ({
    page,
  }) => {
    await startWizard(page);
    await driveTo(page, survivorInDanger, { stopAt: 'emergency' });
    const chat = page.getByRole('link', { name: t.emergency.chatLink, exact: true });
    await expect(chat).toBeVisible();
    await expect(chat).toHaveAttribute('href', chatUrl('human-trafficking-hotline')!);
    await expect(chat).toHaveAttribute('rel', 'noreferrer');
    await expect(page.getByText(t.emergency.chat.you)).toBeVisible();
  });

  test('each card is short: what the card leaves out (what to expect, who it serves, email, sources with the date they were checked) opens on request, as a disclosure named for the service', async ({
    page,
  }) => {
    await startWizard(page);
    await completeJourney(page, adultTattooAndId);
    await summaryServiceIds(page);
    const service = getService('vqrp-plus');
    const card = referralCard(page, 'vqrp-plus');
    await expect(card.getByRole('heading', { level: 3, name: service.name.en })).toBeVisible();
    const more = card.locator('details.more');
    await expect(more).not.toHaveAttribute('open');
    const sourcesLabel = card.getByText(t.summary.sourcesToggle(formatDate(service.checked, 'en')), { exact: true });
    await expect(sourcesLabel).toBeHidden();
    await expect(card.getByText(service.serves.en)).toBeHidden();
    for (const url of service.sources) await expect(card.getByRole('link', { name: url, exact: true })).toBeHidden();
    const summary = more.locator('summary');
    await expect(summary).toHaveText(t.summary.more + t.summary.moreAbout(service.name.en));
    await summary.click();
    await expect(sourcesLabel).toBeVisible();
    await expect(card.getByText(service.serves.en)).toBeVisible();
    for (const url of service.sources) await expect(card.getByRole('link', { name: url, exact: true })).toBeVisible();
  });

  test('the safety page gives the hotline’s number as a link where it says to talk to someone', async ({ page }) => {
    await page.goto(safetyPath.en);
    const talk = page.getByRole('heading', { name: t.safetyPage.talkHeading, exact: true }).locator('..');
    const hotline = mainPhone('human-trafficking-hotline');
    await expect(talk.getByRole('link', { name: formatPhone(hotline, 'en'), exact: true })).toHaveAttribute(
      'href',
      telHref(hotline),
    );
    await expect(talk).toContainText(t.safetyPage.talkDanger);
  });
});
