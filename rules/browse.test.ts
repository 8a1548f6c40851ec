import { describe, expect, it } from 'vitest';
import { answerValues, type Answers, type RegionId } from './answers.schema';
import {
  browseCount,
  browseDirectory,
  browseSectionIds,
  categoryNeeds,
  categoryServesArea,
  type BrowseFilter,
  type BrowseSection,
} from './browse';
import { asksAboutCare } from './flow';
import { planReferrals } from './plan';
import { regionIds } from './region-ids';
import { localServicesFor, namedServices, servesArea } from './services/local';
import { directoryNeedIds, type DirectoryNeed } from './services/named-ids';
import { serviceIds, type ServiceId } from './services/service-ids';

const categoriesOf = (sections: BrowseSection[]) => sections.find((s) => s.id === 'ontario')!.items.map((i) => i.id);
const namedOf = (sections: BrowseSection[]) =>
  sections.filter((s) => s.id !== 'ontario').flatMap((s) => s.items.map((i) => i.id));

describe('browseDirectory', () => {
  it('lists the whole directory, once each, when nothing is chosen', () => {
    const sections = browseDirectory();
    expect(sections.map((s) => s.id)).toEqual([...browseSectionIds]);
    expect(categoriesOf(sections)).toEqual([...serviceIds]);
    expect(namedOf(sections).sort()).toEqual(namedServices.map((e) => e.id).sort());
    expect(browseCount(sections)).toBe(serviceIds.length + namedServices.length);
    for (const section of sections.slice(1)) {
      for (const item of section.items)
        expect(namedServices.find((e) => e.id === item.id)?.kind, item.id).toBe(section.id);
    }
  });

  // Which category services each filter keeps, as the referral table gives them.
  const categoryCases: { name: string; filter: BrowseFilter; expected: ServiceId[] | ((ids: ServiceId[]) => void) }[] =
    [
      {
        name: 'Toronto keeps its CARE Unit, not Durham’s nor the local children’s aid category',
        filter: { area: 'toronto' },
        expected: (ids) => {
          expect(ids).toContain('care-unit-toronto');
          expect(ids).not.toContain('care-unit-durham');
          expect(ids).not.toContain('childrens-aid-society');
          expect(ids).toHaveLength(serviceIds.length - 2);
        },
      },
      {
        name: 'Durham keeps its CARE Unit only',
        filter: { area: 'durham' },
        expected: (ids) => {
          expect(ids).toContain('care-unit-durham');
          expect(ids).not.toContain('care-unit-toronto');
          expect(ids).not.toContain('childrens-aid-society');
        },
      },
      {
        name: 'Ottawa has no CARE Unit, and the children’s aid category',
        filter: { area: 'ottawa' },
        expected: (ids) => {
          expect(ids).not.toContain('care-unit-toronto');
          expect(ids).not.toContain('care-unit-durham');
          expect(ids).toContain('childrens-aid-society');
          expect(ids).toHaveLength(serviceIds.length - 2);
        },
      },
      { name: 'housing', filter: { need: 'housing' }, expected: ['housing-service-manager', 'rent-subsidy'] },
      {
        name: 'reporting a possible case',
        filter: { need: 'report-tip' },
        expected: ['human-trafficking-hotline', 'local-police'],
      },
      { name: 'training', filter: { need: 'training' }, expected: ['foundational-training', 'camh-training'] },
      {
        name: 'learning more',
        filter: { need: 'learn-more' },
        expected: ['human-trafficking-hotline', 'speak-out', 'prevention-education'],
      },
      { name: 'tattoo removal', filter: { need: 'tattoo-removal' }, expected: ['vqrp-plus'] },
      { name: 'cultural supports', filter: { need: 'cultural-supports' }, expected: ['indigenous-led-services'] },
      { name: 'counselling', filter: { need: 'counselling' }, expected: ['community-aht-services'] },
      { name: 'court support', filter: { need: 'court-support' }, expected: ['victim-witness-assistance'] },
      {
        name: 'a restraining order',
        filter: { need: 'restraining-order' },
        expected: ['restraining-order-legal-help'],
      },
      {
        name: 'a safe place to stay tonight (the hotline’s shelter referral)',
        filter: { need: 'emergency-shelter' },
        expected: ['human-trafficking-hotline'],
      },
      {
        name: 'housing in Kenora',
        filter: { area: 'kenora', need: 'housing' },
        expected: ['housing-service-manager', 'rent-subsidy'],
      },
    ];
  it.each(categoryCases)('keeps the category services for $name', ({ filter, expected }) => {
    const ids = categoriesOf(browseDirectory(filter)) as ServiceId[];
    if (typeof expected === 'function') expected(ids);
    else expect(ids).toEqual(expected);
  });

  const namedCases: { name: string; filter: BrowseFilter; includes: string[]; excludes: string[] }[] = [
    {
      name: 'a safe place to stay tonight',
      filter: { need: 'emergency-shelter' },
      includes: ['ontario-211', 'sheltersafe', 'assaulted-womens-helpline'],
      excludes: ['cas-toronto'],
    },
    {
      name: 'Toronto',
      filter: { area: 'toronto' },
      includes: ['cas-toronto', 'ccas-toronto', 'ontario-211', 'sheltersafe'],
      excludes: ['ottawa-cas', 'durham-cas'],
    },
    { name: 'Ottawa', filter: { area: 'ottawa' }, includes: ['ottawa-cas'], excludes: ['cas-toronto'] },
  ];
  it.each(namedCases)('keeps the named entries for $name', ({ filter, includes, excludes }) => {
    const ids = namedOf(browseDirectory(filter));
    for (const id of includes) expect(ids).toContain(id);
    for (const id of excludes) expect(ids).not.toContain(id);
  });

  it('lists an area’s own entries first, then the Ontario-wide and national ones', () => {
    for (const area of ['toronto', 'ottawa', 'thunder-bay'] as RegionId[]) {
      for (const section of browseDirectory({ area }).slice(1)) {
        const wide = section.items.map((item) =>
          Number(!Array.isArray(namedServices.find((e) => e.id === item.id)!.areas)),
        );
        expect(wide, `${area} ${section.id}`).toEqual([...wide].sort((a, b) => a - b));
      }
    }
  });

  it('lists the same entries on the French page, francophone ones first among the area’s own and among the others', () => {
    const entry = (id: string) => namedServices.find((e) => e.id === id)!;
    const francophone = (id: string) => Number(!(entry(id).audience ?? []).includes('francophone'));
    const own = (id: string) => Array.isArray(entry(id).areas);
    for (const area of ['ottawa', 'sudbury', 'toronto'] as RegionId[]) {
      for (const need of [undefined, 'counselling'] as const) {
        const en = browseDirectory({ area, need }).slice(1);
        const fr = browseDirectory({ area, need, french: true }).slice(1);
        for (const [i, section] of fr.entries()) {
          const ids = section.items.map((item) => item.id);
          expect([...ids].sort()).toEqual(en[i]!.items.map((item) => item.id).sort());
          for (const part of [ids.filter(own), ids.filter((id) => !own(id))]) {
            expect(part.map(francophone), `${area} ${need} ${section.id}`).toEqual(
              part.map(francophone).sort((x, y) => x - y),
            );
          }
        }
      }
    }
  });

  it('says when the research maps the area to an entry without a source that confirms it', () => {
    for (const area of regionIds) {
      for (const item of browseDirectory({ area }).flatMap((s) => s.items)) {
        if (item.kind !== 'named') continue;
        const entry = namedServices.find((e) => e.id === item.id)!;
        expect(item.areaConfirmed, `${area} ${item.id}`).toBe(servesArea(entry, area) === 'confirmed');
      }
    }
  });

  it('gives, for an area and a need, the named entries the wizard’s own query gives, each section in its order', () => {
    for (const area of regionIds) {
      for (const need of directoryNeedIds) {
        for (const french of [false, true]) {
          const wizard = localServicesFor({ region: area, needs: [need], french });
          const sections = browseDirectory({ area, need, french });
          expect(namedOf(sections).sort(), `${area} ${need}`).toEqual([...wizard].sort());
          for (const section of sections.slice(1)) {
            const kind = (id: string) => namedServices.find((e) => e.id === id)!.kind;
            expect(
              section.items.map((i) => i.id),
              `${area} ${need} ${section.id}`,
            ).toEqual(wizard.filter((id) => kind(id) === section.id));
          }
        }
      }
    }
  });

  it('keeps only entries that meet the filter, for every area and need', () => {
    for (const area of [undefined, ...regionIds]) {
      for (const need of [undefined, ...directoryNeedIds] as (DirectoryNeed | undefined)[]) {
        for (const item of browseDirectory({ area, need }).flatMap((s) => s.items)) {
          if (item.kind === 'category') {
            if (area) expect(categoryServesArea(item.id, area)).toBe(true);
            if (need) expect(categoryNeeds(item.id)).toContain(need);
          } else {
            const entry = namedServices.find((e) => e.id === item.id)!;
            if (area) expect(servesArea(entry, area)).toBeDefined();
            if (need) expect(entry.needs).toContain(need);
          }
        }
      }
    }
  });
});

