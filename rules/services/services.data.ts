/**
 * The service directory: one entry per id in `serviceIds`, in the same order.
 *
 * Every fact here (phone numbers, URLs, hours, eligibility, languages) comes from
 * shared/reference/service-facts.md at high or medium confidence, and each entry lists the pages behind it in
 * `sources`. French names follow shared/reference/french-glossary.md. `checked` is the day the entry was
 * compared with that research file, not with the live pages: the research read stored copies of varying age.
 * Before go-live, every number must be called and every link opened live, and each entry re-checked.
 */
import type { ServiceInput } from './service.schema';

type ContactInput = ServiceInput['contacts'][number];

/** The day every entry below was compared with shared/reference/service-facts.md. */
const checked = '2026-11-28';

/** The pages the facts were taken from, written exactly as service-facts.md writes them. */
const src = {
  ontarioAht: 'https://www.ontario.ca/page/anti-human-trafficking-services-and-supports',
  ontarioRecognizing: 'https://www.ontario.ca/page/recognizing-human-trafficking',
  ontarioSurvey: 'https://www.ontario.ca/page/survey-review-ontarios-2020-2025-anti-human-trafficking-strategy',
  ontarioHub: 'https://www.ontario.ca/page/human-trafficking',
  tpsRelease: 'https://www.tps.ca/media-centre/news-releases/63682/',
  // local-organizations.md: "police non-emergency 1-888-310-1122 (the number given in the article is the OPP's)".
  oppNonEmergency: 'https://www.ckdr.net/2023/01/12/anti-human-trafficking-campaign-launched/',

  hotlineSite: 'https://www.canadianhumantraffickinghotline.ca/',
  hotlineChat: 'https://www.canadianhumantraffickinghotline.ca/chat/',
  hotlineWhoAreWe: 'https://canadianhumantraffickinghotline.ca/who-are-we',
  hotlineFaq: 'https://canadianhumantraffickinghotline.ca/faq',
  hotlineWhatWeDo: 'https://www.canadianhumantraffickinghotline.ca/what-we-do/',
  hotlineFr: 'https://canadianhumantraffickinghotline.ca/fr/qui-sommes-nous',
  publicSafetySts: 'https://www.canada.ca/en/public-safety-canada/campaigns/human-trafficking/sts.html',
  publicSafetySupport: 'https://securitepublique.gc.ca/cnt/cntrng-crm/hmn-trffckng/spprt-vctms-srvvrs-en.aspx',

  officeVictimsCrime: 'https://ontario.ca/page/office-victims-crime',
  vslObjectives:
    'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-victim-support-line',
  vcaoObjectives:
    'https://www.ontario.ca/document/2025-2026-mccss-service-objectives-community-services/2025-2026-services-delivered-victim',
  vqrpBackgrounder: 'https://news.ontario.ca/mag/en/2019/09/supports-for-victims-of-crime.html',
  vqrpCleo: 'https://www.cleo.on.ca/en/publications/the-victim-quick-response-program/all',
  vqrpStepsEligible: 'https://stepstojustice.ca/steps/criminal-law/1-figure-out-if-youre-eligible/',
  vqrpStepsApply: 'https://stepstojustice.ca/steps/criminal-law/3-apply-vqrp/',

  victimServicesOntario: 'https://www.ontario.ca/page/victim-services-ontario',
  vwapStandards:
    'https://www.attorneygeneral.jus.gov.on.ca/english/service_standards/service_standards_victim_services.php',
  vwap2007: 'https://news.ontario.ca/mag/en/2007/02/victimwitness-assistance-program.html',

  freeLegalSupport: 'https://www.ontario.ca/page/free-legal-support-survivors-human-trafficking',
  magHumanTrafficking: 'https://www.attorneygeneral.jus.gov.on.ca/english/ovss/human_trafficking.php',
  prhta: 'https://www.ontario.ca/laws/statute/17p12',

  onwaHt: 'https://www.onwa.ca/learning-resources-ht',
  onwaLiaisons2017:
    'https://news.ontario.ca/mcys/en/2017/02/ontario-strengthens-indigenous-led-approaches-to-support-victims-of-human-trafficking.html',
  onwaTenLocations:
    'https://www.iheartradio.ca/610cktb/news/three-niagara-organizations-will-get-funding-to-battle-human-trafficking-1.14141186',
  onwaNorthern:
    'https://bobbaileympp.com/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-northern-ontario/',

  speakOutRelease: 'https://indigenouswatchdog.org/update/aug-31-2020-2',
  speakOutSettlement:
    'https://settlement.org/news/ontario/new-campaigns-will-educate-youths-and-crack-down-on-human-trafficking/',
  speakOutIheart:
    'https://www.iheartradio.ca/610cktb/news/ontario-government-introduces-two-new-anti-human-trafficking-initiative-1.13361484',

  coordinationOffice2017:
    'https://news.ontario.ca/mcss/en/2017/08/ontario-establishing-advisory-roundtable-with-survivors-of-human-trafficking.html',
  coordinationOffice2017Feb: 'https://www.mcss.gov.on.ca/en/mcss/news/releases/2017/20170222.aspx',
  actions2019: 'https://news.ontario.ca/mcys/en/2019/06/ontarios-actions-to-combat-human-trafficking.html',
  actions2019Fr:
    'https://news.ontario.ca/mcys/fr/2019/06/mesures-prises-par-lontario-pour-lutter-contre-la-traite-des-personnes.html',
  ottawaCoalition: 'http://www.endhumantrafficking.ca',
  ottawaCoalitionChair: 'http://www.endhumantrafficking.ca/about/message-from-our-chair/',
  durhamCoalition: 'https://durhamregionalcrimestoppers.ca/human-trafficking',

  torontoSpp:
    'https://www.toronto.ca/community-people/employment-social-support/housing-support/rent-geared-to-income-subsidy/survivors-of-domestic-abuse-or-human-trafficking/',
  torontoPriority:
    'https://www.toronto.ca/community-people/employment-social-support/housing-support/rent-geared-to-income-subsidy/rent-geared-to-income-priority-access/',
  niagaraSpp: 'https://nrh.ca/applicants/fact-sheets/special-priority.shtml',
  durhamSpp: 'https://fill.io/Special-Priority-SPP-Application-Package',
  torontoPhbSpp:
    'https://www.toronto.ca/community-people/employment-social-support/housing-support/rent-geared-to-income-subsidy/portable-housing-benefit-for-special-priority-program-housing-category/',
  cohbLetter: 'https://reader.mediawiremobile.com/accessibility/issues/206304/articles/5f2c324a9a387ab90f3bf468/reader',
  cohbGuidelines:
    'https://fdocuments.net/document/canada-ontario-housing-benefit-cohb-2-1-summary-the-cohb-is-a-federal-provincial.html',

  careRelease:
    'https://www.canindia.com/special-care-units-to-protect-children-and-youth-from-sex-trafficking-in-toronto-durham/',
  careChildrenAtRisk:
    'https://ontario.ca/document/mccss-service-objectives-child-welfare-and-protection/services-delivered-children-risk',
  careUnitObjectives:
    'https://ontario.ca/document/mccss-service-objectives-child-welfare-and-protection/services-delivered-care-unit',
  castReporting: 'https://torontocas.ca/reporting-abuse',
  // The Toronto CARE Unit's page names the Catholic Children's Aid Society as a partner in a cut-off sentence (medium).
  ccasReporting: 'https://torontoccas.ca/index.php/en-ccast/page/reporting-faqs',
  castFaqs: 'https://www.torontocas.ca/resources/faqs/',
  ncfstHeader: 'https://nativechild.org/category/agency-news/',
  durhamCas: 'https://durhamcas.ca/parent-resources/if-your-child-is-in-care/',
  dbcfs: 'https://www.binnoojiiyag.ca/news-events/covid-19/',
  drps: 'https://www.drps.ca/about-us/specialty-units/911-communications/',

  residencesObjectives:
    'https://ontario.ca/document/mccss-service-objectives-community-services/services-delivered-ahtcs-licensed-childrens',

  yitObjectives2024:
    'https://www.ontario.ca/document/2024-2025-mccss-service-objectives-child-welfare-and-protection/2024-2025-services-7',
  yitObjectives:
    'https://ontario.ca/document/mccss-service-objectives-child-welfare-and-protection/services-delivered-youth-transition',
  yitNiijki: 'http://www.niijki.com/indigenous-youth-in-transition-support-program.html',
  yitStrides: 'https://stridestoronto.ca/programs/youth-in-transition-program-yit/',

  trapKpdsb: 'https://childprotection.kpdsb.ca',
  trapBlueline:
    'https://www.blueline.ca/ontario-government-announces-programs-to-curb-sex-trafficking-and-educate-youth/',
  whiteRibbonLessons: 'https://wrprevent.ca/lesson-plans',
  whiteRibbonRecommendations: 'https://wrprevent.ca/-recommendations-for-educators',
  ppm166: 'https://www.ontario.ca/document/education-ontario-policy-and-program-direction/policyprogram-memorandum-166',

  // The sources show http://www.helpingtraffickedpersons.org and, for French, the bare domain: no https:// for
  // either, so none is added.
  trainingEn: 'http://www.helpingtraffickedpersons.org',
  trainingFr: 'http://aiderlesvictimesdelatraitedepersonnes.org',
  trainingCurriculum: 'http://www.helpingtraffickedpersons.org/curriculum/',
  trainingObjectives:
    'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-anti-human-trafficking-aht',
  trainingMcis:
    'https://www.mcislanguages.com/online-initiative-address-human-trafficking-new-labour-trafficking-modules/',

  camhNews:
    'https://camh.ca/en/camh-news-and-stories/free-online-course-helps-service-providers-support-survivors-of-human-trafficking',
  eenetEvaluation:
    'https://www.eenet.ca/resource/helping-survivors-human-trafficking-results-evaluation-online-course-addiction-and-mental',
  eenetSite: 'https://www.eenet.ca/',
} as const;

