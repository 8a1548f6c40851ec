/**
 * Province-wide and national services for the needs beyond the hotline, from
 * shared/reference/province-wide-services.md (and Fem'aide from local-organizations.md row 2): a safe place to
 * stay now, counselling and crisis lines, addiction, ID, legal and labour help, and lines for 2SLGBTQ+ people and
 * men. Only contacts at high or medium confidence there; nothing from its list of outdated data.
 *
 * Left out: the Assaulted Women's Helpline's toll-free and TTY numbers and #SAFE, Fem'aide's TTY, text and site,
 * Talk4Healing's site, Covenant House's phone, the Men's sexual abuse line (SSMSSA) and JusticeNet's phone, and
 * Kids Help Phone's chat (all low or not found); Trans Lifeline "24/7", YouthLine's phone, Talk Suicide Canada,
 * the Drug and Alcohol Helpline, Wellness Together, Toronto's old Central Intake number and the old LSO family-law
 * line (outdated); the Temporary Foreign Worker tip line's web page (the stored page is its Tagalog version).
 */
import type { NamedServiceInput } from '../named.schema';
import { allDay, checked, high, medium, tty } from './common';

const base = { kind: 'support', checked } as const;

const vawCrisisLines =
  'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-vaw-provincial-crisis-lines';
const ontarioCaregiver211 = 'https://www.ontariocaregiver.ca/en/find-support/211.aspx';
const torontoShelters = 'https://www.toronto.ca/community-people/housing-shelter/homeless-help/shelters/';
const legalAidFaq = 'https://www.legalaid.on.ca/faq/what-are-duty-counsel/';
const lso = 'https://lso.ca/public-resources/access-to-legal-services';
const weekdays8to5 = { en: 'Monday to Friday, 8 a.m. to 5 p.m.', fr: 'Du lundi au vendredi, de 8 h à 17 h' };
const crisisLine = { en: 'Crisis line', fr: 'Ligne de crise' };
const gta = { en: 'Greater Toronto Area', fr: 'Région du grand Toronto' };

