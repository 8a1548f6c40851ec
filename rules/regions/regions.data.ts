import type { RegionInput } from './region.schema';

/**
 * Ontario's 47 housing service-manager areas, in the order of `regionIds` (rules/region-ids.ts), compiled from
 * shared/reference/service-managers.md.
 *
 * The 10 district boards (DSSABs) are sourced (O. Reg. 278/98 and the MMAH list as quoted by a public importer).
 * The names and areas of the 37 municipal service managers (CMSMs) are general knowledge, NOT yet checked against
 * MMAH's official "Find your local service manager" list:
 * https://data.ontario.ca/dataset/70eef1c4-0b40-44bd-a4f1-0281731235cb/resource/ba287328-1e86-4d4f-8e87-fa7f148aef1d/download/find_your_local_sm_-_english.csv
 * Check them against that list before go-live. `serviceManagerVerified` is true only where a stored page supported
 * the role. Housing contacts are only those seen on official pages; anything not listed was not found.
 */

const checked = '2026-11-28';

/** O. Reg. 278/98 under the DSSAB Act: the legal names of the 10 district boards. */
const dssabRegulation = 'https://www.ontario.ca/laws/regulation/980278/v13';
/** OMSSA: 47 service system managers, 37 CMSMs and 10 DSSABs (sector association, not government). */
const omssa = 'https://www.omssa.com/about.php';
/**
 * The MMAH CSV. It was not seen itself; the housing links of some boards are known from a public importer's test
 * that quotes it.
 */
const mmahList =
  'https://data.ontario.ca/dataset/70eef1c4-0b40-44bd-a4f1-0281731235cb/resource/ba287328-1e86-4d4f-8e87-fa7f148aef1d/download/find_your_local_sm_-_english.csv';

/** A service manager's name as the MMAH list or the legal source writes it: not translated, the same in French. */
const legalName = (name: string) => ({ en: name, fr: name });

/**
 * An area whose municipal service manager (CMSM) is named from general knowledge alone: no stored official page
 * confirmed it (`serviceManagerVerified: false`), OMSSA's count of the 47 managers is its only source, no housing
 * contact is listed, and it was checked on `checked`. Every such area, and only such an area, is written with this.
 */
function unverifiedMunicipal(
  area: Pick<RegionInput, 'id' | 'name' | 'group'> & { serviceManager: string },
): RegionInput {
  return {
    id: area.id,
    name: area.name,
    group: area.group,
    kind: 'municipal',
    serviceManager: legalName(area.serviceManager),
    serviceManagerVerified: false,
    sources: [omssa],
    checked,
  };
}

const toronto = {
  rgi: 'https://www.toronto.ca/community-people/employment-social-support/housing-support/rent-geared-to-income-subsidy/',
};
const wellington = { localRules: 'https://www.wellington.ca/en/social-services/HSServicesManagerLocalRules.aspx' };
const leedsGrenville = { housing: 'http://www.leedsgrenville.com/en/govern/councildepartments/Housing.asp' };
const pelass = { housing: 'http://www.pelass.org/housing.htm' };
const cornwall = {
  application: 'https://cornwall.formbuilder.ca/Social-Housing/Application-for-Social-Housing',
  sdgCounties: 'https://www.sdgcounties.ca/index.php/government/corporate-services/boards-%26-committees',
};
const cochrane = {
  housing: 'http://www.cdssab.on.ca/english/index_housing.html',
  faq: 'https://www.cdssab.on.ca/services/housing/faq',
};
const nipissing = { housing: 'https://dnssab.ca/housing-services/clients/more-details/' };
const parrySound = {
  housing: 'https://www.psdssab.org/housing-services/community-housing/',
  rentAssistance: 'https://www.psdssab.org/housing-and-homelessness/community-housing/rent-assistance-programs',
};
const kenora = { housing: 'https://kdsb.on.ca/our-services/community-housing-services/' };
const thunderBay = { housing: 'http://www.tbdssab.ca/housing/' };
const timiskaming = { housing: 'https://dtssab.com/hs-overview' };
const rainyRiver = { housing: 'https://rrdssab.ca/faq' };
const algoma = { housing: 'https://www.adsab.on.ca/en/social-services/housing-services/' };
const saultSteMarie = { housing: 'https://socialservices-ssmd.ca/housing/' };
const manitoulinSudbury = { housing: 'http://www.msdsb.net/' };