describe('categoryServesArea and categoryNeeds agree with the plans the wizard makes', () => {
  // Answers from the area, with every role, danger, age, care, identity, and no need, each need alone, or all of them.
  function* answersIn(area: RegionId): Generator<Answers> {
    const needSets = [[], ...answerValues.needs.map((n) => [n]), [...answerValues.needs]];
    for (const role of answerValues.role)
      for (const danger of answerValues.danger)
        for (const age of answerValues.age)
          for (const inCare of asksAboutCare(age) ? (['yes', 'no', 'unknown'] as const) : [undefined])
            for (const indigenous of answerValues.indigenous)
              for (const needs of needSets)
                yield { role, danger, age, ...(inCare ? { inCare } : {}), region: area, indigenous, needs };
  }

  it.each(['toronto', 'durham', 'ottawa', 'kenora'] as RegionId[])(
    'in %s, a category service shows exactly when some plan there refers to it',
    (area) => {
      const referred = new Set<ServiceId>();
      const byNeed = new Map<string, Set<ServiceId>>();
      for (const answers of answersIn(area)) {
        for (const { serviceId } of planReferrals(answers)) {
          referred.add(serviceId);
          if (answers.needs.length === 1) {
            const set = byNeed.get(answers.needs[0]!) ?? new Set();
            set.add(serviceId);
            byNeed.set(answers.needs[0]!, set);
          }
        }
      }
      expect(serviceIds.filter((id) => categoryServesArea(id, area))).toEqual(
        serviceIds.filter((id) => referred.has(id)),
      );
      // A need's category services are among what that need alone brings into a plan.
      for (const need of answerValues.needs) {
        for (const id of serviceIds.filter((s) => categoryNeeds(s).includes(need) && categoryServesArea(s, area))) {
          expect(byNeed.get(need)?.has(id), `${need} → ${id}`).toBe(true);
        }
      }
    },
  );
});
