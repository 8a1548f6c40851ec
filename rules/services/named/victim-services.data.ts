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
import type { NamedServiceCard } from '../named.schema';
import { allDay } from './common';

const vqrpNeeds = ['safety-planning', 'tattoo-removal', 'addiction', 'id-replacement'] as const;
const vcaoAgency = {
  en: 'Crisis help, safety planning and emergency funds (VQRP+) for victims of crime.',
  fr: 'Aide de crise, plan de sécurité et fonds d’urgence (PIRV+) pour les victimes d’actes criminels.',
};

export const victimServicesData: NamedServiceCard[] = [
  {
    kind: 'victim-services',
    id: 'hamilton-police-victim-services',
    name: 'Hamilton Police Service Victim Services Branch',
    desc: {
      en: 'Police victim services: practical help, emotional support and referrals, including for trafficking.',
      fr: 'Services aux victimes de la police : aide pratique, soutien émotionnel et orientation, y compris pour la traite.',
    },
    areas: ['hamilton'],
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '905-546-4904',
        hours: allDay,
        confidence: 'high',
      },
      {
        kind: 'web',
        url: 'https://hamiltonpolice.on.ca/prevention/human-trafficking',
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    kind: 'victim-services',
    id: 'victim-services-middlesex-london',
    name: 'Victim Services of Middlesex-London',
    desc: vcaoAgency,
    areas: ['london'],
    needs: [...vqrpNeeds],
    contacts: [
      { kind: 'phone', number: '519-661-5636', confidence: 'high' },
      { kind: 'web', url: 'https://vsmiddlesex.org', confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    kind: 'victim-services',
    id: 'victim-services-bruce-grey-perth',
    name: 'Victim Services Bruce Grey Perth',
    desc: vcaoAgency,
    areas: ['bruce', 'grey', 'stratford'],
    needs: [...vqrpNeeds],
    contacts: [
      {
        kind: 'phone',
        number: '1-866-376-9852',
        tollFree: true,
        hours: allDay,
        label: { en: '24-hour line', fr: 'Ligne 24 heures sur 24' },
        confidence: 'high',
      },
      {
        kind: 'phone',
        number: '1-888-577-3111',
        tollFree: true,
        label: { en: 'Office (not answered at all hours)', fr: 'Bureau (pas de réponse en tout temps)' },
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    kind: 'victim-services',
    id: 'cochrane-victim-services',
    name: 'Cochrane Smooth Rock Falls Victim Services aux Victimes',
    desc: {
      en: 'Victim services for Cochrane and Smooth Rock Falls, with crisis help at any time.',
      fr: 'Services aux victimes de Cochrane et de Smooth Rock Falls, avec de l’aide de crise en tout temps.',
    },
    areas: ['cochrane'],
    needs: [],
    // A local news story gives these numbers for donations (medium); no other number was found.
    contacts: [
      {
        kind: 'phone',
        number: '705-272-2598',
        label: {
          en: 'Cochrane (the source gives this number for donations)',
          fr: 'Cochrane (la source donne ce numéro pour les dons)',
        },
        confidence: 'medium',
      },
      {
        kind: 'phone',
        number: '705-338-2188',
        label: {
          en: 'Smooth Rock Falls (the source gives this number for donations)',
          fr: 'Smooth Rock Falls (la source donne ce numéro pour les dons)',
        },
        confidence: 'medium',
      },
    ],
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
        confidence: 'high',
      },
    ],
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
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    kind: 'victim-services',
    id: 'timmins-victim-services',
    name: 'Timmins & District Victim Services',
    desc: {
      en: 'Victim services in Timmins. It helps trafficking victims get emergency funds (VQRP+).',
      fr: 'Services aux victimes à Timmins. Aide les victimes de la traite à obtenir des fonds d’urgence (PIRV+).',
    },
    areas: ['cochrane'],
    needs: ['tattoo-removal', 'addiction', 'id-replacement'],
    contacts: [
      {
        kind: 'web',
        url: 'http://timminsvictimservices.ca',
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    kind: 'victim-services',
    id: 'sudbury-area-victim-services',
    name: 'Sudbury and Area Victim Services',
    desc: {
      en: 'Crisis help at any time for all ages, with a team for human trafficking.',
      fr: 'Aide de crise en tout temps pour tous les âges, avec une équipe sur la traite des personnes.',
    },
    areas: ['greater-sudbury'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://www.savs.ca', confidence: 'high' }],
    confidence: 'medium',
  },
];