export const regionsData: RegionInput[] = [
  {
    id: 'toronto',
    name: { en: 'Toronto', fr: 'Toronto' },
    group: 'first',
    kind: 'municipal',
    serviceManager: legalName('City of Toronto'),
    serviceManagerVerified: true,
    housing: {
      url: toronto.rgi,
      // The research files disagree on this number: service-managers.md saw it on the City's RGI page, while
      // service-facts.md §16 calls it a number from the older Portable Housing Benefit pages that may be out of
      // date (medium). It stays, marked medium and said to be possibly out of date.
      phone: '416-338-8888',
      phoneLabel: {
        en: 'Application Support Centre (this number may be out of date)',
        fr: 'Centre de soutien aux demandes (ce numéro n’est peut-être plus à jour)',
      },
      source: toronto.rgi,
      confidence: 'medium',
    },
    sources: [omssa, toronto.rgi],
    checked: '2026-12-06',
  },
  unverifiedMunicipal({
    id: 'durham',
    name: { en: 'Durham Region', fr: 'Région de Durham' },
    group: 'first',
    serviceManager: 'Regional Municipality of Durham',
  }),

  // central
  unverifiedMunicipal({
    id: 'peel',
    name: { en: 'Peel Region', fr: 'Région de Peel' },
    group: 'central',
    serviceManager: 'Regional Municipality of Peel',
  }),
  unverifiedMunicipal({
    id: 'york',
    name: { en: 'York Region', fr: 'Région de York' },
    group: 'central',
    serviceManager: 'Regional Municipality of York',
  }),
  unverifiedMunicipal({
    id: 'halton',
    name: { en: 'Halton Region', fr: 'Région de Halton' },
    group: 'central',
    serviceManager: 'Regional Municipality of Halton',
  }),
  unverifiedMunicipal({
    id: 'hamilton',
    name: { en: 'Hamilton', fr: 'Hamilton' },
    group: 'central',
    serviceManager: 'City of Hamilton',
  }),
  unverifiedMunicipal({
    id: 'niagara',
    name: { en: 'Niagara Region', fr: 'Région de Niagara' },
    group: 'central',
    serviceManager: 'Regional Municipality of Niagara',
  }),
  {
    id: 'simcoe',
    name: { en: 'Simcoe County, Barrie and Orillia', fr: 'Comté de Simcoe, Barrie et Orillia' },
    group: 'central',
    kind: 'municipal',
    serviceManager: legalName('County of Simcoe'),
    // Confirmed by the simcoe.ca services overview ("social services to the separated cities of Barrie and
    // Orillia"); service-managers.md gives no URL for that page.
    serviceManagerVerified: true,
    sources: [omssa],
    checked,
  },
  unverifiedMunicipal({
    id: 'muskoka',
    name: { en: 'Muskoka', fr: 'Muskoka' },
    group: 'central',
    serviceManager: 'District Municipality of Muskoka',
  }),
  unverifiedMunicipal({
    id: 'dufferin',
    name: { en: 'Dufferin County', fr: 'Comté de Dufferin' },
    group: 'central',
    serviceManager: 'County of Dufferin',
  }),

  // east
  unverifiedMunicipal({
    id: 'ottawa',
    name: { en: 'Ottawa', fr: 'Ottawa' },
    group: 'east',
    serviceManager: 'City of Ottawa',
  }),
  unverifiedMunicipal({
    id: 'kingston',
    name: { en: 'Kingston and Frontenac', fr: 'Kingston et Frontenac' },
    group: 'east',
    serviceManager: 'City of Kingston',
  }),
  {
    id: 'lennox-addington',
    name: { en: 'Prince Edward, Lennox and Addington', fr: 'Prince Edward, Lennox et Addington' },
    group: 'east',
    kind: 'municipal',
    serviceManager: legalName('County of Lennox and Addington (PELASS)'),
    // Confirmed only by a news report (frontenacnews.ca); service-managers.md gives no URL for it.
    serviceManagerVerified: true,
    housing: { url: pelass.housing, source: pelass.housing, confidence: 'high' },
    sources: [omssa, pelass.housing],
    checked,
  },
  {
    id: 'hastings',
    name: { en: 'Hastings County, Belleville and Quinte West', fr: 'Comté de Hastings, Belleville et Quinte West' },
    group: 'east',
    kind: 'municipal',
    serviceManager: legalName('County of Hastings'),
    // Confirmed by a county agenda (Community and Human Services); service-managers.md gives no URL for it.
    // The county's RGI phone numbers were seen only on a third-party mirror, so no housing contact is given.
    serviceManagerVerified: true,
    sources: [omssa],
    checked,
  },
  {
    id: 'leeds-grenville',
    name: { en: 'Leeds, Grenville and Brockville', fr: 'Leeds, Grenville et Brockville' },
    group: 'east',
    kind: 'municipal',
    serviceManager: legalName('United Counties of Leeds and Grenville'),
    serviceManagerVerified: true,
    housing: { url: leedsGrenville.housing, source: leedsGrenville.housing, confidence: 'high' },
    sources: [omssa, leedsGrenville.housing],
    checked,
  },
  unverifiedMunicipal({
    id: 'lanark',
    name: { en: 'Lanark County and Smiths Falls', fr: 'Comté de Lanark et Smiths Falls' },
    group: 'east',
    serviceManager: 'County of Lanark',
  }),
  unverifiedMunicipal({
    id: 'renfrew',
    name: { en: 'Renfrew County and Pembroke', fr: 'Comté de Renfrew et Pembroke' },
    group: 'east',
    serviceManager: 'County of Renfrew',
  }),
  {
    id: 'cornwall',
    name: { en: 'Cornwall, Stormont, Dundas and Glengarry', fr: 'Cornwall, Stormont, Dundas et Glengarry' },
    group: 'east',
    kind: 'municipal',
    serviceManager: legalName('City of Cornwall'),
    serviceManagerVerified: true,
    housing: { url: cornwall.application, source: cornwall.application, confidence: 'high' },
    sources: [omssa, cornwall.application, cornwall.sdgCounties],
    checked,
  },
  unverifiedMunicipal({
    id: 'prescott-russell',
    name: { en: 'Prescott and Russell', fr: 'Prescott et Russell' },
    group: 'east',
    serviceManager: 'United Counties of Prescott and Russell',
  }),
  unverifiedMunicipal({
    id: 'northumberland',
    name: { en: 'Northumberland County', fr: 'Comté de Northumberland' },
    group: 'east',
    serviceManager: 'County of Northumberland',
  }),
  {
    id: 'peterborough',
    name: { en: 'Peterborough City and County', fr: 'Ville et comté de Peterborough' },
    group: 'east',
    kind: 'municipal',
    serviceManager: legalName('City of Peterborough'),
    // Confirmed only by the stepstojustice.ca glossary (CLEO, not government); service-managers.md gives no URL.
    serviceManagerVerified: true,
    sources: [omssa],
    checked,
  },
  unverifiedMunicipal({
    id: 'kawartha-lakes',
    name: { en: 'Kawartha Lakes and Haliburton', fr: 'Kawartha Lakes et Haliburton' },
    group: 'east',
    serviceManager: 'City of Kawartha Lakes',
  }),

  // west
  unverifiedMunicipal({
    id: 'waterloo',
    name: { en: 'Waterloo Region', fr: 'Région de Waterloo' },
    group: 'west',
    serviceManager: 'Regional Municipality of Waterloo',
  }),
  {
    id: 'wellington',
    name: { en: 'Wellington County and Guelph', fr: 'Comté de Wellington et Guelph' },
    group: 'west',
    kind: 'municipal',
    serviceManager: legalName('County of Wellington'),
    serviceManagerVerified: true,
    housing: {
      url: wellington.localRules,
      phone: '519-837-2600',
      phoneLabel: {
        en: 'County main line (not a housing line)',
        fr: 'Numéro général du comté (pas une ligne réservée au logement)',
      },
      source: wellington.localRules,
      confidence: 'high',
    },
    sources: [omssa, wellington.localRules],
    checked,
  },
  unverifiedMunicipal({
    id: 'grey',
    name: { en: 'Grey County', fr: 'Comté de Grey' },
    group: 'west',
    serviceManager: 'County of Grey',
  }),
  unverifiedMunicipal({
    id: 'bruce',
    name: { en: 'Bruce County', fr: 'Comté de Bruce' },
    group: 'west',
    serviceManager: 'County of Bruce',
  }),
  unverifiedMunicipal({
    id: 'huron',
    name: { en: 'Huron County', fr: 'Comté de Huron' },
    group: 'west',
    serviceManager: 'County of Huron',
  }),
  unverifiedMunicipal({
    id: 'stratford',
    name: { en: 'Stratford, Perth and St. Marys', fr: 'Stratford, Perth et St. Marys' },
    group: 'west',
    serviceManager: 'City of Stratford',
  }),
  unverifiedMunicipal({
    id: 'oxford',
    name: { en: 'Oxford County', fr: 'Comté d’Oxford' },
    group: 'west',
    serviceManager: 'County of Oxford',
  }),
  {
    id: 'london',
    name: { en: 'London and Middlesex', fr: 'London et Middlesex' },
    group: 'west',
    kind: 'municipal',
    serviceManager: legalName('City of London'),
    // Confirmed by lmhc.ca ("Housing Access Centre, run by the City of London"); service-managers.md gives no URL.
    serviceManagerVerified: true,
    sources: [omssa],
    checked,
  },
  unverifiedMunicipal({
    id: 'st-thomas',
    name: { en: 'St. Thomas and Elgin', fr: 'St. Thomas et Elgin' },
    group: 'west',
    serviceManager: 'City of St. Thomas',
  }),
  unverifiedMunicipal({
    id: 'lambton',
    name: { en: 'Lambton County', fr: 'Comté de Lambton' },
    group: 'west',
    serviceManager: 'County of Lambton',
  }),
  unverifiedMunicipal({
    id: 'chatham-kent',
    name: { en: 'Chatham-Kent', fr: 'Chatham-Kent' },
    group: 'west',
    serviceManager: 'Municipality of Chatham-Kent',
  }),
  unverifiedMunicipal({
    id: 'windsor',
    name: { en: 'Windsor and Essex', fr: 'Windsor et Essex' },
    group: 'west',
    serviceManager: 'City of Windsor',
  }),
  unverifiedMunicipal({
    id: 'brantford',
    name: { en: 'Brantford and Brant', fr: 'Brantford et Brant' },
    group: 'west',
    serviceManager: 'City of Brantford',
  }),
  unverifiedMunicipal({
    id: 'norfolk',
    name: { en: 'Norfolk and Haldimand', fr: 'Norfolk et Haldimand' },
    group: 'west',
    serviceManager: 'Norfolk County',
  }),

  // north
  unverifiedMunicipal({
    id: 'greater-sudbury',
    name: { en: 'Greater Sudbury', fr: 'Grand Sudbury' },
    group: 'north',
    serviceManager: 'City of Greater Sudbury',
  }),
  {
    id: 'algoma',
    name: { en: 'Algoma District (outside Sault Ste. Marie)', fr: 'District d’Algoma (sauf Sault Ste. Marie)' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('Algoma District Services Administration Board'),
    serviceManagerVerified: true,
    // The stored copy was "adsab.on.ca WP page 4100", which has no other URL; the page itself is the source.
    housing: { url: algoma.housing, source: algoma.housing, confidence: 'high' },
    sources: [dssabRegulation, algoma.housing],
    checked,
  },
  {
    id: 'cochrane',
    name: { en: 'Cochrane District', fr: 'District de Cochrane' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('District of Cochrane Social Service Administration Board'),
    serviceManagerVerified: true,
    housing: {
      url: cochrane.housing,
      phone: '705-268-7722',
      tollFree: '1-877-259-7722',
      source: cochrane.housing,
      confidence: 'high',
    },
    sources: [dssabRegulation, cochrane.housing, cochrane.faq],
    checked,
  },
  {
    id: 'kenora',
    name: { en: 'Kenora District', fr: 'District de Kenora' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('Kenora District Services Board'),
    serviceManagerVerified: true,
    housing: { url: kenora.housing, source: kenora.housing, confidence: 'high' },
    sources: [dssabRegulation, kenora.housing],
    checked,
  },
  {
    id: 'manitoulin-sudbury',
    name: { en: 'Manitoulin and Sudbury Districts', fr: 'Districts de Manitoulin et de Sudbury' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('Manitoulin-Sudbury District Services Board'),
    serviceManagerVerified: true,
    // The link comes from the MMAH list, as quoted by a public importer's test; the page itself was not seen.
    housing: { url: manitoulinSudbury.housing, source: mmahList, confidence: 'medium' },
    sources: [dssabRegulation, manitoulinSudbury.housing, mmahList],
    checked,
  },
  {
    id: 'nipissing',
    name: { en: 'Nipissing District', fr: 'District de Nipissing' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('District of Nipissing Social Services Administration Board'),
    serviceManagerVerified: true,
    housing: {
      url: nipissing.housing,
      phone: '705-472-2826',
      phoneLabel: { en: 'Housing Access Nipissing', fr: 'Housing Access Nipissing' },
      source: nipissing.housing,
      confidence: 'high',
    },
    sources: [dssabRegulation, nipissing.housing],
    checked,
  },
  {
    id: 'parry-sound',
    name: { en: 'Parry Sound District', fr: 'District de Parry Sound' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('District of Parry Sound Social Services Administration Board'),
    serviceManagerVerified: true,
    housing: {
      url: parrySound.housing,
      // The page gives this Housing Services number for landlords; no other housing number was found. The label
      // says so, and the contact is medium: it was not given for people looking for housing.
      phone: '1-877-767-6060',
      phoneLabel: {
        en: 'Housing Services, toll-free (the page gives this number for landlords)',
        fr: 'Services de logement, sans frais (la page donne ce numéro pour les propriétaires)',
      },
      source: parrySound.rentAssistance,
      confidence: 'medium',
    },
    sources: [dssabRegulation, parrySound.housing, parrySound.rentAssistance],
    checked: '2026-12-06',
  },
  {
    id: 'rainy-river',
    name: { en: 'Rainy River District', fr: 'District de Rainy River' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('Rainy River District Social Services Administration Board'),
    serviceManagerVerified: true,
    housing: { url: rainyRiver.housing, source: rainyRiver.housing, confidence: 'high' },
    sources: [dssabRegulation, rainyRiver.housing],
    checked,
  },
  {
    id: 'sault-ste-marie',
    name: { en: 'Sault Ste. Marie area', fr: 'Région de Sault Ste. Marie' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('District of Sault Ste. Marie Social Services Administration Board'),
    serviceManagerVerified: true,
    // The area: the City, the Township of Prince and the unorganized Sault North planning area (ontario-places.csv).
    // The link comes from the MMAH list, as quoted by a public importer's test; the page itself was not seen.
    housing: { url: saultSteMarie.housing, source: mmahList, confidence: 'medium' },
    sources: [dssabRegulation, saultSteMarie.housing, mmahList],
    checked,
  },
  {
    id: 'thunder-bay',
    name: { en: 'Thunder Bay District', fr: 'District de Thunder Bay' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('Thunder Bay District Social Services Administration Board'),
    serviceManagerVerified: true,
    housing: { url: thunderBay.housing, source: thunderBay.housing, confidence: 'high' },
    sources: [dssabRegulation, thunderBay.housing],
    checked,
  },
  {
    id: 'timiskaming',
    name: { en: 'Timiskaming District', fr: 'District de Timiskaming' },
    group: 'north',
    kind: 'district',
    serviceManager: legalName('District of Timiskaming Social Services Administration Board'),
    serviceManagerVerified: true,
    housing: { url: timiskaming.housing, source: timiskaming.housing, confidence: 'high' },
    sources: [dssabRegulation, timiskaming.housing],
    checked,
  },
];
