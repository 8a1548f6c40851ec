import { describe, expect, it } from 'vitest';
import { ageSchema, indigenousSchema } from '../answers.schema';
import { regionIds } from '../region-ids';
import {
  areaServicesFor,
  childrensAidSocietiesFor,
  childrensAidSocietyFor,
  getNamedService,
  localServicesByNeed,
  localServicesFor,
  namedServices,
  servesArea,
  type DirectoryQuery,
} from './local';
import { directoryNeedIds, type DirectoryNeed } from './named-ids';
import { sourcesOf } from './named/full';
import { namedProvenance } from './named/provenance';

describe('localServicesFor: which answers select which entries', () => {
  it.each<[string, DirectoryQuery, string[]]>([
    [
      'a safe place tonight in Hamilton, 25 or older: the province-wide lines, Ontario before Canada',
      { region: 'hamilton', needs: ['emergency-shelter'], age: '25-plus', indigenous: 'no' },
      ['ontario-211', 'assaulted-womens-helpline', 'sheltersafe'],
    ],
    [
      'the same under 16: the women’s helpline (16 and older) drops out',
      { region: 'hamilton', needs: ['emergency-shelter'], age: 'under-16', indigenous: 'no' },
      ['ontario-211', 'sheltersafe'],
    ],
    [
      'a safe place tonight in Toronto at 18 to 24: Covenant House (made for youth) first, then Central Intake',
      { region: 'toronto', needs: ['emergency-shelter'], age: '18-24', indigenous: 'no' },
      ['covenant-house-toronto', 'toronto-central-intake', 'ontario-211', 'assaulted-womens-helpline', 'sheltersafe'],
    ],
    [
      'a safe place tonight in Thunder Bay, First Nations: Beendigen, then the lines',
      { region: 'thunder-bay', needs: ['emergency-shelter'], age: '25-plus', indigenous: 'first-nations' },
      ['beendigen', 'ontario-211', 'assaulted-womens-helpline', 'sheltersafe'],
    ],
    [
      'the same, not Indigenous: Beendigen is for Indigenous women',
      { region: 'thunder-bay', needs: ['emergency-shelter'], age: '25-plus', indigenous: 'no' },
      ['ontario-211', 'assaulted-womens-helpline', 'sheltersafe'],
    ],
    [
      'tattoo removal in London: the VQRP+ agency of the area',
      { region: 'london', needs: ['tattoo-removal'] },
      ['victim-services-middlesex-london'],
    ],
    [
      'tattoo removal in Toronto: no named entry (the VQRP+ category and the Victim Support Line cover it)',
      { region: 'toronto', needs: ['tattoo-removal'] },
      [],
    ],
    [
      'ID in Kawartha Lakes: the local program first, then ServiceOntario and the federal offices',
      { region: 'kawartha-lakes', needs: ['id-replacement'], age: '25-plus', indigenous: 'no' },
      ['womens-resources-kawartha-lakes', 'serviceontario', 'service-canada-sin', 'passport-program'],
    ],
    [
      'reporting a tip anywhere: the temporary foreign worker tip line',
      { region: 'algoma', needs: ['report-tip'] },
      ['tfw-tip-line'],
    ],
    [
      'cultural supports, not Indigenous: asking for them keeps the Indigenous lines',
      { region: 'algoma', needs: ['cultural-supports'], age: '25-plus', indigenous: 'no' },
      // Hope for Wellness is for every Indigenous person; Talk4Healing for Indigenous women: the line for everyone first.
      ['hope-for-wellness', 'talk4healing'],
    ],
    [
      'counselling in Ottawa, Inuit, 18 to 24: Tungasuvvingat Inuit first',
      { region: 'ottawa', needs: ['counselling'], age: '18-24', indigenous: 'inuit' },
      // The area's own first; then lines for Indigenous people and for youth; then lines for everyone before lines
      // for a group the wizard does not ask about (women, 2SLGBTQ+ people, newcomers, students); Ontario before Canada.
      [
        'tungasuvvingat-inuit',
        'roberts-smart-centre',
        'hope-for-wellness',
        'talk4healing',
        'kids-help-phone',
        'lgbt-youthline',
        'ontario-211',
        'sexual-assault-centres',
        'suicide-crisis-988',
        'fcj-refugee-centre',
        'assaulted-womens-helpline',
        'femaide',
        'good2talk',
        'trans-lifeline',
      ],
    ],
    [
      'counselling outside Ontario: national lines only',
      { region: 'outside-ontario', needs: ['counselling'] },
      ['suicide-crisis-988', 'kids-help-phone', 'hope-for-wellness', 'trans-lifeline'],
    ],
    ['no need picked: no named entry', { region: 'toronto', needs: [] }, []],
  ])('%s', (_what, query, expected) => {
    expect(localServicesFor(query)).toEqual(expected);
  });

  it('lists francophone services first on the French pages, and on the English ones too', () => {
    const query: DirectoryQuery = { region: 'hamilton', needs: ['counselling'], age: '25-plus', indigenous: 'no' };
    const english = localServicesFor(query);
    const french = localServicesFor({ ...query, french: true });
    expect(english).toContain('femaide');
    expect([...french].sort()).toEqual([...english].sort());
    expect(french.indexOf('femaide')).toBeLessThan(french.indexOf('ontario-211'));
    expect(english.indexOf('femaide')).toBeGreaterThan(english.indexOf('ontario-211'));
  });

  it('groups the entries by need, in the order the needs were picked', () => {
    const groups = localServicesByNeed({ region: 'london', needs: ['tattoo-removal', 'addiction'] });
    expect(groups.map((group) => group.need)).toEqual(['tattoo-removal', 'addiction']);
    expect(groups[0]?.ids).toEqual(['victim-services-middlesex-london']);
    expect(groups[1]?.ids[0]).toBe('victim-services-middlesex-london');
    expect(groups[1]?.ids).toContain('connexontario');
  });
});

