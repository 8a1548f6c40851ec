/**
 * Province-wide and national services for the needs beyond the hotline, from
 * shared/reference/province-wide-services.md (and Fem'aide from local-organizations.md row 2): a safe place to
 * stay now, counselling and crisis lines, addiction, ID, legal and labour help, and lines for 2SLGBTQ+ people and
 * men. Only contacts at high or medium confidence there; nothing from its list of outdated data.
 *
 * Left out: the Assaulted Women's Helpline's toll-free and TTY numbers and #SAFE, Fem'aide's TTY, text and site,
 * Talk4Healing's site, Covenant House's phone, the line for male survivors of sexual abuse (SSMSSA), JusticeNet's phone and
 * Kids Help Phone's chat (all low or not found); Trans Lifeline "24/7", YouthLine's phone, Talk Suicide Canada,
 * the Drug and Alcohol Helpline, Wellness Together, Toronto's old Central Intake number and the old LSO family-law
 * line (outdated); the Temporary Foreign Worker tip line's web page (the stored page is its Tagalog version).
 */
import type { NamedContactCard, NamedServiceCard } from '../named.schema';
import { allDay, crisisLine, tty } from './common';

const base = { kind: 'support' } as const;

const torontoShelters = 'https://www.toronto.ca/community-people/housing-shelter/homeless-help/shelters/';
const lso = 'https://lso.ca/public-resources/access-to-legal-services';
const weekdays8to5 = { en: 'Monday to Friday, 8 a.m. to 5 p.m.', fr: 'Du lundi au vendredi, de 8 h à 17 h' };
const gta = { en: 'Greater Toronto Area', fr: 'Région du grand Toronto' };
/** 2-1-1, answered at any time: 211 Ontario's own line, and the way to Men's Counselling Link. */
const line211: NamedContactCard = { kind: 'phone', number: '211', hours: allDay, confidence: 'high' };