export const supportData: NamedServiceInput[] = [
  // A safe place to stay now
  {
    ...base,
    id: 'ontario-211',
    name: '211 Ontario',
    desc: {
      en: 'Free, private help to find services near you, such as emergency shelters, help after violence, distress centres, mental health and addiction services, and food. Phone help in more than 150 languages.',
      fr: 'De l’aide gratuite et confidentielle pour trouver des services près de chez vous : refuges d’urgence, aide après de la violence, centres de détresse, services de santé mentale et de dépendances, et nourriture. Aide au téléphone dans plus de 150 langues.',
    },
    areas: 'ontario',
    needs: ['emergency-shelter', 'counselling', 'addiction'],
    contacts: [
      { kind: 'phone', number: '211', hours: allDay, source: ontarioCaregiver211, ...high },
      { kind: 'phone', number: '1-877-330-3213', tollFree: true, hours: allDay, source: ontarioCaregiver211, ...medium },
      { kind: 'tty', number: '1-888-340-1001', label: tty, source: ontarioCaregiver211, ...medium },
      {
        kind: 'chat',
        url: 'https://211ontario.ca/chat/',
        hours: { en: 'Monday to Friday, 7 a.m. to 9 p.m. Eastern time', fr: 'Du lundi au vendredi, de 7 h à 21 h, heure de l’Est' },
        source: ontarioCaregiver211,
        ...medium,
      },
    ],
    sources: [
      'https://211ontario.ca/about-211-ontario/news/211-ontario-helpline-goes-province-wide-over-4-million-served/',
      'https://211ontario.ca/privacy-policy/',
      'https://unitedwaykfla.ca/february-11-2016-is-211-day',
      'https://www.insauga.com/calling-this-number-can-help-struggling-ontarians-find-immediate-support/',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'sheltersafe',
    name: 'ShelterSafe.ca',
    desc: {
      en: "A map of shelters for women and their children fleeing violence, with each shelter's 24-hour crisis line. You can call a shelter just to talk. Staying is free.",
      fr: 'Une carte des refuges pour les femmes et leurs enfants qui fuient la violence, avec la ligne de crise 24 heures sur 24 de chaque refuge. Vous pouvez appeler un refuge juste pour parler. Le séjour est gratuit.',
    },
    areas: 'canada',
    audience: ['women'],
    needs: ['emergency-shelter'],
    contacts: [{ kind: 'web', url: 'https://sheltersafe.ca', source: 'https://sheltersafe.ca/about-shelters/', ...high }],
    sources: [
      'https://endvaw.ca/archives/news/sheltersafe-ca-launches-new-and-improved-search-features-for-women-and-children-escaping-violence/',
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'assaulted-womens-helpline',
    name: "Assaulted Women's Helpline",
    desc: {
      en: 'Free, anonymous crisis counselling, safety planning and referrals for women in Ontario who have been abused, by phone and online. Open 24/7, in more than 200 languages.',
      fr: 'Du counseling de crise gratuit et anonyme, de l’aide pour un plan de sécurité et de l’orientation pour les femmes de l’Ontario qui ont subi de la violence, au téléphone et en ligne. Ouvert 24 heures sur 24, 7 jours sur 7, dans plus de 200 langues.',
    },
    areas: 'ontario',
    audience: ['women'],
    minAge: 16,
    needs: ['counselling', 'safety-planning', 'emergency-shelter'],
    contacts: [
      // A shelter's page (medium). The toll-free and TTY numbers are not in any citable page: left out.
      { kind: 'phone', number: '416-863-0511', label: gta, hours: allDay, source: 'http://www.intervalhouse.ca/what-can-i-do', ...medium },
      { kind: 'web', url: 'https://www.awhl.org', source: 'https://www.awhl.org/covid-19', ...high },
    ],
    sources: [vawCrisisLines, 'https://cupe.on.ca/help/?share=facebook'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'toronto-central-intake',
    name: 'Central Intake, City of Toronto shelters',
    desc: {
      en: 'The City of Toronto line that finds you a space in an emergency shelter. Singles, couples, youth and families can call at any time. It is free.',
      fr: 'La ligne de la Ville de Toronto qui vous trouve une place dans un refuge d’urgence. Les personnes seules, les couples, les jeunes et les familles peuvent appeler en tout temps. C’est gratuit.',
    },
    areas: ['toronto'],
    needs: ['emergency-shelter'],
    contacts: [
      { kind: 'phone', number: '416-338-4766', hours: allDay, source: torontoShelters, ...high },
      { kind: 'phone', number: '311', source: torontoShelters, ...high },
      // From an older City page and Social Planning Toronto (medium).
      { kind: 'phone', number: '1-877-338-3398', tollFree: true, source: 'https://www.socialplanningtoronto.org/covid_homeless', ...medium },
      { kind: 'web', url: torontoShelters, source: torontoShelters, ...high },
    ],
    confidence: 'medium',
  },

  // Counselling and crisis lines
  {
    ...base,
    id: 'femaide',
    name: "Fem'aide",
    desc: {
      en: 'A French-language line for women in Ontario affected by violence. It listens, supports, and refers callers to the nearest francophone service.',
      fr: 'Une ligne en français pour les femmes de l’Ontario touchées par la violence. On vous écoute, on vous soutient et on vous oriente vers le service francophone le plus proche.',
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
        source: 'https://l-express.ca/oasis-une-hausse-de-36-dappels-de-femmes-en-detresse',
        ...medium,
      },
    ],
    sources: [
      'https://ontario400.ca/400jours/lunique-ligne-decoute-francophone-destinee-aux-femmes-ontariennes-touchees-par-la-violence/',
      'https://news.ontario.ca/opo/en/2014/12/working-to-end-sexual-violence-and-harassment-and-support-survivors.html',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'talk4healing',
    name: 'Talk4Healing',
    desc: {
      en: 'A helpline run by Indigenous women for Indigenous women, on or off reserve: counselling, crisis support, safety planning and referrals. In English, French and 14 Indigenous languages.',
      fr: 'Une ligne d’aide offerte par des femmes autochtones aux femmes autochtones, dans les réserves ou hors réserve : counseling, soutien en situation de crise, plan de sécurité et orientation. En français, en anglais et dans 14 langues autochtones.',
    },
    areas: 'ontario',
    audience: ['indigenous', 'women'],
    needs: ['counselling', 'safety-planning', 'cultural-supports'],
    contacts: [
      { kind: 'phone', number: '1-855-554-4325', tollFree: true, hours: allDay, source: 'https://cupe.on.ca/help/?share=facebook', ...medium },
    ],
    sources: [vawCrisisLines, 'https://www.thestar.com/news/gta/2018/10/16/crisis-helpline-for-indigenous-women-to-expand-across-province.html'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'suicide-crisis-988',
    name: { en: '9-8-8 Suicide Crisis Helpline', fr: 'Ligne d’aide en cas de crise de suicide 9-8-8' },
    desc: {
      en: 'Call or text 9-8-8 at any time if you are thinking about suicide or are worried about someone. Trained responders listen and help, in English or French.',
      fr: 'Appelez ou textez le 9-8-8 en tout temps si vous pensez au suicide ou si vous vous inquiétez pour quelqu’un. Des intervenantes et intervenants formés vous écoutent et vous aident, en français ou en anglais.',
    },
    areas: 'canada',
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '988',
        hours: allDay,
        source: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
        ...high,
      },
      {
        kind: 'text',
        number: '988',
        hours: allDay,
        source: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
        ...high,
      },
    ],
    // The French name is from Kids Help Phone's French page, not 988's own (medium).
    sources: ['https://cmhakelowna.com/blog/canadas-9-8-8-suicide-crisis-helpline-launches', 'https://jeunessejecoute.ca//nos-services'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'kids-help-phone',
    name: { en: 'Kids Help Phone', fr: 'Jeunesse, J’écoute' },
    desc: {
      en: 'Free, private counselling for children, teens and young adults, about anything, big or small. Call or text at any time, in English or French.',
      fr: 'Du counseling gratuit et confidentiel pour les enfants, les adolescents et les jeunes adultes, sur tout sujet, petit ou grand. Appelez ou textez en tout temps, en français ou en anglais.',
    },
    areas: 'canada',
    audience: ['children', 'youth'],
    needs: ['counselling'],
    contacts: [
      // CONNECT is on the service's own page (high); TEXTO for French is from 2018 news (medium).
      { kind: 'text', number: '686868', keyword: { en: 'CONNECT', fr: 'TEXTO' }, hours: allDay, source: 'https://kidshelpphone.ca/text-about-it/', ...medium },
      {
        kind: 'phone',
        number: '1-800-668-6868',
        tollFree: true,
        hours: allDay,
        source: 'https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118',
        ...medium,
      },
      { kind: 'web', url: 'https://kidshelpphone.ca', source: 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/', ...high },
    ],
    sources: ['https://jeunessejecoute.ca//nos-services'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'good2talk',
    name: 'Good2Talk',
    desc: {
      en: 'Free, private counselling and referrals at any time for college and university students in Ontario, about mental health, addiction and well-being. In English or French.',
      fr: 'Du counseling gratuit et confidentiel et de l’orientation en tout temps pour les étudiantes et étudiants des collèges et des universités de l’Ontario, sur la santé mentale, les dépendances et le bien-être. En français ou en anglais.',
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
        source: 'http://amp.cbc.ca/news/canada/toronto/hotline-offers-help-to-stressed-post-secondary-students-1.1913468',
        ...medium,
      },
    ],
    sources: [
      'http://sunarchives.sheridanc.on.ca/blog/2013/11/12/have-no-fear-help-is-here-ontario-offers-mental-health-helpline/',
      'https://thevarsity.ca/2020/02/09/province-invests-1-million-in-good2talk-for-all-ontario-postsecondary-students/',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'hope-for-wellness',
    name: 'Hope for Wellness Help Line',
    desc: {
      en: 'Counselling and crisis help at any time for Indigenous people, by phone or online chat. Phone help in English or French, or in Cree, Ojibway or Inuktitut on request.',
      fr: 'Du counseling et de l’aide en situation de crise en tout temps pour les Autochtones, au téléphone ou par clavardage. Au téléphone, aide en français ou en anglais, ou en cri, en ojibwé ou en inuktitut sur demande.',
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
        source: 'http://www.hpechildrenandyouth.ca/2016/10/government-of-canada-announces-mental-wellness-help-line-for-indigenous-peoples/',
        ...medium,
      },
      {
        kind: 'chat',
        // The sources write the address without https:// or www., so none is added.
        url: 'http://hopeforwellness.ca',
        label: { en: 'Online chat (English and French)', fr: 'Clavardage (français et anglais)' },
        source: 'https://cichprofile.ca/module/7/section/4/page/health-promotion-and-prevention-link-to-government-services',
        ...medium,
      },
    ],
    sources: ['http://www.rcinet.ca/en/2018/05/08/canada-aboriginal-mental-health-line/'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'sexual-assault-centres',
    name: 'Ontario Coalition of Rape Crisis Centres',
    desc: {
      en: 'Local sexual assault centres offer crisis lines, counselling, and someone to go with you to the hospital, police or court. Hospital centres give emergency care at any time. You do not have to call the police first.',
      fr: 'Les centres d’aide aux victimes d’agression sexuelle offrent des lignes de crise, du counseling et de l’accompagnement à l’hôpital, à la police ou au tribunal. Les centres hospitaliers donnent des soins d’urgence en tout temps. Vous n’avez pas à appeler la police d’abord.',
    },
    areas: 'ontario',
    needs: ['counselling', 'court-support'],
    contacts: [
      {
        kind: 'web',
        url: 'https://sexualassaultsupport.ca/support/',
        label: { en: "Find your local centre's 24-hour crisis line", fr: 'Trouvez la ligne de crise 24 heures sur 24 du centre de votre région' },
        source: 'https://sexualassaultsupport.ca/are-you-a-friend-of-your-local-community-sexual-assault-centre',
        ...high,
      },
      {
        kind: 'web',
        url: 'http://www.sadvtreatmentcentres.net',
        label: {
          en: 'Hospital sexual assault and domestic violence treatment centres',
          fr: 'Centres hospitaliers de traitement des agressions sexuelles et de la violence conjugale',
        },
        source: 'http://www.sadvtreatmentcentres.net/en/view.php?key=39&menu=37&lang=en',
        ...high,
      },
    ],
    sources: ['https://stepstojustice.ca/steps/family-law/1-get-help-if-you-or-someone-you-love-danger/'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'womens-college-sadvcc',
    name: "Women's College Hospital Sexual Assault/Domestic Violence Care Centre",
    desc: {
      en: 'Care at any time for people 16 and older of any gender, up to 30 days after a sexual assault: emergency medical care, crisis help and follow-up counselling.',
      fr: 'Des soins en tout temps pour les personnes de 16 ans et plus, de tout genre, jusqu’à 30 jours après une agression sexuelle : soins médicaux d’urgence, aide en situation de crise et counseling de suivi.',
    },
    areas: ['toronto'],
    minAge: 16,
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '416-323-6040',
        hours: allDay,
        source: 'https://www.womenscollegehospital.ca/programs-and-services/sexual-assault-domestic-violence-care-centre/',
        ...high,
      },
    ],
    sources: ['http://www.sadvtreatmentcentres.net/en/view.php?key=39&menu=37&lang=en'],
    confidence: 'high',
  },

  // Addiction
  {
    ...base,
    id: 'connexontario',
    name: 'ConnexOntario',
    desc: {
      en: 'Free information at any time about mental health, addiction and gambling services near you, with wait times. It is not counselling. Calls are recorded, and it may call emergency services if someone is at risk.',
      fr: 'De l’information gratuite en tout temps sur les services de santé mentale, de dépendances et de jeu près de chez vous, avec les temps d’attente. Ce n’est pas du counseling. Les appels sont enregistrés, et le service peut appeler les services d’urgence si une personne est en danger.',
    },
    areas: 'ontario',
    needs: ['addiction'],
    contacts: [
      {
        kind: 'phone',
        number: '1-866-531-2600',
        tollFree: true,
        hours: allDay,
        source: 'https://lfpress.com/news/local-news/aid-agency-combines-simplifies-helplines/wcm/87055fda-01e8-47a7-a26c-94d8fda56b1e/',
        ...medium,
      },
      { kind: 'text', number: '247247', hours: allDay, source: 'https://www.playcanada.com/news/gambling-addiction-hotlines-canada/', ...medium },
      { kind: 'web', url: 'https://www.connexontario.ca', source: 'https://www.connexontario.ca/database-inclusion-criteria', ...high },
    ],
    sources: ['https://connexontario.ca/privacy-policy', 'https://innovatingcanada.ca/?p=60449'],
    confidence: 'medium',
  },

  // ID
  {
    ...base,
    id: 'serviceontario',
    name: 'ServiceOntario',
    desc: {
      en: "Replace a health card, birth certificate or driver's licence. Some shelters, health centres and legal clinics can get a birth certificate for free for people who are homeless or in hardship.",
      fr: 'Remplacez une carte Santé, un certificat de naissance ou un permis de conduire. Certains refuges, centres de santé et cliniques juridiques peuvent obtenir gratuitement un certificat de naissance pour les personnes sans abri ou en difficulté.',
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
        source: 'https://lignesantehnhb.ca/printService.aspx?id=169979',
        ...medium,
      },
      {
        kind: 'phone',
        number: '1-800-268-1154',
        tollFree: true,
        label: { en: 'Health card questions', fr: 'Questions sur la carte Santé' },
        source: 'https://orillia.cioc.ca/record/CWD2744',
        ...medium,
      },
      {
        kind: 'web',
        url: 'https://www.ontario.ca/page/replace-drivers-licence',
        label: { en: "Replace a driver's licence", fr: 'Remplacer un permis de conduire' },
        source: 'https://www.ontario.ca/page/replace-drivers-licence',
        ...high,
      },
    ],
    sources: ['https://bobbaileympp.com/ontario-eliminating-birth-certificate-fee-for-vulnerable-ontarians/', 'https://ontario.ca/laws/regulation/r05163'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'service-canada-sin',
    name: 'Service Canada',
    desc: {
      en: 'A Social Insurance Number (SIN) is free. Apply online or by mail. A new number is given only if you can show someone misused yours.',
      fr: 'Le numéro d’assurance sociale (NAS) est gratuit. Faites la demande en ligne ou par la poste. Un nouveau numéro est donné seulement si vous pouvez montrer que quelqu’un a mal utilisé le vôtre.',
    },
    areas: 'canada',
    needs: ['id-replacement'],
    contacts: [
      {
        kind: 'phone',
        number: '1-800-206-7218',
        tollFree: true,
        label: { en: 'Social Insurance Number (SIN): choose option 3', fr: 'Numéro d’assurance sociale (NAS) : choisissez l’option 3' },
        source: 'https://settlement.org/ontario/daily-life/consumer-protection/lost-or-stolen-identification/what-do-i-do-if-my-sin-is-lost-or-stolen/',
        ...medium,
      },
      {
        kind: 'web',
        url: 'https://www.canada.ca/en/employment-social-development/services/sin/apply.html',
        label: { en: 'Apply for a SIN', fr: 'Demander un NAS (lien vers la page en anglais)' },
        source: 'https://www.canada.ca/en/employment-social-development/services/sin/apply.html',
        ...high,
      },
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'passport-program',
    name: 'Passport Program (Immigration, Refugees and Citizenship Canada)',
    desc: {
      en: 'If your Canadian passport is lost or stolen, call as soon as you can, then apply for a new one. Passports are for Canadian citizens.',
      fr: 'Si votre passeport canadien est perdu ou volé, appelez le plus tôt possible, puis demandez un nouveau passeport. Les passeports sont réservés aux citoyennes et citoyens canadiens.',
    },
    areas: 'canada',
    needs: ['id-replacement'],
    contacts: [
      {
        kind: 'phone',
        number: '1-800-567-6868',
        tollFree: true,
        label: { en: 'Lost or stolen passport', fr: 'Passeport perdu ou volé' },
        source: 'https://www.canada.ca:443/en/immigration-refugees-citizenship/services/canadian-passports/lost-stolen-inaccessible-damaged-found.html',
        ...high,
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
      en: 'Free legal help for people with low incomes: short advice by phone, lawyers at court, and help paying for a lawyer in criminal, family, immigration and refugee cases. A priority line for people facing family violence.',
      fr: 'De l’aide juridique gratuite pour les personnes à faible revenu : courts conseils au téléphone, avocates et avocats au tribunal, et aide pour payer les frais d’avocat en droit criminel, familial, de l’immigration et des réfugiés. Ligne prioritaire en cas de violence familiale.',
    },
    areas: 'ontario',
    needs: ['court-support', 'restraining-order'],
    contacts: [
      { kind: 'phone', number: '1-800-668-8258', tollFree: true, hours: weekdays8to5, source: legalAidFaq, ...high },
      { kind: 'phone', number: '416-979-1446', label: gta, hours: weekdays8to5, source: legalAidFaq, ...high },
      { kind: 'tty', number: '1-800-855-0511', label: { en: 'Bell Relay', fr: 'Service de relais Bell' }, source: legalAidFaq, ...high },
    ],
    // The priority line is from CLEO's handbook (a legal-information site: medium).
    sources: ['https://www.legalaid.on.ca/covid-19-legal-aid-services/', 'https://www.cleo.on.ca/en/publications/handbook/general-legal-services'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'steps-to-justice',
    name: { en: 'Steps to Justice', fr: 'Justice pas-à-pas' },
    desc: {
      en: 'Free legal information for Ontario in plain language, with step-by-step guides, forms and lists of legal and social services.',
      fr: 'De l’information juridique gratuite pour l’Ontario, en langage clair, avec des guides étape par étape, des formulaires et des listes de services juridiques et sociaux.',
    },
    areas: 'ontario',
    needs: ['court-support', 'restraining-order'],
    contacts: [
      {
        kind: 'web',
        url: 'https://stepstojustice.ca',
        source: 'http://newswire.ca/news-releases/ontario-justice-partners-launch-new-steps-to-justice-website-a-first-of-its-kind-in-the-province-611063045.html',
        ...high,
      },
    ],
    sources: ['https://www.cleo.on.ca/en/whats-new?page=11'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'law-society-referral-service',
    name: 'Law Society Referral Service',
    desc: {
      en: 'Gives you the name of a lawyer or paralegal who offers a free consultation of up to 30 minutes, by phone or in person. After that, you pay their usual fees.',
      fr: 'Vous donne le nom d’une ou d’un juriste (avocat ou parajuriste) qui offre une consultation gratuite d’au plus 30 minutes, au téléphone ou en personne. Ensuite, vous payez ses honoraires habituels.',
    },
    areas: 'ontario',
    needs: ['court-support', 'restraining-order'],
    contacts: [
      { kind: 'web', url: lso, label: { en: 'Ask for a referral online', fr: 'Demander une recommandation en ligne' }, source: lso, ...high },
      { kind: 'phone', number: '416-947-5255', label: crisisLine, source: lso, ...high },
      // The own page is cut off after "1-855-9"; the rest is from third-party code (medium).
      { kind: 'phone', number: '1-855-947-5255', tollFree: true, label: crisisLine, source: lso, ...medium },
    ],
    sources: ['https://www.lso.ca/paralegals/about-your-licence/manage-your-licence/join-or-update-your-law-society-referral-service-s'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'employment-standards',
    name: 'Employment Standards Information Centre',
    desc: {
      en: 'Learn your rights at work and file a free claim for unpaid wages, including under the law that protects foreign nationals. It is against the law for your employer to punish you for filing.',
      fr: 'Renseignez-vous sur vos droits au travail et déposez gratuitement une réclamation pour un salaire impayé, y compris en vertu de la loi qui protège les ressortissants étrangers. La loi interdit à votre employeur de vous punir parce que vous avez déposé une réclamation.',
    },
    areas: 'ontario',
    needs: [],
    contacts: [
      { kind: 'phone', number: '1-800-531-5551', tollFree: true, source: 'http://www.labour.gov.on.ca/english/es/pubs/brochures/br_claim.php', ...high },
      { kind: 'tty', number: '1-866-567-8893', label: tty, source: 'http://www.labour.gov.on.ca/english/es/pubs/brochures/br_claim.php', ...high },
    ],
    sources: ['http://media.ontarionewsroom.com/desctxt/employment-standards---how-to-file-a-claim.html'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'tfw-tip-line',
    name: 'Temporary Foreign Worker Program tip line',
    desc: {
      en: 'Report in confidence the abuse of a temporary foreign worker, such as threats, not being allowed to leave, or someone keeping your passport. Your employer is never told who reported. It does not get back unpaid wages.',
      fr: 'Signalez en toute confidentialité un abus envers une travailleuse ou un travailleur étranger temporaire : menaces, interdiction de partir, ou quelqu’un qui garde votre passeport. L’employeur ne sait jamais qui a fait le signalement. Ce service ne récupère pas le salaire impayé.',
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
        source: 'https://www.canada.ca/en/employment-social-development/services/foreign-workers/report-abuse-tl.html',
        ...high,
      },
    ],
    sources: [
      'https://www.canada.ca/fr/emploi-developpement-social/services/travailleurs-etrangers/signaler-abus-tl.html',
      'https://openparliament.ca/committees/human-resources/42-1/14/gerard-deltell-7',
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'ircc-victim-permits',
    name: 'Immigration, Refugees and Citizenship Canada (IRCC)',
    desc: {
      en: 'Foreign nationals who are victims of trafficking can get legal status for at least 12 months, with health coverage, for free and without having to testify. Workers on an employer-specific permit who are abused, or at risk of it, can get a free open work permit.',
      fr: 'Les étrangers victimes de la traite peuvent obtenir gratuitement un statut légal d’au moins 12 mois, avec une couverture santé, sans devoir témoigner. Les travailleurs maltraités, ou à risque de l’être, dont le permis est lié à un employeur peuvent obtenir un permis de travail ouvert gratuit.',
    },
    areas: 'canada',
    audience: ['newcomers', 'migrant-workers'],
    needs: [],
    contacts: [
      {
        kind: 'web',
        url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html',
        label: { en: 'Permit for victims of human trafficking', fr: 'Permis pour les victimes de la traite des personnes (lien vers la page en anglais)' },
        source: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html',
        ...high,
      },
      {
        kind: 'web',
        url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/vulnerable-workers.html',
        label: { en: 'Open work permit for vulnerable workers', fr: 'Permis de travail ouvert pour les travailleurs vulnérables (lien vers la page en anglais)' },
        source: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/vulnerable-workers.html',
        ...high,
      },
      {
        kind: 'phone',
        number: '1-888-242-2100',
        tollFree: true,
        label: { en: 'IRCC Client Support Centre, if you cannot apply online', fr: 'Centre de soutien à la clientèle d’IRCC, si vous ne pouvez pas faire la demande en ligne' },
        source: 'https://www.infotetquebec.com/en/what-is-the-open-work-permit-for-vulnerable-workers/',
        ...medium,
      },
    ],
    sources: ['https://www.canada.ca/en/immigration-refugees-citizenship/news/notices/better-support-foreign-nationals-facing-human-trafficking-family-violence-canada.html'],
    confidence: 'medium',
  },

  // 2SLGBTQ+ people and men
  {
    ...base,
    id: 'lgbt-youthline',
    name: 'LGBT YouthLine',
    desc: {
      en: 'Free, private peer support by text or chat from trained 2SLGBTQ+ youth volunteers, for 2SLGBTQ+ youth in Ontario aged 29 and under.',
      fr: 'Du soutien par les pairs gratuit et confidentiel, par texto ou clavardage, offert par de jeunes bénévoles formés, pour les jeunes bispirituels et LGBTQ+ de l’Ontario de 29 ans et moins.',
    },
    areas: 'ontario',
    audience: ['2slgbtq', 'youth'],
    maxAge: 29,
    needs: ['counselling'],
    contacts: [
      {
        kind: 'text',
        number: '647-694-4275',
        source: 'https://hivprevlab.ca/hiv-prevention-lab-and-the-hope-centre-stand-in-solidarity-with-trans-and-2slgbtqia-people/',
        ...medium,
      },
      { kind: 'chat', url: 'https://www.youthline.ca', source: 'https://www.youthline.ca/news/re-affirming-our-commitment-to-2slgbtq-youth/', ...medium },
    ],
    sources: ['https://inmagazine.ca/2024/05/ontarios-lgbt-youthline-marks-historic-30th-anniversary/'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'trans-lifeline',
    name: 'Trans Lifeline',
    desc: {
      en: 'Peer support by and for trans people, from loneliness to crisis. Staff do not call 911 or the police unless you ask them to.',
      fr: 'Du soutien par les pairs, par et pour les personnes trans, de la solitude à la crise. L’équipe n’appelle pas le 911 ni la police, sauf si vous le demandez.',
    },
    areas: 'canada',
    audience: ['trans'],
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '1-877-330-6366',
        tollFree: true,
        hours: { en: 'Monday to Friday, 1 to 9 p.m. Eastern time', fr: 'Du lundi au vendredi, de 13 h à 21 h, heure de l’Est' },
        source: 'https://gayglobe.net/no-canada-does-not-provide-a-suicide-hotline-for-lgbtq-individuals-in-the-united-states/',
        ...medium,
      },
    ],
    sources: ['https://en.wikipedia.org/wiki/Trans_Lifeline', 'https://wikimili.com/en/Trans_Lifeline'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'mens-counselling-link',
    name: { en: "Men's Counselling Link", fr: 'Lien de soutien pour hommes' },
    desc: {
      en: 'Free, private counselling for men by phone, through 2-1-1 at any time. It is mainly for men who want help with anger, relationship problems or harmful behaviour.',
      fr: 'Du counseling gratuit et confidentiel pour les hommes, au téléphone, par le 2-1-1, en tout temps. Il s’adresse surtout aux hommes qui veulent de l’aide pour la colère, des problèmes de couple ou des comportements nuisibles.',
    },
    areas: 'ontario',
    audience: ['men'],
    // Not a victim-services line (the research routes male survivors to the hotline and the Victim Support Line
    // first), so it meets no need here; it stays in the directory for men who look for it.
    needs: [],
    contacts: [
      {
        kind: 'phone',
        number: '211',
        hours: allDay,
        source:
          'https://www.globenewswire.com/news-release/2025/11/04/3180053/0/en/New-free-counselling-service-launches-in-Ontario-to-help-men-get-support-before-crisis-hits.html',
        ...high,
      },
    ],
    confidence: 'high',
  },

  // Safety planning online
  {
    ...base,
    id: 'myplan-canada',
    name: 'myPlan Canada',
    desc: {
      en: 'A free app that helps you make a private safety plan if a partner or ex-partner hurts you. Use it on a device the abuser cannot check.',
      fr: 'Une application gratuite qui vous aide à faire un plan de sécurité privé si votre partenaire ou ex-partenaire vous fait du mal. Utilisez-la sur un appareil que la personne violente ne peut pas vérifier.',
    },
    areas: 'canada',
    needs: ['safety-planning'],
    contacts: [{ kind: 'web', url: 'https://myplanapp.ca', source: 'https://myplanapp.ca/en/safe-use/', ...high }],
    sources: ['https://www.nelsonhouse.on.ca/your-safety-planning'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'tech-safety-canada',
    name: 'Tech Safety Canada',
    desc: {
      en: 'Guides on staying safe when someone uses a phone, computer or other device to track, threaten or harass you.',
      fr: 'Des guides pour rester en sécurité quand une personne utilise un téléphone, un ordinateur ou un autre appareil pour vous suivre, vous menacer ou vous harceler.',
    },
    areas: 'canada',
    needs: ['safety-planning'],
    contacts: [{ kind: 'web', url: 'https://techsafety.ca', source: 'https://techsafety.ca/resources/toolkits/tech-safety-planning-toolkit', ...high }],
    sources: ['https://endvaw.ca/?p=10112'],
    confidence: 'high',
  },
];