describe('every need leads somewhere, in every area', () => {
  /**
   * The areas where a need has no named entry, for anyone of any age and identity. Both are needs the plan's
   * categories already meet with a phone number: tattoo removal through VQRP+ (the Victim Support Line finds the
   * local agency) and skills training through the community organizations. No province-wide named line does either.
   */
  const known: Partial<Record<DirectoryNeed, string[]>> = {
    'tattoo-removal': regionIds.filter(
      (region) => !['london', 'bruce', 'grey', 'stratford', 'cochrane'].includes(region),
    ),
    'skills-training': regionIds.filter((region) => !['toronto', 'peel', 'ottawa', 'greater-sudbury'].includes(region)),
  };

  it.each(directoryNeedIds)(
    '%s: every area has an entry with a phone, text or web address, or is a known gap',
    (need) => {
      const gaps = regionIds.filter((region) => localServicesFor({ region, needs: [need] }).length === 0);
      expect(gaps).toEqual(known[need] ?? []);
      for (const region of regionIds) {
        for (const id of localServicesFor({ region, needs: [need] })) {
          expect(
            getNamedService(id).contacts.some((c) => ['phone', 'text', 'web', 'chat'].includes(c.kind)),
            id,
          ).toBe(true);
        }
      }
    },
  );

  it('keeps every other need covered for every age and identity', () => {
    const missing: string[] = [];
    for (const need of directoryNeedIds.filter((n) => !(n in known))) {
      for (const region of regionIds) {
        for (const age of ageSchema.options) {
          for (const indigenous of indigenousSchema.options) {
            if (localServicesFor({ region, needs: [need], age, indigenous }).length === 0)
              missing.push(`${need} ${region} ${age} ${indigenous}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('makes every need change the list, in every area', () => {
    for (const region of regionIds) {
      const none = localServicesFor({ region, needs: [] });
      for (const need of directoryNeedIds.filter((n) => !(known[n] ?? []).includes(region))) {
        expect(localServicesFor({ region, needs: [need] }), `${region} ${need}`).not.toEqual(none);
      }
    }
  });
});

describe('children’s aid societies', () => {
  /** Areas whose society for everyone has no number at high or medium confidence in the research. */
  const without = [
    'prescott-russell',
    'oxford',
    'lambton',
    'algoma',
    'kenora',
    'nipissing',
    'parry-sound',
    'rainy-river',
    'sault-ste-marie',
  ];

  it.each(regionIds)('%s: its society and number, or none where the research found none', (region) => {
    const society = childrensAidSocietyFor(region);
    if (without.includes(region)) {
      expect(society).toBeUndefined();
      return;
    }
    expect(society?.service.kind).toBe('childrens-aid');
    expect(society?.service.audience ?? []).toEqual([]);
    expect(society?.line.kind).toBe('phone');
    expect(servesArea(society!.service, region)).toBe(society!.areaConfirmed ? 'confirmed' : 'unconfirmed');
  });

  it.each([
    ['toronto', 'cas-toronto', '416-924-4646', true, true],
    ['durham', 'durham-cas', '905-433-1551', true, true],
    ['stratford', 'huron-perth-cas', '519-271-5290', false, true],
    ['huron', 'huron-perth-cas', '519-524-7356', false, true],
    ['peterborough', 'kawartha-haliburton-cas', '705-743-9751', true, false],
    ['lennox-addington', 'frontenac-lennox-addington-facs', '613-545-3227', false, true],
  ] as const)('%s: %s on %s (24/7: %s, area confirmed: %s)', (region, id, number, allDay, confirmed) => {
    const society = childrensAidSocietyFor(region);
    expect(society?.service.id).toBe(id);
    expect(society?.line.number).toBe(number);
    expect(society?.allDay).toBe(allDay);
    expect(society?.areaConfirmed).toBe(confirmed);
  });

  it('gives none for an area not given or outside Ontario', () => {
    expect(childrensAidSocietyFor('unknown')).toBeUndefined();
    expect(childrensAidSocietyFor('outside-ontario')).toBeUndefined();
  });

  it('lists every society that can serve the child: for everyone, faith, then Indigenous', () => {
    const ids = (
      region: Parameters<typeof childrensAidSocietiesFor>[0],
      indigenous?: Parameters<typeof childrensAidSocietiesFor>[1],
    ) => childrensAidSocietiesFor(region, indigenous).map((line) => line.service.id);
    expect(ids('toronto')).toEqual(['cas-toronto', 'ccas-toronto', 'jfcs-toronto', 'ncfst']);
    expect(ids('toronto', 'no')).toEqual(['cas-toronto', 'ccas-toronto', 'jfcs-toronto']);
    expect(ids('kenora', 'first-nations')).toEqual(['tikinagan']);
    expect(ids('kenora', 'inuit')).toEqual([]);
    expect(ids('cochrane', 'metis')).toEqual(['neofacs', 'kunuwanimano', 'payukotayno']);
  });
});

describe('the named entries of an area', () => {
  it('lists an area’s own entries whatever the needs, and none for an area not given', () => {
    expect(areaServicesFor({ region: 'ottawa', kinds: ['anti-trafficking'] })).toEqual([
      'tungasuvvingat-inuit',
      'youturn',
      'roberts-smart-centre',
    ]);
    // Youturn serves youth up to 25, so "25 or older" keeps it; Tungasuvvingat Inuit is for Inuit.
    expect(
      areaServicesFor({ region: 'ottawa', kinds: ['anti-trafficking'], indigenous: 'no', age: '25-plus' }),
    ).toEqual(['youturn']);
    // Both serve youth; the French-language centre comes second on an English page and first on a French one.
    expect(
      areaServicesFor({ region: 'ottawa', kinds: ['anti-trafficking'], indigenous: 'no', age: 'under-16' }),
    ).toEqual(['youturn', 'roberts-smart-centre']);
    expect(
      areaServicesFor({
        region: 'ottawa',
        kinds: ['anti-trafficking'],
        indigenous: 'no',
        age: 'under-16',
        french: true,
      }),
    ).toEqual(['roberts-smart-centre', 'youturn']);
    expect(areaServicesFor({ region: 'unknown' })).toEqual([]);
    expect(areaServicesFor({ region: 'outside-ontario' })).toEqual([]);
  });

  it('says which areas have no named organization of their own, so the summary can say so', () => {
    const empty = regionIds.filter(
      (region) => areaServicesFor({ region, kinds: ['anti-trafficking', 'victim-services'] }).length === 0,
    );
    // The areas with an anti-trafficking or victim services organization of their own; every other area has none.
    const withOwn: readonly string[] = [
      'toronto',
      'peel',
      'york',
      'halton',
      'hamilton',
      'niagara',
      'ottawa',
      'peterborough',
      'kawartha-lakes',
      'grey',
      'bruce',
      'stratford',
      'london',
      'windsor',
      'greater-sudbury',
      'cochrane',
      'kenora',
      'thunder-bay',
    ];
    expect(empty).toEqual(regionIds.filter((region) => !withOwn.includes(region)));
  });

  it('lists each card’s sources once: its contacts’ pages, then its own', () => {
    for (const entry of namedServices) {
      const sources = sourcesOf(entry.id);
      expect(new Set(sources).size).toBe(sources.length);
      expect(sources.length).toBeGreaterThanOrEqual(1);
      for (const extra of namedProvenance[entry.id]?.sources ?? []) expect(sources).toContain(extra);
    }
  });
});