export const supportData: NamedServiceCard[] = [
  // A safe place to stay now
  {
    ...base,
    id: 'ontario-211',
    name: '211 Ontario',
    desc: {
      en: 'Free, private help at any time to find shelters, crisis and addiction services, food and more, in 150+ languages.',
      fr: 'Aide gratuite et confidentielle en tout temps pour trouver refuges, services de crise et de dépendances, nourriture et plus, en plus de 150 langues.',
    },
    areas: 'ontario',
    needs: ['emergency-shelter', 'counselling', 'addiction'],
    contacts: [
      line211,
      { kind: 'phone', number: '1-877-330-3213', tollFree: true, hours: allDay, confidence: 'medium' },
      { kind: 'tty', number: '1-888-340-1001', label: tty, confidence: 'medium' },
      {
        kind: 'chat',
        url: 'https://211ontario.ca/chat/',
        hours: {
          en: 'Monday to Friday, 7 a.m. to 9 p.m. Eastern time',
          fr: 'Du lundi au vendredi, de 7 h à 21 h, heure de l’Est',
        },
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'sheltersafe',
    name: 'ShelterSafe.ca',
    desc: {
      en: "Map of shelters for women and children fleeing violence, with each one's 24-hour line. Staying is free.",
      fr: 'Carte des refuges pour les femmes et les enfants qui fuient la violence, avec la ligne 24 heures de chacun. Le séjour est gratuit.',
    },
    areas: 'canada',
    audience: ['women'],
    needs: ['emergency-shelter'],
    contacts: [{ kind: 'web', url: 'https://sheltersafe.ca', confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'assaulted-womens-helpline',
    name: "Assaulted Women's Helpline",
    desc: {
      en: 'Free, anonymous crisis counselling and safety planning for abused women, 24/7, in 200+ languages.',
      fr: 'Counseling de crise gratuit et anonyme et plan de sécurité pour les femmes victimes de violence, jour et nuit, en plus de 200 langues.',
    },
    areas: 'ontario',
    audience: ['women'],
    minAge: 16,
    needs: ['counselling', 'safety-planning', 'emergency-shelter'],
    contacts: [
      // A shelter's page (medium). The toll-free and TTY numbers are not in any citable page: left out.
      { kind: 'phone', number: '416-863-0511', label: gta, hours: allDay, confidence: 'medium' },
      { kind: 'web', url: 'https://www.awhl.org', confidence: 'high' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'toronto-central-intake',
    name: 'Central Intake, City of Toronto shelters',
    desc: {
      en: 'The City line that finds you an emergency shelter space, at any time. Free.',
      fr: 'La ligne de la Ville qui vous trouve une place en refuge d’urgence, en tout temps. Gratuit.',
    },
    areas: ['toronto'],
    needs: ['emergency-shelter'],
    contacts: [
      { kind: 'phone', number: '416-338-4766', hours: allDay, confidence: 'high' },
      { kind: 'phone', number: '311', confidence: 'high' },
      // From an older City page and Social Planning Toronto (medium).
      { kind: 'phone', number: '1-877-338-3398', tollFree: true, confidence: 'medium' },
      { kind: 'web', url: torontoShelters, confidence: 'high' },
    ],
    confidence: 'medium',
  },

  // Counselling and crisis lines
  {
    ...base,
    id: 'femaide',
    name: "Fem'aide",
    desc: {
      en: 'French-language line for women affected by violence: listening, support and referral.',
      fr: 'Ligne en français pour les femmes touchées par la violence : écoute, soutien et orientation.',
    },
    areas: 'ontario',
    audience: ['francophone', 'women'],
    needs: ['counselling'],
    // The number and its 24/7 hours are from French-language press (medium).
    contacts: [
      {
        kind: 'phone',
        number: '1-877-336-2433',
        tollFree: true,
        hours: allDay,
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'talk4healing',
    name: 'Talk4Healing',
    desc: {
      en: 'Helpline by and for Indigenous women: counselling, crisis support, safety planning. 14 Indigenous languages.',
      fr: 'Ligne d’aide par et pour les femmes autochtones : counseling, soutien de crise, plan de sécurité. 14 langues autochtones.',
    },
    areas: 'ontario',
    audience: ['indigenous', 'women'],
    needs: ['counselling', 'safety-planning', 'cultural-supports'],
    contacts: [{ kind: 'phone', number: '1-855-554-4325', tollFree: true, hours: allDay, confidence: 'medium' }],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'suicide-crisis-988',
    name: { en: '9-8-8 Suicide Crisis Helpline', fr: 'Ligne d’aide en cas de crise de suicide 9-8-8' },
    desc: {
      en: 'Call or text any time if you think about suicide or worry about someone. English or French.',
      fr: 'Appelez ou textez en tout temps si vous pensez au suicide ou vous inquiétez pour quelqu’un. En français ou en anglais.',
    },
    areas: 'canada',
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '988',
        hours: allDay,
        confidence: 'high',
      },
      {
        kind: 'text',
        number: '988',
        hours: allDay,
        confidence: 'high',
      },
    ],
    // The French name is from Kids Help Phone's French page, not 988's own (medium).
    confidence: 'medium',
  },
  {
    ...base,
    id: 'kids-help-phone',
    name: { en: 'Kids Help Phone', fr: 'Jeunesse, J’écoute' },
    desc: {
      en: 'Free, private counselling for young people about anything. Call or text any time, in English or French.',
      fr: 'Counseling gratuit et confidentiel pour les jeunes, sur tout sujet. Appelez ou textez en tout temps, en français ou en anglais.',
    },
    areas: 'canada',
    audience: ['children', 'youth'],
    needs: ['counselling'],
    contacts: [
      // CONNECT is on the service's own page (high); TEXTO for French is from 2018 news (medium).
      { kind: 'text', number: '686868', keyword: { en: 'CONNECT', fr: 'TEXTO' }, hours: allDay, confidence: 'medium' },
      {
        kind: 'phone',
        number: '1-800-668-6868',
        tollFree: true,
        hours: allDay,
        confidence: 'medium',
      },
      { kind: 'web', url: 'https://kidshelpphone.ca', confidence: 'high' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'good2talk',
    name: 'Good2Talk',
    desc: {
      en: 'Free counselling any time for college and university students: mental health, addiction, well-being.',
      fr: 'Counseling gratuit en tout temps pour les étudiantes et étudiants des collèges et universités : santé mentale, dépendances, bien-être.',
    },
    areas: 'ontario',
    audience: ['students'],
    needs: ['counselling', 'addiction'],
    contacts: [
      {
        kind: 'phone',
        number: '1-866-925-5454',
        tollFree: true,
        hours: allDay,
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'hope-for-wellness',
    name: 'Hope for Wellness Help Line',
    desc: {
      en: 'Counselling and crisis help any time for Indigenous people. Cree, Ojibway or Inuktitut on request.',
      fr: 'Counseling et aide de crise en tout temps pour les Autochtones. En cri, en ojibwé ou en inuktitut sur demande.',
    },
    areas: 'canada',
    audience: ['indigenous'],
    needs: ['counselling', 'cultural-supports'],
    contacts: [
      {
        kind: 'phone',
        number: '1-855-242-3310',
        tollFree: true,
        hours: allDay,
        confidence: 'medium',
      },
      {
        kind: 'chat',
        // The sources write the address without https:// or www., so none is added.
        url: 'http://hopeforwellness.ca',
        label: { en: 'Online chat (English and French)', fr: 'Clavardage (français et anglais)' },
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'sexual-assault-centres',
    name: 'Ontario Coalition of Rape Crisis Centres',
    desc: {
      en: 'Local crisis lines and counselling, and someone to go with you to hospital, police or court.',
      fr: 'Lignes de crise et counseling, et quelqu’un pour vous accompagner à l’hôpital, à la police ou au tribunal.',
    },
    areas: 'ontario',
    needs: ['counselling', 'court-support'],
    contacts: [
      {
        kind: 'web',
        url: 'https://sexualassaultsupport.ca/support/',
        label: {
          en: "Find your local centre's 24-hour crisis line",
          fr: 'Trouvez la ligne de crise 24 heures sur 24 du centre de votre région',
        },
        confidence: 'high',
      },
      {
        kind: 'web',
        url: 'http://www.sadvtreatmentcentres.net',
        label: {
          en: 'Hospital sexual assault and domestic violence treatment centres',
          fr: 'Centres hospitaliers de traitement des agressions sexuelles et de la violence conjugale',
        },
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'womens-college-sadvcc',
    name: "Women's College Hospital Sexual Assault/Domestic Violence Care Centre",
    desc: {
      en: 'Care any time for people 16 and older of any gender, up to 30 days after a sexual assault.',
      fr: 'Soins en tout temps pour les 16 ans et plus, de tout genre, jusqu’à 30 jours après une agression sexuelle.',
    },
    areas: ['toronto'],
    minAge: 16,
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '416-323-6040',
        hours: allDay,
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },

  // Addiction
  {
    ...base,
    id: 'connexontario',
    name: 'ConnexOntario',
    desc: {
      en: 'Free information any time on mental health and addiction services near you. Calls are recorded, and it may call emergency services if someone is at risk.',
      fr: 'Information gratuite en tout temps sur les services de santé mentale et de dépendances près de chez vous. Les appels sont enregistrés, et le service peut appeler les secours si une personne est en danger.',
    },
    areas: 'ontario',
    needs: ['addiction'],
    contacts: [
      {
        kind: 'phone',
        number: '1-866-531-2600',
        tollFree: true,
        hours: allDay,
        confidence: 'medium',
      },
      { kind: 'text', number: '247247', hours: allDay, confidence: 'medium' },
      { kind: 'web', url: 'https://www.connexontario.ca', confidence: 'high' },
    ],
    confidence: 'medium',
  },

  // ID
  {
    ...base,
    id: 'serviceontario',
    name: 'ServiceOntario',
    desc: {
      en: "Replace a health card, birth certificate or driver's licence. Some agencies get birth certificates free for people without a home.",
      fr: 'Remplacez une carte Santé, un certificat de naissance ou un permis de conduire. Certains organismes obtiennent un certificat de naissance gratuit pour les personnes sans abri.',
    },
    areas: 'ontario',
    needs: ['id-replacement'],
    contacts: [
      {
        kind: 'phone',
        number: '1-800-267-8097',
        tollFree: true,
        label: { en: 'General contact centre', fr: 'Centre d’information général' },
        hours: { en: 'Monday to Friday, 8:30 a.m. to 5 p.m.', fr: 'Du lundi au vendredi, de 8 h 30 à 17 h' },
        confidence: 'medium',
      },
      {
        kind: 'phone',
        number: '1-800-268-1154',
        tollFree: true,
        label: { en: 'Health card questions', fr: 'Questions sur la carte Santé' },
        confidence: 'medium',
      },
      {
        kind: 'web',
        url: 'https://www.ontario.ca/page/replace-drivers-licence',
        label: { en: "Replace a driver's licence", fr: 'Remplacer un permis de conduire' },
        confidence: 'high',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'service-canada-sin',
    name: 'Service Canada',
    desc: {
      en: 'A Social Insurance Number (SIN) is free. Apply online or by mail.',
      fr: 'Le numéro d’assurance sociale (NAS) est gratuit. Demandez-le en ligne ou par la poste.',
    },
    areas: 'canada',
    needs: ['id-replacement'],
    contacts: [
      {
        kind: 'phone',
        number: '1-800-206-7218',
        tollFree: true,
        label: {
          en: 'Social Insurance Number (SIN): choose option 3',
          fr: 'Numéro d’assurance sociale (NAS) : choisissez l’option 3',
        },
        confidence: 'medium',
      },
      {
        kind: 'web',
        url: 'https://www.canada.ca/en/employment-social-development/services/sin/apply.html',
        label: { en: 'Apply for a SIN', fr: 'Demander un NAS (en anglais)' },
        confidence: 'high',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'passport-program',
    name: 'Passport Program (Immigration, Refugees and Citizenship Canada)',
    desc: {
      en: 'Report a lost or stolen Canadian passport as soon as you can, then apply for a new one.',
      fr: 'Signalez le plus tôt possible un passeport canadien perdu ou volé, puis demandez-en un nouveau.',
    },
    areas: 'canada',
    needs: ['id-replacement'],
    contacts: [
      {
        kind: 'phone',
        number: '1-800-567-6868',
        tollFree: true,
        label: { en: 'Lost or stolen passport', fr: 'Passeport perdu ou volé' },
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },

  // Legal and labour help
  {
    ...base,
    id: 'legal-aid-ontario',
    name: 'Legal Aid Ontario',
    desc: {
      en: 'Free legal help for people with low incomes: advice by phone, lawyers at court, help paying a lawyer.',
      fr: 'Aide juridique gratuite pour les personnes à faible revenu : conseils au téléphone, avocates et avocats au tribunal, aide pour payer les frais d’avocat.',
    },
    areas: 'ontario',
    needs: ['court-support', 'restraining-order'],
    contacts: [
      { kind: 'phone', number: '1-800-668-8258', tollFree: true, hours: weekdays8to5, confidence: 'high' },
      { kind: 'phone', number: '416-979-1446', label: gta, hours: weekdays8to5, confidence: 'high' },
      {
        kind: 'tty',
        number: '1-800-855-0511',
        label: { en: 'Bell Relay', fr: 'Service de relais Bell' },
        confidence: 'high',
      },
    ],
    // The priority line is from CLEO's handbook (a legal-information site: medium).
    confidence: 'medium',
  },
  {
    ...base,
    id: 'steps-to-justice',
    name: { en: 'Steps to Justice', fr: 'Justice pas-à-pas' },
    desc: {
      en: 'Free, plain-language legal information for Ontario, with guides, forms and lists of services.',
      fr: 'Information juridique gratuite et en langage clair pour l’Ontario, avec guides, formulaires et listes de services.',
    },
    areas: 'ontario',
    needs: ['court-support', 'restraining-order'],
    contacts: [
      {
        kind: 'web',
        url: 'https://stepstojustice.ca',
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'law-society-referral-service',
    name: 'Law Society Referral Service',
    desc: {
      en: 'Names a lawyer or paralegal who gives a free consultation of up to 30 minutes.',
      fr: 'Vous donne le nom d’une ou d’un juriste (avocat ou parajuriste) qui offre une consultation gratuite d’au plus 30 minutes.',
    },
    areas: 'ontario',
    needs: ['court-support', 'restraining-order'],
    contacts: [
      {
        kind: 'web',
        url: lso,
        label: { en: 'Ask for a referral online', fr: 'Demander une recommandation en ligne' },
        confidence: 'high',
      },
      { kind: 'phone', number: '416-947-5255', label: crisisLine, confidence: 'high' },
      // The own page is cut off after "1-855-9"; the rest is from third-party code (medium).
      { kind: 'phone', number: '1-855-947-5255', tollFree: true, label: crisisLine, confidence: 'medium' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'employment-standards',
    name: 'Employment Standards Information Centre',
    desc: {
      en: 'Your rights at work, and free claims for unpaid wages. Your employer may not punish you for a claim.',
      fr: 'Vos droits au travail et des réclamations gratuites pour un salaire impayé. L’employeur ne peut pas vous punir pour une réclamation.',
    },
    areas: 'ontario',
    needs: [],
    contacts: [
      { kind: 'phone', number: '1-800-531-5551', tollFree: true, confidence: 'high' },
      { kind: 'tty', number: '1-866-567-8893', label: tty, confidence: 'high' },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'tfw-tip-line',
    name: 'Temporary Foreign Worker Program tip line',
    desc: {
      en: 'Report abuse of a temporary foreign worker, like someone keeping your passport. Your employer is not told who reported.',
      fr: 'Signalez un abus envers une travailleuse ou un travailleur étranger temporaire, par exemple si on garde votre passeport. L’employeur ne sait pas qui a fait le signalement.',
    },
    areas: 'canada',
    audience: ['migrant-workers'],
    needs: ['report-tip'],
    contacts: [
      {
        kind: 'phone',
        number: '1-866-602-9448',
        tollFree: true,
        hours: allDay,
        confidence: 'high',
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'ircc-victim-permits',
    name: 'Immigration, Refugees and Citizenship Canada (IRCC)',
    desc: {
      en: 'Free legal status for at least 12 months for foreign victims of trafficking, and free open work permits for abused workers.',
      fr: 'Statut légal gratuit d’au moins 12 mois pour les personnes étrangères victimes de la traite, et permis de travail ouvert gratuit pour les travailleuses et travailleurs maltraités.',
    },
    areas: 'canada',
    audience: ['newcomers', 'migrant-workers'],
    needs: [],
    contacts: [
      {
        kind: 'web',
        url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html',
        label: {
          en: 'Permit for victims of human trafficking',
          fr: 'Permis pour les victimes de la traite des personnes (en anglais)',
        },
        confidence: 'high',
      },
      {
        kind: 'web',
        url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/vulnerable-workers.html',
        label: {
          en: 'Open work permit for vulnerable workers',
          fr: 'Permis de travail ouvert pour les travailleurs vulnérables (en anglais)',
        },
        confidence: 'high',
      },
      {
        kind: 'phone',
        number: '1-888-242-2100',
        tollFree: true,
        label: {
          en: 'IRCC Client Support Centre, if you cannot apply online',
          fr: 'Centre de soutien à la clientèle d’IRCC, si vous ne pouvez pas faire la demande en ligne',
        },
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },

  // 2SLGBTQ+ people and men
  {
    ...base,
    id: 'lgbt-youthline',
    name: 'LGBT YouthLine',
    desc: {
      en: 'Peer support by text or chat for 2SLGBTQ+ youth 29 and under, from trained young volunteers.',
      fr: 'Soutien par les pairs, par texto ou clavardage, pour les jeunes bispirituels et LGBTQ+ de 29 ans et moins.',
    },
    areas: 'ontario',
    audience: ['2slgbtq', 'youth'],
    maxAge: 29,
    needs: ['counselling'],
    contacts: [
      {
        kind: 'text',
        number: '647-694-4275',
        confidence: 'medium',
      },
      { kind: 'chat', url: 'https://www.youthline.ca', confidence: 'medium' },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'trans-lifeline',
    name: 'Trans Lifeline',
    desc: {
      en: 'Peer support by and for trans people. They do not call 911 or police unless you ask.',
      fr: 'Soutien par et pour les personnes trans. L’équipe n’appelle pas le 911 ni la police, sauf si vous le demandez.',
    },
    areas: 'canada',
    audience: ['trans'],
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '1-877-330-6366',
        tollFree: true,
        hours: {
          en: 'Monday to Friday, 1 to 9 p.m. Eastern time',
          fr: 'Du lundi au vendredi, de 13 h à 21 h, heure de l’Est',
        },
        confidence: 'medium',
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'mens-counselling-link',
    name: { en: "Men's Counselling Link", fr: 'Lien de soutien pour hommes' },
    desc: {
      en: 'Free counselling for men by phone through 2-1-1, mainly for anger, relationships or harmful behaviour.',
      fr: 'Counseling gratuit pour les hommes au téléphone par le 2-1-1, surtout pour la colère, le couple ou les comportements nuisibles.',
    },
    areas: 'ontario',
    audience: ['men'],
    // Not a victim-services line (the research routes male survivors to the hotline and the Victim Support Line
    // first), so it meets no need here; it stays in the directory for men who look for it.
    needs: [],
    contacts: [line211],
    confidence: 'high',
  },

  // Safety planning online
  {
    ...base,
    id: 'myplan-canada',
    name: 'myPlan Canada',
    desc: {
      en: 'Free app to make a private safety plan if a partner hurts you. Use a device they cannot check.',
      fr: 'Application gratuite pour faire un plan de sécurité privé si votre partenaire vous fait du mal. Utilisez un appareil que cette personne ne peut pas vérifier.',
    },
    areas: 'canada',
    needs: ['safety-planning'],
    contacts: [{ kind: 'web', url: 'https://myplanapp.ca', confidence: 'high' }],
    confidence: 'high',
  },
  {
    ...base,
    id: 'tech-safety-canada',
    name: 'Tech Safety Canada',
    desc: {
      en: 'Guides to stay safe when someone uses phones or computers to track or harass you.',
      fr: 'Guides pour rester en sécurité quand quelqu’un utilise un téléphone ou un ordinateur pour vous suivre ou vous harceler.',
    },
    areas: 'canada',
    needs: ['safety-planning'],
    contacts: [{ kind: 'web', url: 'https://techsafety.ca', confidence: 'high' }],
    confidence: 'high',
  },
];
