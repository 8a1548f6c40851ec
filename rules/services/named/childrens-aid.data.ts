/**
 * Children's aid societies and Indigenous child and family well-being societies, from
 * shared/reference/childrens-aid-societies.md: one entry per society with a phone number at high or medium
 * confidence there, with the service-manager areas the file gives. Areas the file marks "(gk)" (general knowledge,
 * no stored page) are in `areasUnconfirmed`. Hours are given only where the file says the number answers at any
 * time ("24/7", "24 hours a day", "day or night", "always someone available").
 *
 * Left out, with no confirmed number: Sarnia-Lambton, Oxford, Valoris (Prescott-Russell), Nipissing and Parry
 * Sound, Algoma, Kenora-Rainy River Districts, Dilico, Weechi-it-te-win, Anishinaabe Abinoojii, Nogdawindamin.
 */
import type { NamedServiceCard } from '../named.schema';
import { afterHours, allDay, businessHours, tty } from './common';

const protects = {
  en: 'Protects children under 18. Call if you are worried about a child.',
  fr: 'Protège les enfants de moins de 18 ans. Appelez si vous craignez pour un enfant.',
};
const catholicSociety = {
  en: "Children's aid for Catholic families: protects children under 18.",
  fr: 'Société d’aide à l’enfance pour les familles catholiques : protège les enfants de moins de 18 ans.',
};
const indigenousSociety = {
  en: "Children's aid for Indigenous families: protects children under 18.",
  fr: 'Société d’aide à l’enfance pour les familles autochtones : protège les enfants de moins de 18 ans.',
};
const firstNationsSociety = {
  en: "Children's aid for the members of its First Nations: protects children under 18.",
  fr: 'Société d’aide à l’enfance pour les membres de ses Premières Nations : protège les enfants de moins de 18 ans.',
};

const mainLine = { en: 'Main line', fr: 'Numéro principal' };

const base = { kind: 'childrens-aid' as const, needs: [] };