/** What every contact below carries besides its source: the day it was checked and its confidence. */
const high = { checked, confidence: 'high' } as const;
const medium = { checked, confidence: 'medium' } as const;
/** Contacts changed in the audit of issue 19 were compared with the research again on this day. */
const rechecked = {
  high: { checked: '2026-12-06', confidence: 'high' },
  medium: { checked: '2026-12-06', confidence: 'medium' },
} as const;

const allDay = { en: '24 hours a day, 7 days a week', fr: '24 heures sur 24, 7 jours sur 7' };

const hotlineName = {
  en: 'Canadian Human Trafficking Hotline',
  fr: 'Ligne d’urgence canadienne contre la traite des personnes',
};

/**
 * Contacts that more than one entry gives, word for word, written once: the same number or page, label, area,
 * source, day checked and confidence wherever it shows.
 */
const ontarioListOfOrganizations: ContactInput = {
  kind: 'web',
  url: src.ontarioAht,
  label: { en: 'List of organizations on ontario.ca', fr: 'Liste des organismes sur ontario.ca (en anglais)' },
  source: src.ontarioAht,
  ...high,
};
const hotlineDirectory: ContactInput = {
  kind: 'web',
  url: src.hotlineSite,
  label: {
    en: "The hotline's national directory of services",
    fr: 'Répertoire national des services de la Ligne d’urgence',
  },
  source: src.publicSafetySupport,
  ...high,
};

/**
 * How a person finds a community organization, for adults or for youth alike: the ontario.ca list and the hotline's
 * directory, with the pages that describe both.
 */
const foundThroughTheLists: Pick<ServiceInput, 'contacts' | 'sources' | 'checked' | 'confidence'> = {
  contacts: [ontarioListOfOrganizations, hotlineDirectory],
  sources: [src.ontarioAht, src.ontarioHub, src.hotlineSite, src.publicSafetySupport],
  checked,
  confidence: 'high',
};
const torontoPoliceNonEmergency: ContactInput = {
  kind: 'phone',
  number: '416-808-2222',
  label: {
    en: 'Toronto Police Service (non-emergency)',
    fr: 'Toronto Police Service (police de Toronto, ligne non urgente)',
  },
  region: 'toronto',
  source: src.tpsRelease,
  ...high,
};
const durhamPoliceNonEmergency: ContactInput = {
  kind: 'phone',
  number: '905-579-1520',
  label: {
    en: 'Durham Regional Police Service (non-emergency)',
    fr: 'Durham Regional Police Service (police régionale de Durham, ligne non urgente)',
  },
  region: 'durham',
  source: src.drps,
  ...high,
};
const durhamPoliceTollFree: ContactInput = {
  kind: 'phone',
  number: '1-888-579-1520',
  label: {
    en: 'Durham Regional Police Service (non-emergency, toll-free)',
    fr: 'Durham Regional Police Service (police régionale de Durham, ligne non urgente, sans frais)',
  },
  region: 'durham',
  source: src.drps,
  ...high,
};
const victimSupportLineGta: ContactInput = {
  kind: 'phone',
  number: '416-314-2447',
  label: {
    en: 'Victim Support Line, Greater Toronto Area',
    fr: 'Ligne d’aide aux victimes, région du grand Toronto',
  },
  source: src.officeVictimsCrime,
  ...high,
};
const housingOnOntarioCa: ContactInput = {
  kind: 'web',
  url: src.ontarioHub,
  label: {
    en: 'Social housing and help with rent (ontario.ca)',
    fr: 'Logement social et aide pour payer le loyer (ontario.ca, en anglais)',
  },
  source: src.ontarioHub,
  ...high,
};

/** What the two CARE Units (Toronto and Durham Region) offer and what to expect: the same words for both. */
const careUnit = {
  offers: {
    en: 'Child protection workers and police officers work as a team. They find and help children and youth at risk of sex trafficking. They connect those who have been trafficked to support. Indigenous liaisons work with Indigenous children and youth aged 12 to 17.',
    fr: 'Des intervenantes et intervenants en protection de l’enfance et des policières et policiers travaillent en équipe. Ils repèrent et aident les enfants et les jeunes à risque de trafic sexuel. Ils mettent les jeunes qui en ont été victimes en lien avec du soutien. Des agentes et agents de liaison autochtones travaillent avec les enfants et les jeunes autochtones de 12 à 17 ans.',
  },
  expect: {
    en: 'Call one of the partners listed here and ask about the CARE Unit. If a child is in danger right now, call 911.',
    fr: 'Appelez l’un des partenaires indiqués ici et renseignez-vous sur l’équipe INTERE. Si un enfant est en danger immédiat, composez le 911.',
  },
};

