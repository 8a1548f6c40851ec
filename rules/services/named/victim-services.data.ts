/**
 * Local victim services, from shared/reference/victim-services.md (agencies with a phone at high or medium
 * confidence) and shared/reference/local-organizations.md (victim services with their own web page, rows 56 and 57).
 * Victim Crisis Assistance Ontario (VCAO) agencies deliver VQRP+ (service-facts.md §5), so an agency the research
 * confirms as VCAO, or as a VQRP+ provider, meets the needs VQRP+ pays for (tattoo removal, addiction recovery, ID
 * replacement) and VCAO's safety planning. Every other area is left to the Victim Support Line (a category).
 *
 * Left out, with no confirmed number or page: the agencies of Toronto, Durham, Peel, Halton, Ottawa, Waterloo,
 * Wellington, Haldimand-Norfolk, Chatham-Kent, Simcoe, Muskoka, Kingston, Prescott-Russell, Nipissing,
 * Manitoulin-Northshore and Algoma; the Windsor Police Victim Assistance Unit (its number and the agency's come from
 * two news pages, and which page gives which was not recorded).
 */
import type { NamedServiceInput } from '../named.schema';
import { allDay, checked, high, medium } from './common';

const vqrpNeeds = ['safety-planning', 'tattoo-removal', 'addiction', 'id-replacement'] as const;