export const childrensAidData: NamedServiceCard[] = [
  {
    ...base,
    id: 'cas-toronto',
    name: "Children's Aid Society of Toronto",
    desc: protects,
    areas: ['toronto'],
    contacts: [
      { kind: 'phone', number: '416-924-4646', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '1-866-527-0833', tollFree: true, hours: allDay, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'ccas-toronto',
    name: "Catholic Children's Aid Society of Toronto",
    desc: catholicSociety,
    areas: ['toronto'],
    audience: ['catholic'],
    // Medium in the research: taken from service-facts.md §18 and not re-seen.
    contacts: [{ kind: 'phone', number: '416-395-1500', hours: allDay, confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'jfcs-toronto',
    name: 'Jewish Family & Child Service of Greater Toronto',
    desc: {
      en: "Children's aid for Jewish families: protects children under 18.",
      fr: 'Société d’aide à l’enfance pour les familles juives : protège les enfants de moins de 18 ans.',
    },
    areas: ['toronto'],
    audience: ['jewish'],
    contacts: [
      { kind: 'phone', number: '416-638-7800', ext: '6234', confidence: 'high' },
      {
        kind: 'phone',
        number: '1-800-404-1393',
        hours: afterHours,
        label: { en: 'Answering service', fr: 'Service de réponse' },
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'durham-cas',
    name: "Durham Children's Aid Society",
    desc: protects,
    areas: ['durham'],
    contacts: [{ kind: 'phone', number: '905-433-1551', hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'peel-cas',
    name: "Peel Children's Aid Society",
    desc: protects,
    areas: ['peel'],
    contacts: [{ kind: 'phone', number: '905-363-6131', hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'york-cas',
    name: "York Region Children's Aid Society",
    desc: protects,
    areas: ['york'],
    contacts: [
      { kind: 'phone', number: '905-895-2318', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '1-800-718-3850', tollFree: true, hours: allDay, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'halton-cas',
    name: "Halton Children's Aid Society",
    desc: protects,
    areas: ['halton'],
    contacts: [
      { kind: 'phone', number: '905-333-4441', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '866-607-5437', tollFree: true, hours: allDay, confidence: 'high' },
      { kind: 'tty', label: { en: 'TTY: dial 711', fr: 'ATS : composez le 711' }, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'hamilton-cfs',
    name: 'Hamilton Child and Family Supports',
    desc: {
      en: "Hamilton's children's aid society, formerly the Children's Aid Society of Hamilton.",
      fr: 'La société d’aide à l’enfance de Hamilton, autrefois Children’s Aid Society of Hamilton.',
    },
    areas: ['hamilton'],
    // The numbers come from a partner agency's page (medium).
    contacts: [
      { kind: 'phone', number: '905-522-1121', confidence: 'medium' },
      { kind: 'phone', number: '905-522-8053', hours: afterHours, confidence: 'medium' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'ccas-hamilton',
    name: "Catholic Children's Aid Society of Hamilton",
    desc: catholicSociety,
    areas: ['hamilton'],
    audience: ['catholic'],
    contacts: [
      { kind: 'phone', number: '905-525-2012', hours: businessHours, confidence: 'high' },
      {
        kind: 'phone',
        number: '1-855-550-3571',
        label: { en: 'In French', fr: 'En français' },
        confidence: 'high',
      },
      { kind: 'phone', number: '905-522-8053', hours: afterHours, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'ottawa-cas',
    name: "Children's Aid Society of Ottawa",
    desc: protects,
    areas: ['ottawa'],
    contacts: [{ kind: 'phone', number: '613-747-7800', confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'waterloo-facs',
    name: "Family & Children's Services of the Waterloo Region",
    desc: protects,
    areas: ['waterloo'],
    // A police page gives this number for the society's Sexual Abuse Treatment Program (medium).
    contacts: [{ kind: 'phone', number: '519-576-0540', confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'niagara-facs',
    name: "Family and Children's Services Niagara",
    desc: protects,
    areas: ['niagara'],
    contacts: [
      { kind: 'phone', number: '905-937-7731', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '888-937-7731', tollFree: true, hours: allDay, confidence: 'high' },
      { kind: 'tty', number: '905-937-8105', label: tty, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'guelph-wellington-fcs',
    name: "Family and Children's Services of Guelph and Wellington County",
    desc: protects,
    areas: ['wellington'],
    contacts: [
      { kind: 'phone', number: '519-824-2410', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '1-800-265-8300', tollFree: true, hours: allDay, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'dufferin-cfs',
    name: 'Dufferin Child and Family Services',
    desc: protects,
    areas: ['dufferin'],
    contacts: [{ kind: 'phone', number: '519-941-1530', hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'family-connexions',
    name: 'Simcoe Muskoka Family Connexions',
    desc: protects,
    areas: ['simcoe', 'muskoka'],
    contacts: [{ kind: 'phone', number: '1-800-461-4236', tollFree: true, hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'bruce-grey-cfs',
    name: 'Bruce Grey Child & Family Services',
    desc: protects,
    areas: ['bruce', 'grey'],
    // The numbers come from a 2025 news item (medium); the society's own page says it answers by phone at any time.
    contacts: [
      { kind: 'phone', number: '519-372-2526', hours: allDay, confidence: 'medium' },
      { kind: 'phone', number: '1-877-552-4453', tollFree: true, hours: allDay, confidence: 'medium' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'huron-perth-cas',
    name: "Huron-Perth Children's Aid Society",
    desc: protects,
    areas: ['huron', 'stratford'],
    // Two offices: Goderich (the area left besides Stratford's own is Huron) and Stratford.
    contacts: [
      {
        kind: 'phone',
        number: '519-524-7356',
        label: { en: 'Goderich office', fr: 'Bureau de Goderich' },
        region: 'huron',
        confidence: 'high',
      },
      {
        kind: 'phone',
        number: '1-800-265-5198',
        tollFree: true,
        label: { en: 'Goderich office', fr: 'Bureau de Goderich' },
        region: 'huron',
        confidence: 'high',
      },
      {
        kind: 'phone',
        number: '519-271-5290',
        label: { en: 'Stratford office', fr: 'Bureau de Stratford' },
        region: 'stratford',
        confidence: 'high',
      },
      {
        kind: 'phone',
        number: '1-800-668-5094',
        tollFree: true,
        label: { en: 'Stratford office', fr: 'Bureau de Stratford' },
        region: 'stratford',
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'london-cas',
    name: "Children's Aid Society of London and Middlesex",
    desc: protects,
    areas: ['london'],
    contacts: [{ kind: 'phone', number: '519-455-9000', hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'elgin-fcs',
    name: "Family and Children's Services of St. Thomas and Elgin",
    desc: protects,
    areas: ['st-thomas'],
    contacts: [
      { kind: 'phone', number: '519-631-1492', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '1-800-260-6960', tollFree: true, hours: allDay, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'windsor-essex-cas',
    name: "Windsor-Essex Children's Aid Society",
    desc: protects,
    areas: ['windsor'],
    contacts: [
      { kind: 'phone', number: '519-252-1171', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '519-322-0555', label: { en: 'Leamington', fr: 'Leamington' }, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'linck-chatham-kent',
    name: 'Linck Child, Youth and Family Supports',
    desc: {
      en: "Chatham-Kent's children's aid society, formerly Chatham-Kent Children's Services.",
      fr: 'La société d’aide à l’enfance de Chatham-Kent, autrefois Chatham-Kent Children’s Services.',
    },
    areas: ['chatham-kent'],
    // The main line, cited in 2020 news for mental-health intake (medium).
    contacts: [
      {
        kind: 'phone',
        number: '519-352-0440',
        label: mainLine,
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'grand-erie-cfs',
    name: 'Child and Family Services of Grand Erie',
    desc: {
      en: "Children's aid for Brantford and Brant County, formerly Brant Family and Children's Services.",
      fr: 'Société d’aide à l’enfance de Brantford et du comté de Brant, autrefois Brant Family and Children’s Services.',
    },
    areas: ['brantford'],
    // Shown on the society's foundation site (medium).
    contacts: [{ kind: 'phone', number: '1-888-753-8681', tollFree: true, confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'haldimand-norfolk-cas',
    name: "Children's Aid Society of Haldimand and Norfolk",
    desc: protects,
    areas: ['norfolk'],
    // High in the research, but the page may predate a merger into Child and Family Services of Grand Erie that
    // was not confirmed: medium here.
    contacts: [{ kind: 'phone', number: '1-888-227-5437', tollFree: true, hours: allDay, confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'kawartha-haliburton-cas',
    name: "Kawartha-Haliburton Children's Aid Society",
    desc: protects,
    areas: ['kawartha-lakes'],
    areasUnconfirmed: ['peterborough'],
    contacts: [
      { kind: 'phone', number: '705-743-9751', hours: allDay, confidence: 'high' },
      {
        kind: 'phone',
        number: '1-800-661-2843',
        tollFree: true,
        hours: allDay,
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'highland-shores-cas',
    name: "Highland Shores Children's Aid",
    desc: protects,
    areas: ['hastings'],
    areasUnconfirmed: ['northumberland', 'lennox-addington'],
    contacts: [{ kind: 'phone', number: '1-800-267-0570', tollFree: true, hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'frontenac-lennox-addington-facs',
    name: "Family and Children's Services of Frontenac, Lennox and Addington",
    desc: protects,
    areas: ['kingston', 'lennox-addington'],
    contacts: [{ kind: 'phone', number: '613-545-3227', label: mainLine, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'lanark-leeds-grenville-fcs',
    name: "Family and Children's Services of Lanark, Leeds and Grenville",
    desc: protects,
    areas: ['lanark', 'leeds-grenville'],
    contacts: [
      { kind: 'phone', number: '1-855-667-2726', tollFree: true, hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '613-498-2100', confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'renfrew-fcs',
    name: "Family and Children's Services of Renfrew County",
    desc: protects,
    areas: ['renfrew'],
    // From a 2020 news item (medium).
    contacts: [
      {
        kind: 'phone',
        number: '613-735-6866',
        hours: allDay,
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'sdg-cas',
    name: "Children's Aid Society of the United Counties of Stormont, Dundas & Glengarry",
    desc: protects,
    areas: ['cornwall'],
    contacts: [{ kind: 'phone', number: '613-933-2292', hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'sudbury-manitoulin-cas',
    name: "Children's Aid Society of the Districts of Sudbury and Manitoulin",
    desc: protects,
    areas: ['greater-sudbury', 'manitoulin-sudbury'],
    contacts: [{ kind: 'phone', number: '705-566-3113', hours: allDay, confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'neofacs',
    name: "North Eastern Ontario Family and Children's Services",
    desc: protects,
    areas: ['cochrane'],
    areasUnconfirmed: ['timiskaming'],
    // Listed by a children's treatment centre (medium).
    contacts: [{ kind: 'phone', number: '1-705-360-7100', confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'thunder-bay-cas',
    name: "Children's Aid Society of the District of Thunder Bay",
    desc: protects,
    areas: ['thunder-bay'],
    contacts: [
      { kind: 'phone', number: '807-343-6100', label: mainLine, confidence: 'high' },
      {
        kind: 'phone',
        number: '1-800-465-3905',
        tollFree: true,
        label: mainLine,
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },

  // Indigenous child and family well-being societies
  {
    ...base,
    id: 'ncfst',
    name: 'Native Child and Family Services of Toronto',
    desc: {
      en: 'Indigenous child and family services, with counselling, land-based retreats and life skills for youth at high risk.',
      fr: 'Services autochtones à l’enfance et à la famille, avec counseling, retraites sur le territoire et compétences de vie pour les jeunes à risque élevé.',
    },
    areas: ['toronto'],
    audience: ['indigenous', 'children', 'youth', '2slgbtq'],
    needs: ['counselling', 'cultural-supports', 'skills-training'],
    contacts: [
      {
        kind: 'phone',
        number: '416-969-8510',
        label: { en: 'Immediate concerns about a child', fr: 'Inquiétude immédiate au sujet d’un enfant' },
        confidence: 'high',
      },
      { kind: 'web', url: 'https://nativechild.org', confidence: 'high' },
    ],
    // The programs come from an MPP's copy of the 2021 funding release (medium).
    confidence: 'medium',
  },
  {
    ...base,
    id: 'dbcfs',
    name: 'Dnaagdawenmag Binnoojiiyag Child & Family Services',
    desc: indigenousSociety,
    areas: ['durham', 'york', 'kawartha-lakes'],
    areasUnconfirmed: ['peterborough'],
    audience: ['indigenous'],
    contacts: [
      {
        kind: 'phone',
        number: '1-844-523-2237',
        tollFree: true,
        label: { en: 'Child protection concerns', fr: 'Inquiétudes au sujet de la protection d’un enfant' },
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'tikinagan',
    name: 'Tikinagan Child and Family Services',
    desc: firstNationsSociety,
    areas: ['kenora', 'thunder-bay'],
    audience: ['first-nations'],
    contacts: [
      { kind: 'phone', number: '1-800-465-3624', tollFree: true, hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '807-737-3466', confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'kina-gbezhgomi',
    name: 'Kina Gbezhgomi Child and Family Services',
    desc: firstNationsSociety,
    areas: ['manitoulin-sudbury'],
    audience: ['first-nations'],
    // Official, but from a March 2020 notice on pandemic call routing (medium).
    contacts: [
      { kind: 'phone', number: '1-800-268-1899', tollFree: true, confidence: 'medium' },
      { kind: 'phone', number: '1-705-859-2100', confidence: 'medium' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'kunuwanimano',
    name: 'Kunuwanimano Child and Family Services',
    desc: indigenousSociety,
    areas: ['cochrane'],
    areasUnconfirmed: ['timiskaming'],
    audience: ['indigenous'],
    contacts: [{ kind: 'phone', number: '1-800-461-1293', tollFree: true, confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'payukotayno',
    name: 'Payukotayno James & Hudson Bay Family Services',
    desc: indigenousSociety,
    areas: [],
    areasUnconfirmed: ['cochrane'],
    audience: ['indigenous'],
    contacts: [{ kind: 'phone', number: '1-888-298-2916', tollFree: true, confidence: 'medium' }],
    confidence: 'medium',
  },
];