export const servicesData: ServiceInput[] = [
  {
    id: 'emergency-911',
    name: { en: '911 or your local police', fr: '911 ou votre service de police local' },
    offers: {
      en: 'Call 911 for police, fire or an ambulance right away. You can also call your local police service.',
      fr: 'Composez le 911 pour joindre tout de suite la police, les pompiers ou une ambulance. Vous pouvez aussi appeler votre service de police local.',
    },
    expect: {
      en: 'Call 911 if someone is in danger right now. Do not text 911: in Toronto, it cannot receive texts at this time. Please call.',
      fr: 'Composez le 911 si une personne est en danger en ce moment. N’envoyez pas de texto au 911 : à Toronto, il n’accepte pas les messages texte pour l’instant. Il faut appeler.',
    },
    serves: {
      en: 'Anyone in danger right now. Also anyone who thinks someone is being trafficked.',
      fr: 'Toute personne en danger immédiat, ou qui croit qu’une autre personne est victime de la traite des personnes.',
    },
    hours: allDay,
    contacts: [{ kind: 'phone', number: '911', source: src.ontarioRecognizing, ...high }],
    sources: [src.ontarioAht, src.ontarioRecognizing, src.tpsRelease],
    checked,
    confidence: 'high',
  },
  {
    id: 'human-trafficking-hotline',
    name: hotlineName,
    offers: {
      en: 'Trained staff listen and help you make a safety plan. They connect you to services like emergency shelters, social services and long-term support. They connect you to the police only if you want, except when the law says they must.',
      fr: 'Des intervenantes et intervenants formés vous écoutent et vous aident à faire un plan de sécurité. L’équipe vous met en lien avec des services comme des refuges d’urgence, des services sociaux et du soutien à long terme. Elle vous met en lien avec la police seulement si vous le voulez, sauf quand la loi l’exige.',
    },
    expect: {
      en: 'The call is toll-free and confidential. The hotline is a charity. It is not the police or the government. It does not share what you say without your consent, unless the law requires it. It must report if someone is in danger right now. It must also report if a minor (a child or teen) is at risk. If no one answers the chat within 5 minutes, send another request or call. For your safety, the chat ends if you do not reply for 5 minutes.',
      fr: 'L’appel est sans frais et confidentiel. La Ligne d’urgence est un organisme de bienfaisance. Elle ne fait partie ni de la police ni du gouvernement. Elle ne transmet rien de ce que vous dites sans votre consentement, sauf si la loi l’exige. Elle doit faire rapport si une personne est en danger immédiat. Elle doit aussi faire rapport si une personne mineure (un enfant ou un adolescent) est à risque. Si personne ne répond au clavardage dans les 5 minutes, envoyez une nouvelle demande ou appelez. Pour votre sécurité, le clavardage prend fin si vous ne répondez pas pendant 5 minutes.',
    },
    serves: {
      en: 'Anyone, whatever their age, gender or citizenship status. This includes people being trafficked now, survivors, family, friends and service providers. You do not need to be in an emergency. You can also call to give a tip or ask questions.',
      fr: 'Toute personne, peu importe son âge, son genre ou son statut de citoyenneté. Cela comprend les personnes victimes de la traite en ce moment et les personnes survivantes. Cela comprend aussi la famille, les proches et les fournisseurs de services. Vous n’avez pas besoin d’être en situation d’urgence. Vous pouvez aussi appeler pour signaler un cas possible ou pour poser des questions.',
    },
    hours: {
      en: 'Phone and chat: 24 hours a day, 7 days a week, all year',
      fr: 'Téléphone et clavardage : 24 heures sur 24, 7 jours sur 7, toute l’année',
    },
    languages: {
      en: 'Phone: English and French, with live interpretation in more than 200 languages, including 27 Indigenous languages. Chat: English and French only.',
      fr: 'Téléphone : français et anglais, avec interprétation en direct dans plus de 200 langues, dont 27 langues autochtones. Clavardage : français et anglais seulement.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '1-833-900-1010',
        label: { en: 'Toll-free', fr: 'Sans frais' },
        source: src.ontarioRecognizing,
        ...high,
      },
      {
        kind: 'chat',
        url: src.hotlineChat,
        label: { en: 'Live chat (English and French)', fr: 'Clavardage (français et anglais)' },
        source: src.hotlineChat,
        ...high,
      },
      {
        kind: 'email',
        address: 'hotline@ccteht.ca',
        label: {
          en: 'Email (write everything in the message: the hotline does not open links or attachments)',
          fr: 'Courriel (écrivez tout dans le message : la Ligne d’urgence n’ouvre pas les liens ni les pièces jointes)',
        },
        source: src.publicSafetySts,
        ...high,
      },
      {
        kind: 'tty',
        label: {
          en: 'TTY service is offered for people who are Deaf or hard of hearing',
          fr: 'Service ATS offert aux personnes sourdes ou malentendantes',
        },
        source: src.hotlineWhoAreWe,
        ...high,
      },
      {
        kind: 'web',
        url: src.hotlineSite,
        label: { en: 'Website', fr: 'Site Web (aussi offert en français)' },
        source: src.hotlineSite,
        ...high,
      },
    ],
    sources: [
      src.ontarioRecognizing,
      src.ontarioSurvey,
      src.hotlineSite,
      src.hotlineWhoAreWe,
      src.hotlineFaq,
      src.hotlineChat,
      src.hotlineWhatWeDo,
      src.hotlineFr,
      src.publicSafetySts,
    ],
    checked,
    confidence: 'high',
  },
  {
    id: 'community-aht-services',
    name: {
      en: 'Community anti-human trafficking services',
      fr: 'Services communautaires de lutte contre la traite des personnes',
    },
    offers: {
      en: 'Community organizations across Ontario help survivors heal and rebuild their lives. Services include crisis help, trauma therapy, counselling and skills training. They also include programs led by survivors, and support for children and youth.',
      fr: 'Des organismes communautaires de partout en Ontario aident les personnes survivantes à guérir et à rebâtir leur vie. Ils offrent entre autres de l’aide en cas de crise, de la thérapie des traumatismes et du counseling. Ils offrent aussi de la formation pour acquérir des compétences. Certains programmes sont dirigés par des personnes survivantes. D’autres soutiennent les enfants et les jeunes.',
    },
    expect: {
      en: "Look at the list of organizations on ontario.ca. Or search the hotline's national directory. Leaving a trafficking situation can take several tries. You can reach out at any time.",
      fr: 'Consultez la liste des organismes sur ontario.ca. Vous pouvez aussi chercher dans le répertoire national de la Ligne d’urgence. Quitter une situation de traite peut demander plusieurs tentatives. Vous pouvez demander de l’aide en tout temps.',
    },
    serves: {
      en: 'Survivors of human trafficking and people at risk of being trafficked.',
      fr: 'Les personnes survivantes de la traite des personnes et les personnes à risque d’en être victimes.',
    },
    ...foundThroughTheLists,
  },
  {
    id: 'indigenous-led-services',
    name: {
      en: 'Indigenous-led services and supports',
      fr: 'Services et soutiens dirigés par des Autochtones',
    },
    offers: {
      en: 'Supports designed by and for Indigenous people. They include counselling, cultural programs, addictions treatment and leadership development.',
      fr: 'Des soutiens conçus par et pour les Autochtones. Ils comprennent du counseling, des programmes culturels, du traitement des dépendances et du développement du leadership.',
    },
    expect: {
      en: 'Look at the list of organizations on ontario.ca. You can also ask the Canadian Human Trafficking Hotline to help you find services near you. It offers interpretation in 27 Indigenous languages.',
      fr: 'Consultez la liste des organismes sur ontario.ca. La Ligne d’urgence canadienne contre la traite des personnes peut aussi vous aider à trouver des services près de chez vous. Elle offre de l’interprétation dans 27 langues autochtones.',
    },
    serves: {
      en: 'First Nations, Métis and Inuit survivors of human trafficking. Also Indigenous people at risk of being trafficked.',
      fr: 'Les personnes des Premières Nations, métisses et inuites qui ont survécu à la traite des personnes. Ces services s’adressent aussi aux personnes autochtones à risque d’être victimes de la traite.',
    },
    contacts: [ontarioListOfOrganizations],
    sources: [src.ontarioAht, src.ontarioHub, src.hotlineFaq],
    checked,
    confidence: 'high',
  },
  {
    id: 'onwa',
    name: {
      en: "Ontario Native Women's Association (ONWA)",
      fr: 'Ontario Native Women’s Association (ONWA) – Association des femmes autochtones de l’Ontario',
    },
    offers: {
      en: 'ONWA has Indigenous anti-human trafficking liaisons. They help organizations and communities offer services that fit the culture of First Nations, Métis and Inuit survivors. ONWA also has a youth response team. The team does street outreach and referrals in 10 places. The places are Kenora, Lakefield, Midland, Niagara, Orillia, Ottawa, Sioux Lookout, Thunder Bay, Timmins and Toronto.',
      fr: 'L’ONWA a des agentes et agents de liaison autochtones pour la lutte contre la traite des personnes. Ces personnes aident les organismes et les communautés à offrir des services adaptés à la culture des personnes survivantes des Premières Nations, métisses et inuites. L’ONWA a aussi une équipe d’intervention jeunesse. Cette équipe fait du travail de rue et de l’orientation dans 10 localités. Ces localités sont Kenora, Lakefield, Midland, Niagara, Orillia, Ottawa, Sioux Lookout, Thunder Bay, Timmins et Toronto.',
    },
    expect: {
      en: "Call the human trafficking intake line. Or visit ONWA's human trafficking resource page. ONWA's website is in English.",
      fr: 'Appelez la ligne d’accueil pour la traite des personnes. Vous pouvez aussi consulter la page de ressources de l’ONWA sur la traite des personnes. Le site Web de l’ONWA est en anglais seulement.',
    },
    serves: {
      en: 'Indigenous women, girls and Two-Spirit people, and their families. The liaisons also work with organizations and communities.',
      fr: 'Les femmes, les filles et les personnes bispirituelles autochtones, et leurs familles. Les agentes et agents de liaison travaillent aussi avec des organismes et des communautés.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '1-800-667-0816',
        label: {
          en: 'Human trafficking intake (toll-free)',
          fr: 'Ligne d’accueil pour la traite des personnes (sans frais)',
        },
        source: src.onwaHt,
        ...medium,
      },
      {
        kind: 'web',
        url: src.onwaHt,
        label: {
          en: 'Human trafficking resources',
          fr: 'Ressources sur la traite des personnes (en anglais seulement)',
        },
        source: src.onwaHt,
        ...high,
      },
    ],
    sources: [src.onwaHt, src.onwaLiaisons2017, src.onwaTenLocations, src.onwaNorthern],
    checked,
    // The intake number has a single source and the 10 youth-team locations come from news copies (medium).
    confidence: 'medium',
  },
  {
    id: 'speak-out',
    name: { en: 'Speak Out: Stop Sex Trafficking', fr: 'Brisons le silence : stop à la traite sexuelle' },
    offers: {
      en: 'An awareness campaign designed by and for Indigenous people. It explains how to spot sexual exploitation and trafficking. It also explains why Indigenous people may be targeted and where to get help. It has materials and activities that leaders and caregivers can use with youth.',
      fr: 'Une campagne de sensibilisation conçue par et pour les Autochtones. Elle explique comment reconnaître l’exploitation sexuelle et la traite. Elle explique aussi pourquoi les Autochtones peuvent être ciblés et où trouver de l’aide. Elle offre du matériel et des activités pour les jeunes. Les leaders et les personnes qui s’occupent des jeunes peuvent les utiliser avec eux.',
    },
    expect: {
      en: 'We do not have a checked web address for the campaign. To find its materials, search for its name: "Speak Out: Stop Sex Trafficking".',
      fr: 'Nous n’avons pas d’adresse Web vérifiée pour la campagne. Pour trouver son matériel, cherchez son nom : « Brisons le silence : stop à la traite sexuelle ».',
    },
    serves: {
      en: 'Indigenous youth, caregivers, service providers and communities.',
      fr: 'Les jeunes autochtones, les personnes qui en prennent soin, les fournisseurs de services et les communautés.',
    },
    contacts: [],
    sources: [src.ontarioAht, src.speakOutRelease, src.speakOutSettlement, src.speakOutIheart],
    checked,
    confidence: 'medium',
  },
  {
    id: 'vqrp-plus',
    name: {
      en: 'Victim Quick Response Program+ (VQRP+)',
      fr: 'Programme d’intervention rapide+ auprès des victimes (PIRV+)',
    },
    offers: {
      en: 'Short-term emergency money after a violent crime, including human trafficking. It can pay for things like tattoo removal, addiction recovery and replacing your ID. It can also pay for counselling and dental care. The money goes straight to the service provider.',
      fr: 'Du financement d’urgence à court terme après un crime violent, y compris la traite des personnes. Le programme peut payer, par exemple, le retrait de tatouages, le traitement des dépendances et le remplacement des pièces d’identité. Il peut aussi payer le counseling et les soins dentaires. L’argent est versé directement au fournisseur de services.',
    },
    expect: {
      en: 'Ask for a referral to your local VQRP+ agency. You can ask a service provider, the police, or the community agency you told about the crime. Most VQRP+ agencies are Victim Crisis Assistance Ontario agencies. The Victim Support Line can tell you which one serves your area. The program aims to decide on immediate needs within 3 business days. It aims to do the same for extra supports for trafficking survivors.',
      fr: 'Demandez qu’on vous dirige vers l’organisme du PIRV+ de votre région. Vous pouvez le demander à un fournisseur de services, à la police ou à l’organisme communautaire à qui vous avez signalé le crime. La plupart de ces organismes relèvent du Programme ontarien d’aide immédiate aux victimes (AIVO). La Ligne d’aide aux victimes (LAV) peut vous dire lequel dessert votre région. Le programme vise à prendre une décision sur les besoins immédiats dans les 3 jours ouvrables. Il vise le même délai pour le soutien supplémentaire aux personnes survivantes de la traite.',
    },
    serves: {
      en: 'People who live in Ontario and went through or saw a violent crime here, including human trafficking. Their immediate family can also get help. They must have no other way to pay. The crime must be reported. Trafficking survivors can report it to a community agency instead of the police. This could be a shelter or a sexual assault centre. For children under 16, a parent or guardian applies.',
      fr: 'Les personnes qui vivent en Ontario et qui ont subi un crime violent dans la province, ou en ont été témoins, y compris la traite des personnes. Les membres de leur famille immédiate peuvent aussi obtenir de l’aide. Ces personnes ne doivent avoir aucun autre moyen de payer. Le crime doit être signalé. Les personnes survivantes de la traite peuvent le signaler à un organisme communautaire plutôt qu’à la police. Cet organisme peut être un refuge ou un centre d’aide aux victimes d’agression sexuelle. Pour les enfants de moins de 16 ans, c’est le parent ou la personne tutrice qui fait la demande.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '1-888-579-2888',
        label: {
          en: 'Victim Support Line, to find your local agency (toll-free)',
          fr: 'Ligne d’aide aux victimes, pour trouver l’organisme de votre région (sans frais)',
        },
        source: src.officeVictimsCrime,
        ...high,
      },
      victimSupportLineGta,
    ],
    sources: [
      src.ontarioAht,
      src.vqrpBackgrounder,
      src.vcaoObjectives,
      src.vqrpCleo,
      src.vqrpStepsEligible,
      src.vqrpStepsApply,
      src.officeVictimsCrime,
    ],
    checked,
    // The eligibility rules come from legal-information sites (CLEO, Steps to Justice): medium.
    confidence: 'medium',
  },
  {
    id: 'victim-support-line',
    name: { en: 'Victim Support Line (VSL)', fr: 'Ligne d’aide aux victimes (LAV)' },
    offers: {
      en: "Information about victim services in your community. The line can refer you to them, such as VQRP+ agencies and the Victim/Witness Assistance Program. You can also sign up for updates about an offender's status (the Victim Notification System).",
      fr: 'De l’information sur les services aux victimes de votre collectivité. La Ligne peut vous orienter vers ces services. Parmi eux, il y a les organismes du PIRV+ et le Programme d’aide aux victimes et aux témoins (PAVT). Vous pouvez aussi vous inscrire pour recevoir des nouvelles sur la situation d’une personne contrevenante (Victim Notification System).',
    },
    expect: {
      en: 'Say where you live and what kind of help you need. Ask about the victim services near you. You can also ask for your local Victim Crisis Assistance Ontario agency. You can contact it yourself for help with safety planning.',
      fr: 'Dites où vous habitez et de quel type d’aide vous avez besoin. Demandez quels services aux victimes existent près de chez vous. Vous pouvez aussi demander l’organisme de votre région du Programme ontarien d’aide immédiate aux victimes (AIVO). Vous pouvez le joindre vous-même pour de l’aide avec un plan de sécurité.',
    },
    serves: {
      en: 'Victims of crime in Ontario, witnesses, and people who are worried about someone.',
      fr: 'Les victimes d’actes criminels en Ontario, les témoins et les personnes qui s’inquiètent pour quelqu’un.',
    },
    hours: allDay,
    languages: {
      en: 'English and French. Many other languages through staff and interpreters.',
      fr: 'Français et anglais. Beaucoup d’autres langues grâce au personnel et à des interprètes.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '1-888-579-2888',
        label: { en: 'Toll-free', fr: 'Sans frais' },
        source: src.officeVictimsCrime,
        ...high,
      },
      {
        kind: 'phone',
        number: '416-314-2447',
        label: { en: 'Greater Toronto Area', fr: 'Région du grand Toronto' },
        source: src.officeVictimsCrime,
        ...high,
      },
    ],
    sources: [src.ontarioAht, src.officeVictimsCrime, src.vslObjectives, src.vcaoObjectives],
    checked,
    confidence: 'high',
  },
  {
    id: 'housing-service-manager',
    name: {
      en: "Your area's service manager (social housing)",
      fr: 'Le gestionnaire de services de votre région (logement social)',
    },
    offers: {
      en: 'The service manager looks after social housing in your area. People who are being trafficked, or were recently, can get priority on the waiting list. This is the list for rent-geared-to-income housing, where rent is based on your income. You can also ask about help paying rent.',
      fr: 'Le gestionnaire de services s’occupe du logement social dans votre région. Les personnes qui sont victimes de la traite des personnes, ou qui l’ont été récemment, peuvent obtenir la priorité sur la liste d’attente. C’est la liste pour un logement à loyer indexé sur le revenu (LIR), où le loyer dépend de votre revenu. Vous pouvez aussi vous renseigner sur l’aide pour payer le loyer.',
    },
    expect: {
      en: 'Ask how to apply for priority access under the Special Priority Policy. A professional who knows your situation will usually need to confirm the trafficking in writing. Even with priority, the wait can be long.',
      fr: 'Demandez comment faire une demande d’accès prioritaire dans la catégorie des ménages prioritaires (Special Priority Policy). Il faut habituellement qu’une ou un professionnel qui connaît votre situation confirme la traite par écrit. Même avec la priorité, l’attente peut être longue.',
    },
    serves: {
      en: 'Households where someone is being trafficked or abused at home, or was recently. The household must qualify for rent-geared-to-income housing.',
      fr: 'Les ménages dont un membre est victime de la traite des personnes ou de violence familiale, ou l’a été récemment. Le ménage doit être admissible à un logement à loyer indexé sur le revenu.',
    },
    contacts: [
      housingOnOntarioCa,
      {
        kind: 'web',
        url: src.niagaraSpp,
        label: {
          en: 'Niagara Regional Housing: priority for people being trafficked, or who left in the last 3 months (fact sheet)',
          fr: 'Niagara Regional Housing : priorité pour les personnes victimes de la traite, ou qui en sont sorties depuis moins de 3 mois (fiche, en anglais)',
        },
        region: 'niagara',
        source: src.niagaraSpp,
        ...high,
      },
    ],
    sources: [src.ontarioAht, src.ontarioHub, src.torontoSpp, src.torontoPriority, src.niagaraSpp, src.durhamSpp],
    checked,
    // The written-verification step is confirmed on a copy of Durham's form (medium).
    confidence: 'medium',
  },
  {
    id: 'rent-subsidy',
    name: {
      en: 'Monthly rent help: Canada-Ontario Housing Benefit (COHB)',
      fr: 'Aide mensuelle pour le loyer : Allocation Canada-Ontario pour le logement (ACOL)',
    },
    offers: {
      en: 'A monthly benefit to help you pay your rent. The amount depends on your income and on local rents.',
      fr: 'Une allocation mensuelle pour vous aider à payer votre loyer. Le montant dépend de votre revenu et des loyers de votre région.',
    },
    expect: {
      en: 'Apply through your local service manager. Some frontline agencies can help you apply. Ask if the program is taking new applications right now.',
      fr: 'Faites votre demande auprès du gestionnaire de services de votre région. Certains organismes de première ligne peuvent vous aider à la remplir. Demandez si le programme accepte de nouvelles demandes en ce moment.',
    },
    serves: {
      en: 'Households on the social housing waiting list, or eligible to join it. Survivors of human trafficking and domestic violence are a priority group.',
      fr: 'Les ménages inscrits sur la liste d’attente du logement social, ou admissibles à y être inscrits. Les personnes survivantes de la traite des personnes ou de violence familiale font partie des groupes prioritaires.',
    },
    contacts: [housingOnOntarioCa],
    sources: [src.ontarioAht, src.ontarioHub, src.torontoPhbSpp, src.cohbLetter, src.cohbGuidelines],
    checked,
    confidence: 'medium',
  },
  {
    id: 'victim-witness-assistance',
    name: {
      en: 'Victim/Witness Assistance Program (V/WAP)',
      fr: 'Programme d’aide aux victimes et aux témoins (PAVT)',
    },
    offers: {
      en: "Support through the criminal court process. The program gives you information about your case, such as court dates and bail conditions. It helps you get ready for court. It also offers emotional support and referrals. It works with Ontario's specialized human trafficking prosecutors.",
      fr: 'Du soutien tout au long du processus judiciaire criminel. Le programme vous informe sur votre dossier, par exemple les dates d’audience et les conditions de mise en liberté sous caution. Il vous aide à vous préparer au tribunal. Il offre aussi du soutien émotionnel et de l’orientation vers d’autres services. Le programme travaille avec les procureurs de la Couronne spécialisés en traite des personnes.',
    },
    expect: {
      en: 'The police or the Crown (the government lawyer in the case) usually refer you. The program aims to contact you within 3 business days of a referral. To find the nearest office, call the Victim Support Line. The service is free. You choose whether to use it.',
      fr: 'C’est habituellement la police ou la Couronne qui vous dirige vers le programme. Le programme vise à communiquer avec vous dans les 3 jours ouvrables suivant la demande. Pour trouver le bureau le plus proche, appelez la Ligne d’aide aux victimes (LAV). Le service est gratuit. C’est vous qui choisissez de l’utiliser ou non.',
    },
    serves: {
      en: 'Victims and witnesses of violent crime, once someone has been charged. Support lasts until the court case ends.',
      fr: 'Les victimes et les témoins d’un crime violent, une fois que des accusations ont été portées. Le soutien dure jusqu’à la fin de l’affaire devant le tribunal.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '1-888-579-2888',
        label: {
          en: 'Victim Support Line, to find the nearest office (toll-free)',
          fr: 'Ligne d’aide aux victimes, pour trouver le bureau le plus proche (sans frais)',
        },
        source: src.officeVictimsCrime,
        ...high,
      },
      victimSupportLineGta,
      {
        kind: 'web',
        url: src.victimServicesOntario,
        label: {
          en: 'Victim services in Ontario (ontario.ca)',
          fr: 'Services aux victimes en Ontario (ontario.ca, en anglais)',
        },
        source: src.victimServicesOntario,
        ...high,
      },
    ],
    sources: [src.ontarioAht, src.victimServicesOntario, src.vwapStandards, src.vwap2007, src.officeVictimsCrime],
    checked,
    confidence: 'high',
  },
  {
    id: 'restraining-order-legal-help',
    name: {
      en: 'Free legal help for a human trafficking restraining order',
      fr: 'Assistance juridique gratuite pour obtenir une ordonnance interdictive (traite des personnes)',
    },
    offers: {
      en: "Lawyers from Ontario's Ministry of the Attorney General give free, confidential legal advice. They help you apply for a restraining order against a trafficker. This can be a current, past or possible trafficker. They can also represent you at the hearing in the Ontario Court of Justice.",
      fr: 'Des avocates et avocats du ministère du Procureur général de l’Ontario offrent des conseils juridiques gratuits et confidentiels. L’équipe vous aide à demander une ordonnance interdictive contre un trafiquant. Il peut s’agir d’un trafiquant actuel, passé ou potentiel. L’équipe peut aussi vous représenter à l’audience devant la Cour de justice de l’Ontario.',
    },
    expect: {
      en: 'Call the Canadian Human Trafficking Hotline. Ask them to refer you to a lawyer for a human trafficking restraining order. If you are in danger, you can ask for the order without the trafficker being told first. You do not need a criminal case. There are no court fees.',
      fr: 'Appelez la Ligne d’urgence canadienne contre la traite des personnes. Demandez qu’on vous dirige vers une avocate ou un avocat pour une ordonnance interdictive en matière de traite des personnes. Si vous êtes en danger, vous pouvez demander l’ordonnance sans que le trafiquant en soit d’abord avisé. Aucune affaire criminelle n’est nécessaire. Il n’y a pas de frais de justice.',
    },
    serves: {
      en: 'Survivors and people at risk of human trafficking in Ontario, of any age. This includes people from Ontario who were trafficked somewhere else. A person who has custody of a child survivor or a child at risk can also get help.',
      fr: 'Les personnes survivantes et les personnes à risque de traite en Ontario, de tout âge. Cela comprend les personnes de l’Ontario qui ont été victimes de la traite ailleurs. La personne qui a la garde d’un enfant victime ou à risque peut aussi obtenir de l’aide.',
    },
    // The referral hours are from the Ministry's older page (medium confidence in the research); the hotline is 24/7.
    hours: {
      en: 'The hotline answers 24 hours a day, 7 days a week. It refers people to a lawyer Monday to Friday, 8:30 a.m. to 5:30 p.m.',
      fr: 'La Ligne d’urgence répond 24 heures sur 24, 7 jours sur 7. Elle dirige les personnes vers une avocate ou un avocat du lundi au vendredi, de 8 h 30 à 17 h 30.',
    },
    languages: {
      en: 'Help in more than 200 languages',
      fr: 'Aide offerte dans plus de 200 langues',
    },
    contacts: [
      {
        kind: 'phone',
        number: '1-833-900-1010',
        label: {
          en: 'Hotline: ask for a referral to a lawyer',
          fr: 'Ligne d’urgence : demandez qu’on vous dirige vers une avocate ou un avocat',
        },
        source: src.freeLegalSupport,
        ...high,
      },
      {
        kind: 'web',
        url: src.freeLegalSupport,
        label: {
          en: 'Free legal support for survivors (ontario.ca)',
          fr: 'Assistance juridique gratuite pour les personnes survivantes (ontario.ca, en anglais)',
        },
        source: src.freeLegalSupport,
        ...high,
      },
    ],
    sources: [src.ontarioAht, src.freeLegalSupport, src.magHumanTrafficking, src.prhta],
    checked: rechecked.medium.checked,
    // The lawyer-referral hours come from the Ministry's older page (medium), so the entry is medium.
    confidence: 'medium',
  },
  {
    id: 'care-unit-toronto',
    name: {
      en: 'CARE Unit, Toronto (Children at Risk of Exploitation)',
      fr: 'Équipe INTERE de Toronto (enfants à risque d’exploitation)',
    },
    offers: careUnit.offers,
    expect: careUnit.expect,
    serves: {
      en: 'Children and youth under 18 in Toronto who are being sex trafficked or are at high risk of it.',
      fr: 'Les enfants et les jeunes de moins de 18 ans à Toronto qui sont victimes de trafic sexuel ou à risque élevé de l’être.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '416-924-4646',
        label: {
          en: "Children's Aid Society of Toronto (24/7)",
          fr: 'Children’s Aid Society of Toronto (société d’aide à l’enfance), 24 h/24, 7 j/7',
        },
        region: 'toronto',
        source: src.castReporting,
        ...high,
      },
      {
        kind: 'phone',
        number: '1-866-527-0833',
        label: {
          en: "Children's Aid Society of Toronto, toll-free (24/7)",
          fr: 'Children’s Aid Society of Toronto (société d’aide à l’enfance), sans frais, 24 h/24, 7 j/7',
        },
        region: 'toronto',
        source: src.castReporting,
        ...high,
      },
      {
        kind: 'phone',
        number: '416-969-8510',
        label: {
          en: 'Native Child and Family Services of Toronto',
          fr: 'Native Child and Family Services of Toronto (services autochtones à l’enfance et à la famille)',
        },
        region: 'toronto',
        source: src.ncfstHeader,
        ...high,
      },
      {
        kind: 'phone',
        number: '416-395-1500',
        label: {
          en: "Catholic Children's Aid Society of Toronto (24/7)",
          fr: 'Catholic Children’s Aid Society of Toronto (société catholique d’aide à l’enfance), 24 h/24, 7 j/7',
        },
        region: 'toronto',
        // 24/7 line from the society's own FAQ, but the research rates it medium (not re-seen; the CARE Unit page
        // names the society in a cut-off sentence), so this contact, and with it the CARE Unit entry, is medium.
        source: src.ccasReporting,
        ...rechecked.medium,
      },
      torontoPoliceNonEmergency,
    ],
    sources: [
      src.ontarioAht,
      src.careChildrenAtRisk,
      src.careUnitObjectives,
      src.careRelease,
      src.castReporting,
      src.castFaqs,
      src.ccasReporting,
      src.ncfstHeader,
      src.tpsRelease,
    ],
    checked: rechecked.medium.checked,
    // The Catholic Children's Aid Society's line is medium, so the entry is too.
    confidence: 'medium',
  },
  {
    id: 'care-unit-durham',
    name: {
      en: 'CARE Unit, Durham Region (Children at Risk of Exploitation)',
      fr: 'Équipe INTERE de la région de Durham (enfants à risque d’exploitation)',
    },
    offers: careUnit.offers,
    expect: careUnit.expect,
    serves: {
      en: 'Children and youth under 18 in Durham Region who are being sex trafficked or are at high risk of it.',
      fr: 'Les enfants et les jeunes de moins de 18 ans dans la région de Durham qui sont victimes de trafic sexuel ou à risque élevé de l’être.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '905-433-1551',
        label: {
          en: "Durham Children's Aid Society (24/7)",
          fr: 'Durham Children’s Aid Society (société d’aide à l’enfance), 24 h/24, 7 j/7',
        },
        region: 'durham',
        source: src.durhamCas,
        ...high,
      },
      {
        kind: 'phone',
        number: '1-844-523-2237',
        label: {
          en: 'Dnaagdawenmag Binnoojiiyag Child & Family Services (child protection concerns)',
          fr: 'Dnaagdawenmag Binnoojiiyag Child & Family Services (services autochtones à l’enfance et à la famille ; inquiétudes au sujet de la protection d’un enfant)',
        },
        region: 'durham',
        source: src.dbcfs,
        ...medium,
      },
      durhamPoliceNonEmergency,
      durhamPoliceTollFree,
    ],
    sources: [
      src.ontarioAht,
      src.careChildrenAtRisk,
      src.careUnitObjectives,
      src.careRelease,
      src.durhamCas,
      src.dbcfs,
      src.drps,
    ],
    checked,
    // Dnaagdawenmag Binnoojiiyag's number is from an official page last updated in January 2022 (medium-high).
    confidence: 'medium',
  },
  {
    id: 'childrens-aid-society',
    name: { en: "Your local children's aid society", fr: 'La société d’aide à l’enfance de votre région' },
    offers: {
      en: "Your local children's aid society works to protect children and youth under 18. It can also refer youth who are leaving care to a youth-in-transition worker.",
      fr: 'La société d’aide à l’enfance de votre région s’occupe de la protection des enfants et des jeunes de moins de 18 ans. Elle peut aussi diriger les jeunes qui cessent d’être pris en charge par la société vers une intervenante ou un intervenant auprès des jeunes en transition.',
    },
    expect: {
      en: 'Each area has its own society. The Canadian Human Trafficking Hotline can connect you with services in your area. If a child is in danger right now, call 911.',
      fr: 'Chaque région a sa propre société. La Ligne d’urgence canadienne contre la traite des personnes peut vous mettre en contact avec les services de votre région. Si un enfant est en danger immédiat, composez le 911.',
    },
    serves: {
      en: 'Children and youth under 18, and people who are worried about them.',
      fr: 'Les enfants et les jeunes de moins de 18 ans, et les personnes qui s’inquiètent pour eux.',
    },
    contacts: [],
    sources: [src.ontarioAht, src.careUnitObjectives, src.hotlineWhatWeDo, src.publicSafetySupport],
    checked,
    confidence: 'high',
  },
  {
    id: 'youth-services',
    name: { en: 'Services for children and youth', fr: 'Services pour les enfants et les jeunes' },
    offers: {
      en: 'Some organizations offer special support for children and youth. It is for young people who have been sex trafficked or are at risk.',
      fr: 'Certains organismes offrent du soutien spécialisé aux enfants et aux jeunes. Ce soutien s’adresse aux jeunes qui ont été victimes de trafic sexuel ou qui sont à risque de l’être.',
    },
    expect: {
      en: "Look at the list of organizations on ontario.ca. Or search the hotline's national directory. You can also call the Canadian Human Trafficking Hotline. Ask what is available for young people near you.",
      fr: 'Consultez la liste des organismes sur ontario.ca. Vous pouvez aussi chercher dans le répertoire national de la Ligne d’urgence. Ou encore, appelez la Ligne d’urgence canadienne contre la traite des personnes. Demandez quels services existent pour les jeunes près de chez vous.',
    },
    serves: {
      en: 'Children and youth who have been sex trafficked or are at risk.',
      fr: 'Les enfants et les jeunes qui ont été victimes de trafic sexuel ou qui sont à risque de l’être.',
    },
    ...foundThroughTheLists,
  },
  {
    id: 'specialized-residences',
    name: {
      en: 'Specialized homes for trafficked children and youth',
      fr: 'Foyers spécialisés pour les enfants et les jeunes victimes de trafic sexuel',
    },
    offers: {
      en: 'Ontario funds two homes where young survivors can live safely while they heal. One is in Toronto and one is in Durham Region. Young people get programs and clinical support there. The homes work closely with the CARE Units.',
      fr: 'L’Ontario finance deux foyers où les jeunes personnes survivantes peuvent vivre en sécurité pendant leur guérison. L’un est à Toronto et l’autre dans la région de Durham. Les jeunes y reçoivent des programmes et du soutien clinique. Les foyers travaillent de près avec les équipes INTERE.',
    },
    expect: {
      en: 'Call the Canadian Human Trafficking Hotline to find out more. The addresses are kept private for safety.',
      fr: 'Appelez la Ligne d’urgence canadienne contre la traite des personnes pour en savoir plus. Les adresses restent confidentielles pour des raisons de sécurité.',
    },
    serves: {
      en: 'Children and youth under 18 who have been sex trafficked.',
      fr: 'Les enfants et les jeunes de moins de 18 ans qui ont été victimes de trafic sexuel.',
    },
    contacts: [
      {
        kind: 'phone',
        number: '1-833-900-1010',
        label: {
          en: 'Canadian Human Trafficking Hotline (24/7)',
          fr: 'Ligne d’urgence canadienne contre la traite des personnes (24 h/24, 7 j/7)',
        },
        source: src.ontarioRecognizing,
        ...high,
      },
    ],
    sources: [src.ontarioAht, src.ontarioRecognizing, src.residencesObjectives, src.careRelease],
    checked,
    confidence: 'high',
  },
  {
    id: 'youth-in-transition',
    name: {
      en: 'Youth-in-transition workers',
      fr: 'Intervenantes et intervenants auprès des jeunes en transition',
    },
    offers: {
      en: 'These workers help youth who are leaving care to set goals. They connect youth to housing, school, jobs and life skills. They also connect youth to health and mental health care, and to legal services. Some workers focus on preventing human trafficking and helping survivors get services.',
      fr: 'Ces intervenantes et intervenants aident les jeunes qui cessent d’être pris en charge par une société d’aide à l’enfance à se fixer des objectifs. Ils aident les jeunes à accéder au logement, aux études, à l’emploi et aux compétences de vie. Ils les aident aussi à accéder aux soins de santé et de santé mentale, et aux services juridiques. Certains se consacrent à prévenir la traite des personnes et à aider les personnes survivantes à obtenir des services.',
    },
    expect: {
      en: "Ask your local children's aid society for a referral. Or ask a service provider you work with. Some programs also let youth contact them directly.",
      fr: 'Demandez à la société d’aide à l’enfance de votre région de vous orienter vers le programme. Ou demandez-le à un fournisseur de services avec qui vous êtes en contact. Certains programmes permettent aussi aux jeunes de les joindre directement.',
    },
    serves: {
      en: "Youth aged 16 to 24. Just before they turned 18, they were in the care of a children's aid society. Or they were in a similar arrangement, such as customary care (care arranged by a First Nations, Inuit or Métis community under its customs).",
      fr: 'Les jeunes de 16 à 24 ans. Juste avant leurs 18 ans, ces jeunes étaient pris en charge par une société d’aide à l’enfance, ou dans une situation semblable. Les soins conformes aux traditions (des soins organisés par une communauté des Premières Nations, inuite ou métisse selon ses coutumes) en sont un exemple.',
    },
    contacts: [],
    sources: [src.ontarioAht, src.yitObjectives2024, src.yitObjectives, src.yitNiijki, src.yitStrides],
    checked,
    // The 16-24 age range comes from one provider's page (medium).
    confidence: 'medium',
  },
  {
    id: 'local-police',
    name: { en: 'Local police (non-emergency)', fr: 'Police locale (ligne non urgente)' },
    offers: {
      en: 'Report a possible case of human trafficking, or another crime that is not an emergency. To stay anonymous, you can call Crime Stoppers instead.',
      fr: 'Signalez un cas possible de traite des personnes ou un autre crime qui n’est pas une urgence. Pour rester anonyme, vous pouvez plutôt appeler Crime Stoppers (Échec au crime).',
    },
    expect: {
      en: 'If someone is in danger right now, call 911 instead. In Toronto, you can also dial *TPS (*877) from a mobile phone. Call the OPP line only if the Ontario Provincial Police polices your area.',
      fr: 'Si une personne est en danger en ce moment, composez plutôt le 911. À Toronto, vous pouvez aussi composer *TPS (*877) à partir d’un téléphone cellulaire. Appelez la ligne de l’OPP seulement si la police provinciale assure les services de police dans votre région.',
    },
    serves: {
      en: 'Anyone who wants to report a possible case of human trafficking to the police.',
      fr: 'Toute personne qui veut signaler un cas possible de traite des personnes à la police.',
    },
    contacts: [
      torontoPoliceNonEmergency,
      durhamPoliceNonEmergency,
      durhamPoliceTollFree,
      {
        kind: 'phone',
        number: '1-888-310-1122',
        label: {
          en: 'Ontario Provincial Police, non-emergency (where the OPP polices your area)',
          fr: 'Police provinciale de l’Ontario (OPP), ligne non urgente (si l’OPP assure les services de police dans votre région)',
        },
        // service-facts.md §1 gives this number without a page of its own (its "see §18" has no OPP row); the page
        // behind it is the CKDR article that local-organizations.md cites, which says the number is the OPP's (medium).
        source: src.oppNonEmergency,
        ...rechecked.medium,
      },
      {
        kind: 'phone',
        number: '1-800-222-8477',
        label: {
          en: 'Crime Stoppers national tip line, 1-800-222-TIPS (anonymous)',
          fr: 'Crime Stoppers (Échec au crime), ligne nationale de signalement, 1-800-222-TIPS (anonyme)',
        },
        source: src.publicSafetySts,
        ...high,
      },
    ],
    sources: [
      src.ontarioAht,
      src.ontarioRecognizing,
      src.tpsRelease,
      src.drps,
      src.oppNonEmergency,
      src.publicSafetySts,
    ],
    checked: rechecked.medium.checked,
    // The OPP number rests on a news article (medium).
    confidence: 'medium',
  },
  {
    id: 'prevention-education',
    name: { en: 'Prevention and education resources', fr: 'Ressources de prévention et de sensibilisation' },
    offers: {
      en: '"The Trap" is an interactive online tool for middle and high school students. An adult leads it. It shows how sex traffickers target and recruit young people. White Ribbon has free lesson plans for educators. Ontario requires school boards to have anti-sex trafficking protocols.',
      fr: '« Le piège » est un outil numérique interactif pour les élèves de l’intermédiaire et du secondaire. Une ou un adulte anime l’activité. L’outil montre comment les trafiquants ciblent et recrutent les jeunes à des fins sexuelles. Le Ruban Blanc (White Ribbon) offre des plans de leçon gratuits au personnel enseignant. L’Ontario exige que les conseils scolaires aient des protocoles de lutte contre le trafic sexuel.',
    },
    expect: {
      en: 'There is no web address for The Trap here. Adult leaders sign up with an email address. So ask your school board how to get access. The White Ribbon lesson plans and the school board policy are online.',
      fr: 'Aucune adresse Web n’est indiquée ici pour « Le piège ». Les adultes qui animent l’activité s’inscrivent avec une adresse courriel. Demandez donc à votre conseil scolaire comment y avoir accès. Les plans de leçon du Ruban Blanc et la politique pour les conseils scolaires sont en ligne.',
    },
    serves: {
      en: 'Educators, parents, caregivers and others who teach children and youth about sex trafficking.',
      fr: 'Le personnel enseignant, les parents, les personnes qui s’occupent d’enfants et toute autre personne qui renseigne les enfants et les jeunes sur le trafic sexuel.',
    },
    contacts: [
      {
        kind: 'web',
        url: src.ppm166,
        label: {
          en: "Ontario's anti-sex trafficking policy for school boards (PPM 166)",
          fr: 'Politique de l’Ontario sur la lutte contre le trafic sexuel pour les conseils scolaires (Policy/Program Memorandum 166 ; en anglais)',
        },
        source: src.ppm166,
        ...high,
      },
      {
        kind: 'web',
        url: src.whiteRibbonLessons,
        label: { en: 'White Ribbon lesson plans', fr: 'Plans de leçon du Ruban Blanc (White Ribbon)' },
        source: src.whiteRibbonLessons,
        ...high,
      },
      {
        kind: 'web',
        url: src.whiteRibbonRecommendations,
        label: {
          en: 'White Ribbon recommendations for educators',
          fr: 'Recommandations du Ruban Blanc (White Ribbon) pour le personnel enseignant',
        },
        source: src.whiteRibbonRecommendations,
        ...high,
      },
    ],
    sources: [
      src.ontarioAht,
      src.speakOutRelease,
      src.trapKpdsb,
      src.trapBlueline,
      src.whiteRibbonLessons,
      src.whiteRibbonRecommendations,
      src.ppm166,
    ],
    checked,
    // What is known about The Trap comes from a release copy and a school board page (medium).
    confidence: 'medium',
  },
  {
    id: 'regional-coalition',
    name: {
      en: 'Regional anti-human trafficking coalitions',
      fr: 'Coalitions régionales de lutte contre la traite des personnes',
    },
    offers: {
      en: 'Coalitions bring together social service agencies, victim services, health centres, police and schools in an area. They run local prevention and awareness work.',
      fr: 'Les coalitions réunissent les services sociaux, les services aux victimes, la santé, la police et les écoles d’une région. Elles mènent des activités locales de prévention et de sensibilisation.',
    },
    expect: {
      en: 'To find the coalition in your region, email the Provincial Anti-Human Trafficking Coordination Office. This address was published in 2017, so it may no longer be in use. The coalitions in Ottawa and in Durham Region have their own websites.',
      fr: 'Pour trouver la coalition de votre région, écrivez au Bureau provincial de coordination de la lutte contre la traite des personnes. Cette adresse a été publiée en 2017 : il se peut qu’elle ne soit plus utilisée. Les coalitions d’Ottawa et de la région de Durham ont leur propre site Web.',
    },
    serves: {
      en: 'Service providers, trainers and community groups who want to work together against human trafficking in their area.',
      fr: 'Les fournisseurs de services, les formatrices et formateurs et les groupes communautaires qui veulent travailler ensemble contre la traite des personnes dans leur région.',
    },
    contacts: [
      {
        kind: 'email',
        address: 'AntiTraffickingOffice@ontario.ca',
        label: {
          en: 'Provincial Anti-Human Trafficking Coordination Office (address from 2017)',
          fr: 'Bureau provincial de coordination de la lutte contre la traite des personnes (adresse de 2017)',
        },
        source: src.coordinationOffice2017,
        ...medium,
      },
      {
        kind: 'web',
        url: src.ottawaCoalition,
        label: {
          en: 'Ottawa Coalition to End Human Trafficking',
          fr: 'Ottawa Coalition to End Human Trafficking (coalition d’Ottawa)',
        },
        region: 'ottawa',
        source: src.ottawaCoalitionChair,
        ...medium,
      },
      {
        kind: 'web',
        // The sources write it http://stopht.com; no source shows https:// for it.
        url: 'http://stopht.com',
        label: {
          en: 'Durham Region Human Trafficking Coalition (StopHT.com)',
          fr: 'Durham Region Human Trafficking Coalition (coalition de la région de Durham, StopHT.com)',
        },
        region: 'durham',
        source: src.durhamCoalition,
        ...medium,
      },
    ],
    sources: [
      src.ontarioAht,
      src.coordinationOffice2017,
      src.coordinationOffice2017Feb,
      src.actions2019,
      src.ottawaCoalitionChair,
      src.durhamCoalition,
    ],
    checked,
    // The office's email is from 2017 and the two coalition sites are medium.
    confidence: 'medium',
  },
  {
    id: 'foundational-training',
    name: {
      en: 'Online Training Initiative to Address Human Trafficking',
      fr: 'Online Training Initiative to Address Human Trafficking (formation en ligne gratuite)',
    },
    offers: {
      en: 'Free online training for anyone who supports survivors. You can go at your own pace. MCIS Language Solutions made it with funding from Ontario. The main course takes about 8 hours. It covers the signs and dynamics of trafficking, referral services and ways to intervene. Extra modules are for police, legal workers and health care workers. Others are on labour trafficking.',
      fr: 'Une formation en ligne gratuite pour toute personne qui soutient des personnes survivantes. Vous la suivez à votre rythme. Elle a été conçue par MCIS Language Solutions grâce au financement de l’Ontario. Le cours principal dure environ 8 heures. Il porte sur les signes et la dynamique de la traite, les services d’orientation et les façons d’intervenir. Des modules s’ajoutent pour la police, le milieu juridique et la santé. D’autres portent sur la traite à des fins de travail forcé.',
    },
    expect: {
      en: 'Start on the training website. There is a separate website for the French version.',
      fr: 'Commencez sur le site de la formation. La version française a son propre site Web.',
    },
    serves: {
      en: 'Service providers and anyone who supports survivors of human trafficking.',
      fr: 'Les fournisseurs de services et toute personne qui soutient des personnes survivantes de la traite des personnes.',
    },
    contacts: [
      {
        kind: 'web',
        url: src.trainingEn,
        label: { en: 'Training website (English)', fr: 'Site de la formation (anglais)' },
        source: src.actions2019,
        ...high,
      },
      {
        kind: 'web',
        url: src.trainingFr,
        label: { en: 'Training website (French)', fr: 'Site de la formation (français)' },
        source: src.actions2019Fr,
        ...high,
      },
    ],
    sources: [
      src.ontarioAht,
      src.trainingCurriculum,
      src.actions2019,
      src.actions2019Fr,
      src.trainingObjectives,
      src.trainingMcis,
    ],
    checked,
    confidence: 'high',
  },
  {
    id: 'camh-training',
    name: {
      en: 'CAMH online course: Introduction to Human Trafficking',
      fr: 'Cours en ligne du Centre de toxicomanie et de santé mentale (CAMH) : Introduction to Human Trafficking',
    },
    offers: {
      en: 'A free online course for mental health and addiction workers. It has 5 modules that take 2 to 3 hours in total. It was made with Indigenous input, and survivors reviewed it.',
      fr: 'Un cours en ligne gratuit pour les intervenantes et intervenants en santé mentale et en dépendances. Il compte 5 modules, d’une durée totale de 2 à 3 heures. Il a été conçu avec la participation d’Autochtones. Des personnes survivantes l’ont révisé.',
    },
    expect: {
      en: 'The course is on the EENet website (eenet.ca). The exact course page was not confirmed. Search the site for "Introduction to Human Trafficking".',
      fr: 'Le cours se trouve sur le site Web d’EENet (eenet.ca). La page exacte du cours n’a pas été confirmée. Cherchez « Introduction to Human Trafficking » sur le site.',
    },
    serves: {
      en: 'People who work in mental health and addiction services.',
      fr: 'Les personnes qui travaillent dans les services de santé mentale et de lutte contre les dépendances.',
    },
    contacts: [
      {
        kind: 'web',
        url: src.eenetSite,
        label: { en: 'EENet website', fr: 'Site Web d’EENet' },
        source: src.camhNews,
        ...high,
      },
      {
        kind: 'web',
        url: src.camhNews,
        label: { en: 'CAMH news story about the course', fr: 'Article du CAMH sur le cours (en anglais)' },
        source: src.camhNews,
        ...high,
      },
    ],
    sources: [src.ontarioAht, src.camhNews, src.eenetEvaluation],
    checked,
    confidence: 'high',
  },
];
