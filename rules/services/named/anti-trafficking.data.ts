/**
 * Organizations that serve trafficking survivors, from the main table of shared/reference/local-organizations.md:
 * each row with a phone or a web page of its own at high or medium confidence there. Needs are mapped only from
 * what the row's "Offers" cell says the organization does; an organization whose program is not described meets no
 * need here and is still listed for its area.
 *
 * Elsewhere in the directory: ONWA (row 1) is the `onwa` category, with the same intake line and page; Fem'aide
 * (row 2) is in support.data.ts; Native Child and Family Services of Toronto (row 10) in childrens-aid.data.ts; the
 * victim services of Hamilton, Timmins and Sudbury (rows 25, 56, 57) in victim-services.data.ts.
 */
import type { NamedServiceCard } from '../named.schema';
import { allDay, crisisLine } from './common';

const base = { kind: 'anti-trafficking' } as const;

export const antiTraffickingData: NamedServiceCard[] = [
  {
    ...base,
    id: 'aocvf',
    name: 'Action ontarienne contre la violence faite aux femmes',
    desc: {
      en: 'French-language network against violence toward women. It trains workers; it offers no direct services.',
      fr: 'Réseau francophone contre la violence faite aux femmes. Il forme les intervenantes et intervenants, sans offrir de services directs.',
    },
    areas: 'ontario',
    audience: ['francophone', 'women'],
    needs: ['training', 'learn-more'],
    contacts: [{ kind: 'web', url: 'https://actionontarienne.ca', confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'salvation-army-msht',
    name: 'The Salvation Army Modern Slavery and Human Trafficking Response',
    desc: {
      en: 'Staff help survivors of sex or labour trafficking in Ontario.',
      fr: 'Du personnel aide les personnes survivantes de la traite à des fins sexuelles ou de travail forcé en Ontario.',
    },
    areas: 'ontario',
    needs: [],
    contacts: [
      {
        kind: 'web',
        url: 'https://salvationarmy.ca',
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'covenant-house-toronto',
    name: 'Covenant House Toronto',
    desc: {
      en: 'Crisis shelter open 24/7 for youth 16 to 24. Counselling, school and job help, and homes for young women leaving sex trafficking.',
      fr: 'Refuge d’urgence ouvert jour et nuit pour les 16 à 24 ans. Counseling, aide aux études et à l’emploi, et foyers pour les jeunes femmes qui sortent du trafic sexuel.',
    },
    areas: ['toronto'],
    audience: ['youth'],
    minAge: 16,
    maxAge: 24,
    needs: ['emergency-shelter', 'housing', 'counselling', 'skills-training'],
    contacts: [
      { kind: 'web', url: 'https://covenanthousetoronto.ca', confidence: 'high' },
      // The street address is from Wikipedia (medium); the shelter's own page says it is open 24/7. No phone number
      // was found in a citable source.
      {
        kind: 'address',
        address: '20 Gerrard Street East, Toronto',
        label: { en: 'Walk in', fr: 'Sans rendez-vous' },
        hours: allDay,
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'fcj-refugee-centre',
    name: 'FCJ Refugee Centre',
    desc: {
      en: 'Toronto-based help for people trafficked for sex or labour and migrants of any status: legal and immigration options, housing, work, counselling.',
      fr: 'Aide, depuis Toronto, aux victimes de la traite (sexuelle ou de travail forcé) et aux personnes migrantes de tout statut : droit, immigration, logement, emploi, counseling.',
    },
    // Province-wide: its mobile program serves migrant workers and reaches out beyond the GTA (2019, secondary).
    areas: 'ontario',
    audience: ['newcomers', 'migrant-workers'],
    needs: ['counselling', 'housing'],
    contacts: [
      {
        kind: 'text',
        number: '647-971-2153',
        app: 'whatsapp',
        label: {
          en: 'Migrant Workers Mobile Program',
          fr: 'Programme mobile pour les travailleuses et travailleurs migrants',
        },
        confidence: 'high',
      },
      { kind: 'web', url: 'https://www.fcjrefugeecentre.org', confidence: 'high' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'sickkids-scan',
    name: 'SickKids SCAN Program and Lotus Health',
    desc: {
      en: 'SickKids health and mental health care for children under 18 who are or may be sexually exploited or trafficked.',
      fr: 'Soins de santé physique et mentale à SickKids pour les moins de 18 ans qui sont ou pourraient être exploités sexuellement ou victimes de la traite.',
    },
    areas: ['toronto'],
    audience: ['children', 'youth'],
    maxAge: 17,
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '416-813-6275',
        label: {
          en: 'SCAN program, for a child under 16 after a sexual assault',
          fr: 'Programme SCAN, pour un enfant de moins de 16 ans après une agression sexuelle',
        },
        confidence: 'high',
      },
      { kind: 'web', url: 'https://www.sickkids.ca', confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'nwrct',
    name: "Native Women's Resource Centre of Toronto",
    desc: {
      en: 'Centre for Indigenous women in Toronto, with facts on trafficking and women with disabilities.',
      fr: 'Centre pour les femmes autochtones à Toronto, avec de l’information sur la traite et les femmes ayant un handicap.',
    },
    areas: ['toronto'],
    audience: ['indigenous', 'women'],
    needs: [],
    contacts: [
      {
        kind: 'web',
        url: 'https://nwrct.ca',
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'bridgenorth',
    name: 'BridgeNorth',
    desc: {
      en: 'Survivor-led group in Newmarket: a day program for youth 12 to 17 who were exploited or trafficked, and peer mentoring.',
      fr: 'Organisme dirigé par des personnes survivantes à Newmarket : programme de jour pour les 12 à 17 ans exploités ou victimes de la traite, et mentorat par les pairs.',
    },
    areas: ['york'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://bridgenorth.org', confidence: 'high' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'cedar-centre',
    name: 'Cedar Centre',
    desc: {
      en: 'Fast trauma therapy for sexually exploited children and youth, in the community or online.',
      fr: 'Thérapie rapide des traumatismes pour les enfants et les jeunes exploités sexuellement, dans la communauté ou en ligne.',
    },
    areas: ['york'],
    audience: ['children', 'youth'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://cedarcentre.ca', confidence: 'high' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'ncourage-peel',
    name: 'nCourage',
    desc: {
      en: "Peel's hub for sex trafficking survivors, mainly youth 12 to 24: health care, counselling, addiction help, legal aid, school, jobs, housing.",
      fr: 'Carrefour de Peel pour les victimes de trafic sexuel, surtout les 12 à 24 ans : santé, counseling, dépendances, aide juridique, études, emploi, logement.',
    },
    areas: ['peel'],
    audience: ['youth'],
    minAge: 12,
    needs: ['counselling', 'addiction', 'emergency-shelter', 'housing', 'skills-training'],
    // The Region's page sends callers to the Canadian Human Trafficking Hotline: no local number was found.
    contacts: [
      {
        kind: 'web',
        url: 'https://peelregion.ca/business/community-partnerships/human-sex-trafficking',
        confidence: 'high',
      },
      {
        kind: 'web',
        url: 'https://peelcas.org',
        label: {
          en: "Peel Children's Aid Society, which runs nCourage since February 2026",
          fr: 'Peel Children’s Aid Society, qui gère nCourage depuis février 2026',
        },
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'savis-halton',
    name: 'SAVIS of Halton',
    desc: {
      en: 'Sexual assault and violence support in Halton, with an anti-trafficking team for crisis help and outreach.',
      fr: 'Soutien en matière d’agression sexuelle et de violence à Halton, avec une équipe anti-traite pour les crises et le suivi.',
    },
    areas: ['halton'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'http://www.savisofhalton.org/human-trafficking/', confidence: 'high' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'cschn',
    name: 'Centre de santé communautaire Hamilton/Niagara',
    desc: {
      en: 'Therapy in French for francophone children and youth, with referrals and prevention.',
      fr: 'Psychothérapie en français pour les enfants et les jeunes francophones, avec orientation et prévention.',
    },
    areas: ['hamilton', 'niagara'],
    audience: ['francophone', 'children', 'youth'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://www.cschn.ca', confidence: 'high' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'ywca-niagara',
    name: 'YWCA Niagara Region',
    desc: {
      en: 'Crisis housing and trauma therapy for youth 16 to 24, and a safe house for women leaving trafficking.',
      fr: 'Logement de crise et thérapie des traumatismes pour les 16 à 24 ans, et maison sécuritaire pour les femmes qui sortent de la traite.',
    },
    areas: ['niagara'],
    audience: ['women', 'youth'],
    needs: ['emergency-shelter', 'housing', 'counselling'],
    contacts: [{ kind: 'web', url: 'https://www.ywcaniagararegion.ca', confidence: 'high' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'roberts-smart-centre',
    name: 'Roberts/Smart Centre',
    desc: {
      en: 'For youth 12 to 18: crisis support at any time, treatment, a residence and life skills. Services in French too.',
      fr: 'Pour les 12 à 18 ans : soutien de crise en tout temps, traitement, résidence et compétences de vie. Services en français.',
    },
    areas: ['ottawa'],
    audience: ['youth', 'francophone'],
    minAge: 12,
    maxAge: 18,
    needs: ['counselling', 'skills-training'],
    contacts: [{ kind: 'web', url: 'https://www.robertssmartcentre.com', confidence: 'high' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'tungasuvvingat-inuit',
    name: 'Tungasuvvingat Inuit',
    desc: {
      en: 'For Inuit 13 and older leaving sex work or trafficking: counsellors, an Inuk Elder, help with housing.',
      fr: 'Pour les Inuit de 13 ans et plus qui quittent le travail du sexe ou la traite : conseillères et conseillers, aîné inuk, aide au logement.',
    },
    areas: ['ottawa', 'toronto'],
    audience: ['inuit'],
    minAge: 13,
    needs: ['counselling', 'cultural-supports', 'housing'],
    contacts: [{ kind: 'web', url: 'https://www.tungasuvvingatinuit.ca', confidence: 'high' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'youturn',
    name: 'Youturn Youth Support Services',
    desc: {
      en: 'Targeted and long-term support for youth 12 to 25 in, or at risk of, trafficking.',
      fr: 'Soutien ciblé et à long terme pour les 12 à 25 ans touchés par la traite ou à risque.',
    },
    areas: ['ottawa'],
    audience: ['youth'],
    minAge: 12,
    maxAge: 25,
    needs: [],
    contacts: [
      {
        kind: 'phone',
        number: '613-789-0123',
        label: {
          en: 'Referral line (leave a message; not for emergencies)',
          fr: 'Ligne d’orientation (laissez un message ; pas pour les urgences)',
        },
        confidence: 'high',
      },
      { kind: 'web', url: 'https://youturn.ca/services/anti-human-trafficking/', confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'womens-resources-kawartha-lakes',
    name: "Women's Resources of Kawartha Lakes",
    desc: {
      en: 'Help to leave safely: emergency shelter, housing, food, clothing, ID and a companion to appointments.',
      fr: 'Aide pour partir en sécurité : refuge d’urgence, logement, nourriture, vêtements, pièces d’identité et accompagnement aux rendez-vous.',
    },
    areas: ['kawartha-lakes'],
    audience: ['women', 'youth'],
    needs: ['safety-planning', 'emergency-shelter', 'housing', 'id-replacement'],
    contacts: [{ kind: 'web', url: 'https://womensresources.ca/21776-2/', confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'kenora-chiefs-advisory',
    name: 'Kenora Chiefs Advisory',
    desc: {
      en: 'Support rooted in culture for Indigenous youth 13 to 24: counselling, mental health care and referrals.',
      fr: 'Soutien ancré dans la culture pour les jeunes autochtones de 13 à 24 ans : counseling, santé mentale et orientation.',
    },
    areas: ['kenora'],
    audience: ['indigenous', 'youth'],
    minAge: 13,
    maxAge: 24,
    needs: ['counselling', 'cultural-supports'],
    contacts: [
      {
        kind: 'web',
        url: 'https://www.kenorachiefs.org',
        confidence: 'high',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'beendigen',
    name: "Beendigen Anishinabe Women's Crisis Home & Family Healing Agency",
    desc: {
      en: 'Crisis home open 24/7 for Indigenous women and children in Thunder Bay, with walk-in counselling.',
      fr: 'Maison d’hébergement de crise ouverte jour et nuit pour les femmes et les enfants autochtones à Thunder Bay, avec counseling sans rendez-vous.',
    },
    areas: ['thunder-bay'],
    audience: ['indigenous', 'women'],
    needs: ['emergency-shelter', 'counselling'],
    contacts: [
      // From the executive director, quoted in 2020 news (medium). The local crisis line is written 807-346-HELP
      // there; it is left out because the research files never write it in digits.
      {
        kind: 'phone',
        number: '1-888-200-9997',
        tollFree: true,
        label: crisisLine,
        confidence: 'medium',
      },
      { kind: 'web', url: 'https://beendigen.com', confidence: 'high' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'indige-spheres',
    name: 'Indige-Spheres to Empowerment',
    desc: {
      en: 'Workshops on trafficking for Indigenous youth in northern Ontario, and a survivor network.',
      fr: 'Ateliers sur la traite pour les jeunes autochtones du Nord de l’Ontario, et réseau de personnes survivantes.',
    },
    areas: ['thunder-bay'],
    audience: ['indigenous', 'youth'],
    needs: ['learn-more'],
    contacts: [{ kind: 'web', url: 'http://indige-spheres.com/anti-human-trafficking/', confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'angels-of-hope',
    name: 'Angels of Hope Against Human Trafficking',
    desc: {
      en: 'Long-term support in English and French: counselling for mental health and addiction, peer groups, life skills.',
      fr: 'Soutien à long terme en français et en anglais : counseling en santé mentale et en dépendances, groupes de pairs, compétences de vie.',
    },
    areas: ['greater-sudbury'],
    needs: ['counselling', 'addiction', 'skills-training'],
    contacts: [
      {
        kind: 'web',
        url: 'https://www.aohagainsttrafficking.ca',
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'womens-house-bruce-grey',
    name: "Women's House Serving Bruce and Grey",
    desc: {
      en: 'Shelter organization for women at risk of harm, including trafficking. Crisis line open 24 hours.',
      fr: 'Organisme d’hébergement pour les femmes à risque de violence, y compris la traite. Ligne de crise ouverte 24 heures sur 24.',
    },
    areas: ['bruce', 'grey'],
    audience: ['women'],
    needs: ['emergency-shelter', 'counselling'],
    // From 2023 copies of its own release (medium).
    contacts: [
      {
        kind: 'phone',
        number: '1-800-265-3026',
        tollFree: true,
        hours: allDay,
        label: crisisLine,
        confidence: 'medium',
      },
      { kind: 'text', number: '226-930-0426', confidence: 'medium' },
    ],
    confidence: 'medium',
  },
];
