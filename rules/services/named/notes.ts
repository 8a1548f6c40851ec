/**
 * What the research says about an entry beyond the pages behind it: why a contact is medium, what was left out and
 * why, how an area or a need was mapped. For the people who keep the directory, keyed by entry id in the order of
 * the lists (each note was a comment beside its entry when the tables were TypeScript). Kept apart from
 * ./provenance.ts, which the services page ships to show sources and days checked: the tests and the build read
 * these notes, the browser never does. A test checks that each one names an entry.
 */
export const namedNotes: Readonly<Record<string, readonly string[]>> = {
  'covenant-house-toronto': [
    "The street address is from Wikipedia (medium); the shelter's own page says it is open 24/7. No phone number was found in a citable source.",
  ],
  'fcj-refugee-centre': [
    'Province-wide: its mobile program serves migrant workers and reaches out beyond the GTA (2019, secondary).',
  ],
  'ncourage-peel': [
    "The Region's page sends callers to the Canadian Human Trafficking Hotline: no local number was found.",
  ],
  beendigen: [
    'From the executive director, quoted in 2020 news (medium). The local crisis line is written 807-346-HELP there; it is left out because the research files never write it in digits.',
  ],
  'womens-house-bruce-grey': ['From 2023 copies of its own release (medium).'],
  'cochrane-victim-services': [
    'A local news story gives these numbers for donations (medium); no other number was found.',
  ],
  'victim-services-windsor-essex': [
    'A business line given in 2023 news (medium); whether it answers at all hours was not stated.',
  ],
  'ccas-toronto': ['Medium in the research: taken from service-facts.md §18 and not re-seen.'],
  'hamilton-cfs': ["The numbers come from a partner agency's page (medium)."],
  'waterloo-facs': ["A police page gives this number for the society's Sexual Abuse Treatment Program (medium)."],
  'bruce-grey-cfs': [
    "The numbers come from a 2025 news item (medium); the society's own page says it answers by phone at any time.",
  ],
  'huron-perth-cas': ["Two offices: Goderich (the area left besides Stratford's own is Huron) and Stratford."],
  'linck-chatham-kent': ['The main line, cited in 2020 news for mental-health intake (medium).'],
  'grand-erie-cfs': ["Shown on the society's foundation site (medium)."],
  'haldimand-norfolk-cas': [
    'High in the research, but the page may predate a merger into Child and Family Services of Grand Erie that was not confirmed: medium here.',
  ],
  'renfrew-fcs': ['From a 2020 news item (medium).'],
  neofacs: ["Listed by a children's treatment centre (medium)."],
  ncfst: ["The programs come from an MPP's copy of the 2021 funding release (medium)."],
  'kina-gbezhgomi': ['Official, but from a March 2020 notice on pandemic call routing (medium).'],
  'assaulted-womens-helpline': [
    "A shelter's page (medium). The toll-free and TTY numbers are not in any citable page: left out.",
  ],
  'toronto-central-intake': ['From an older City page and Social Planning Toronto (medium).'],
  femaide: ['The number and its 24/7 hours are from French-language press (medium).'],
  'suicide-crisis-988': ["The French name is from Kids Help Phone's French page, not 988's own (medium)."],
  'kids-help-phone': ["CONNECT is on the service's own page (high); TEXTO for French is from 2018 news (medium)."],
  'hope-for-wellness': ['The sources write the address without https:// or www., so none is added.'],
  'legal-aid-ontario': ["The priority line is from CLEO's handbook (a legal-information site: medium)."],
  'law-society-referral-service': [
    'The own page is cut off after "1-855-9"; the rest is from third-party code (medium).',
  ],
  'mens-counselling-link': [
    'Not a victim-services line (the research routes male survivors to the hotline and the Victim Support Line first), so it meets no need here; it stays in the directory for men who look for it.',
  ],
};