export const victimServicesData: NamedServiceInput[] = [
  {
    kind: 'victim-services',
    id: 'hamilton-police-victim-services',
    name: 'Hamilton Police Service Victim Services Branch',
    desc: {
      en: 'Victim services run by the Hamilton police. Staff give practical help, emotional support and referrals, including to victims of human trafficking.',
      fr: 'Services aux victimes de la police de Hamilton. Le personnel offre de l’aide pratique, du soutien émotionnel et de l’orientation, y compris aux victimes de la traite des personnes.',
    },
    areas: ['hamilton'],
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '905-546-4904',
        hours: allDay,
        source: 'https://hamiltonpolice.on.ca/victim-services/services-support',
        ...high,
      },
      {
        kind: 'web',
        url: 'https://hamiltonpolice.on.ca/prevention/human-trafficking',
        source: 'https://hamiltonpolice.on.ca/prevention/human-trafficking',
        ...high,
      },
    ],
    checked,
    confidence: 'high',
  },
  {
    kind: 'victim-services',
    id: 'victim-services-middlesex-london',
    name: 'Victim Services of Middlesex-London',
    desc: {
      en: 'Crisis help, safety planning and emergency funds (VQRP+) for victims of crime in London, Middlesex County and three First Nations.',
      fr: 'De l’aide en situation de crise, un plan de sécurité et des fonds d’urgence (PIRV+) pour les victimes d’actes criminels à London, dans le comté de Middlesex et dans trois Premières Nations.',
    },
    areas: ['london'],
    needs: [...vqrpNeeds],
    contacts: [
      { kind: 'phone', number: '519-661-5636', source: 'https://www.londonpolice.ca/crime-prevention/information-for-victims-of-crime', ...high },
      { kind: 'web', url: 'https://vsmiddlesex.org', source: 'https://vsmiddlesex.org/about/history', ...high },
    ],
    sources: ['https://www.ontario.ca/document/2025-2026-mccss-service-objectives-community-services/2025-2026-services-delivered-victim'],
    checked,
    confidence: 'high',
  },
  {
    kind: 'victim-services',
    id: 'victim-services-bruce-grey-perth',
    name: 'Victim Services Bruce Grey Perth',
    desc: {
      en: 'Crisis help, safety planning and emergency funds (VQRP+) for victims of crime in Bruce, Grey and Perth.',
      fr: 'De l’aide en situation de crise, un plan de sécurité et des fonds d’urgence (PIRV+) pour les victimes d’actes criminels dans Bruce, Grey et Perth.',
    },
    areas: ['bruce', 'grey', 'stratford'],
    needs: [...vqrpNeeds],
    contacts: [
      {
        kind: 'phone',
        number: '1-866-376-9852',
        tollFree: true,
        hours: allDay,
        label: { en: '24-hour line', fr: 'Ligne 24 heures sur 24' },
        source: 'http://www.vsbgp.com/services/victim-crisis-assistance-referral-service',
        ...high,
      },
      {
        kind: 'phone',
        number: '1-888-577-3111',
        tollFree: true,
        label: { en: 'Office (not answered at all hours)', fr: 'Bureau (pas de réponse en tout temps)' },
        source: 'http://www.vsbgp.com/services/victim-crisis-assistance-referral-service',
        ...high,
      },
    ],
    sources: ['https://www.ontario.ca/document/2025-2026-mccss-service-objectives-community-services/2025-2026-services-delivered-victim'],
    checked,
    confidence: 'high',
  },
  {
    kind: 'victim-services',
    id: 'cochrane-victim-services',
    name: 'Cochrane Smooth Rock Falls Victim Services aux Victimes',
    desc: {
      en: 'Victim services for Cochrane and Smooth Rock Falls, with crisis help at any time.',
      fr: 'Services aux victimes de Cochrane et de Smooth Rock Falls, avec de l’aide en situation de crise en tout temps.',
    },
    areas: ['cochrane'],
    needs: [],
    // A local news story gives these numbers for donations (medium); no other number was found.
    contacts: [
      {
        kind: 'phone',
        number: '705-272-2598',
        label: { en: 'Cochrane (the source gives this number for donations)', fr: 'Cochrane (la source donne ce numéro pour les dons)' },
        source: 'https://www.cochranetimespost.ca/news/local-news/everyone-needs-a-lifeline',
        ...medium,
      },
      {
        kind: 'phone',
        number: '705-338-2188',
        label: {
          en: 'Smooth Rock Falls (the source gives this number for donations)',
          fr: 'Smooth Rock Falls (la source donne ce numéro pour les dons)',
        },
        source: 'https://www.cochranetimespost.ca/news/local-news/everyone-needs-a-lifeline',
        ...medium,
      },
    ],
    checked,
    confidence: 'medium',
  },
  {
    kind: 'victim-services',
    id: 'peterborough-police-victim-services',
    name: 'Peterborough Police Service Victim Services Unit',
    desc: {
      en: 'The victim services unit of the Peterborough police.',
      fr: 'L’unité des services aux victimes de la police de Peterborough.',
    },
    areas: ['peterborough'],
    needs: [],
    contacts: [
      {
        kind: 'phone',
        number: '705-876-1122',
        ext: '268',
        source: 'https://www.peterboroughpolice.com/learn/investigative-services/victim-services/',
        ...high,
      },
    ],
    checked,
    confidence: 'high',
  },
  {
    kind: 'victim-services',
    id: 'victim-services-windsor-essex',
    name: 'Victim Services of Windsor and Essex County',
    desc: {
      en: 'Victim services for Windsor and Essex County.',
      fr: 'Services aux victimes de Windsor et du comté d’Essex.',
    },
    areas: ['windsor'],
    needs: [],
    // A business line given in 2023 news (medium); whether it answers at all hours was not stated.
    contacts: [
      {
        kind: 'phone',
        number: '519-723-2711',
        label: { en: 'Business line', fr: 'Ligne d’affaires' },
        source: 'https://www.iheartradio.ca/am800/news/wps-supports-windsor-city-council-in-declaring-ipv-an-epidemic-1.20070164',
        ...medium,
      },
    ],
    sources: ['http://themediaplex.com/real-time-support-now-offered-for-ipv-victims'],
    checked,
    confidence: 'medium',
  },
  {
    kind: 'victim-services',
    id: 'timmins-victim-services',
    name: 'Timmins & District Victim Services',
    desc: {
      en: 'Victim services in Timmins. It helps victims of human trafficking and can help them get emergency funds (VQRP+).',
      fr: 'Services aux victimes à Timmins. L’organisme aide les victimes de la traite des personnes et peut les aider à obtenir des fonds d’urgence (PIRV+).',
    },
    areas: ['cochrane'],
    needs: ['tattoo-removal', 'addiction', 'id-replacement'],
    contacts: [
      {
        kind: 'web',
        url: 'http://timminsvictimservices.ca',
        source: 'http://timminsvictimservices.ca/index.php?option=com_k2&view=item&id=251',
        ...medium,
      },
    ],
    sources: ['https://northernontario.ctvnews.ca/alarming-human-trafficking-stats-in-timmins-signs-evolving-1.6788453'],
    checked,
    confidence: 'medium',
  },
  {
    kind: 'victim-services',
    id: 'sudbury-area-victim-services',
    name: 'Sudbury and Area Victim Services',
    desc: {
      en: 'Crisis help at any time for children, youth and adults in Greater Sudbury. Its human trafficking team takes every trafficking call from the local police.',
      fr: 'De l’aide en situation de crise en tout temps pour les enfants, les jeunes et les adultes du Grand Sudbury. Son équipe sur la traite des personnes reçoit tous les appels de la police locale à ce sujet.',
    },
    areas: ['greater-sudbury'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://www.savs.ca', source: 'https://www.savs.ca/copy-of-about', ...high }],
    sources: ['https://openparliament.ca/committees/status-of-women/44-1/64/tiffany-pyoli-york-9/only'],
    checked,
    confidence: 'medium',
  },
];
