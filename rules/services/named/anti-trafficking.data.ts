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
import type { NamedServiceInput } from '../named.schema';
import { allDay, checked, high, medium } from './common';

const base = { kind: 'anti-trafficking', checked } as const;

export const antiTraffickingData: NamedServiceInput[] = [
  {
    ...base,
    id: 'aocvf',
    name: 'Action ontarienne contre la violence faite aux femmes',
    desc: {
      en: 'A French-language network against violence toward women. It has trained workers and raised awareness about human trafficking in francophone communities. It does not offer direct services.',
      fr: 'Un réseau francophone de lutte contre la violence faite aux femmes. Il a formé des intervenantes et intervenants et sensibilisé les communautés francophones à la traite des personnes. Il n’offre pas de services directs.',
    },
    areas: 'ontario',
    audience: ['francophone', 'women'],
    needs: ['training', 'learn-more'],
    contacts: [{ kind: 'web', url: 'https://actionontarienne.ca', source: 'https://actionontarienne.ca/subvention-projet-traite-personnes', ...high }],
    sources: ['https://onfr.tfo.org/traite-des-femmes-en-ontario-des-francophones-mobilises/'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'salvation-army-msht',
    name: 'The Salvation Army Modern Slavery and Human Trafficking Response',
    desc: {
      en: 'Its staff help survivors of sex trafficking and labour trafficking in Ontario.',
      fr: 'Des intervenantes et intervenants soutiennent les personnes survivantes de la traite à des fins sexuelles ou de travail forcé en Ontario.',
    },
    areas: 'ontario',
    needs: [],
    contacts: [
      {
        kind: 'web',
        url: 'https://salvationarmy.ca',
        source: 'https://salvationarmy.ca/ontario/2024/02/the-salvation-army-stands-strong-to-support-survivors-of-human-trafficking-in-ontario',
        ...high,
      },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'covenant-house-toronto',
    name: 'Covenant House Toronto',
    desc: {
      en: 'A crisis shelter open 24/7 for youth aged 16 to 24, with counselling, health care, help with school and work, and homes for young women leaving sex trafficking.',
      fr: 'Un refuge d’urgence ouvert 24 heures sur 24 pour les jeunes de 16 à 24 ans, avec du counseling, des soins de santé, de l’aide pour les études et l’emploi, et des foyers pour les jeunes femmes qui sortent du trafic sexuel.',
    },
    areas: ['toronto'],
    audience: ['youth'],
    minAge: 16,
    maxAge: 24,
    needs: ['emergency-shelter', 'housing', 'counselling', 'skills-training'],
    contacts: [
      { kind: 'web', url: 'https://covenanthousetoronto.ca', source: 'https://www.covenanthousetoronto.ca/homeless-youth/Crisis-Shelter', ...high },
      // The street address is from Wikipedia (medium); the shelter's own page says it is open 24/7. No phone number
      // was found in a citable source.
      {
        kind: 'address',
        address: '20 Gerrard Street East, Toronto',
        label: { en: 'Walk in', fr: 'Sans rendez-vous' },
        hours: allDay,
        source: 'https://en.wikipedia.org/wiki/Covenant_House_Toronto',
        ...medium,
      },
    ],
    sources: [
      'https://covenanthousetoronto.ca/about-us/history/',
      'https://covenanthousetoronto.ca/2020/03/17/ed-mark-astons-statement-on-covid-19/',
      'https://covenanthousetoronto.ca/2024/04/29/our_impact_a_journey_through_covenant_house_toronto/',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'fcj-refugee-centre',
    name: 'FCJ Refugee Centre',
    desc: {
      en: 'Based in Toronto. It helps people trafficked for sex or labour, and migrants of any status, with legal and immigration options (including the permit for trafficking victims), housing, work and counselling.',
      fr: 'Situé à Toronto. Il aide les personnes victimes de la traite à des fins sexuelles ou de travail forcé, et les personnes migrantes de tout statut : options juridiques et d’immigration (dont le permis pour les victimes de la traite), logement, emploi et counseling.',
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
        label: { en: 'Migrant Workers Mobile Program', fr: 'Programme mobile pour les travailleuses et travailleurs migrants' },
        source: 'https://www.fcjrefugeecentre.org/category/programs/page/2/',
        ...high,
      },
      { kind: 'web', url: 'https://www.fcjrefugeecentre.org', source: 'https://www.fcjrefugeecentre.org/category/programs/page/2/', ...high },
    ],
    sources: [
      'https://www.fcjrefugeecentre.org/2017/11/new-project-migrant-workers-welcome-centre/',
      'http://violencepreventiongreybruce.com/2019/03/learn-about-human-labour-trafficking-with-fcj/',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'sickkids-scan',
    name: 'SickKids SCAN Program and Lotus Health',
    desc: {
      en: 'Health and mental health care at SickKids for children and youth under 18 who are, were or may be sexually exploited or trafficked. Police, a children’s aid society, a doctor, a parent or the young person can make a referral.',
      fr: 'Des soins de santé physique et mentale à SickKids pour les enfants et les jeunes de moins de 18 ans qui sont, ont été ou pourraient être exploités sexuellement ou victimes de la traite. La police, une société d’aide à l’enfance, un médecin, un parent ou le jeune peut faire la demande.',
    },
    areas: ['toronto'],
    audience: ['children', 'youth'],
    maxAge: 17,
    needs: ['counselling'],
    contacts: [
      {
        kind: 'phone',
        number: '416-813-6275',
        label: { en: 'SCAN program, for a child under 16 after a sexual assault', fr: 'Programme SCAN, pour un enfant de moins de 16 ans après une agression sexuelle' },
        source: 'https://www.womenscollegehospital.ca/programs-and-services/sexual-assault-domestic-violence-care-centre/',
        ...high,
      },
      { kind: 'web', url: 'https://www.sickkids.ca', source: 'https://www.sickkids.ca/AboutSickKids/Newsroom/Past-News/2019/lotus-health-launches.html', ...high },
    ],
    sources: ['http://www.sickkids.ca/SCAN/what-we-do/make-a-referral/Referral-parameters/Medical-Symptoms-Possibly-Related-to-Sexual-Abuse/'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'nwrct',
    name: "Native Women's Resource Centre of Toronto",
    desc: {
      en: 'A centre for Indigenous women in Toronto. Its website has facts about trafficking and Indigenous women with disabilities.',
      fr: 'Un centre pour les femmes autochtones à Toronto. Son site Web renseigne sur la traite et les femmes autochtones ayant un handicap.',
    },
    areas: ['toronto'],
    audience: ['indigenous', 'women'],
    needs: [],
    contacts: [
      {
        kind: 'web',
        url: 'https://nwrct.ca',
        source: 'https://nwrct.ca/trafficking-and-indigenous-women-with-intellectual-cognitive-and-psychosocial-disabilities',
        ...medium,
      },
    ],
    sources: ['https://www.thepeterboroughexaminer.com/news/peterborough-region/2021/05/27/human-trafficking-worsened-during-the-pandemic-monsef.html'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'bridgenorth',
    name: 'BridgeNorth',
    desc: {
      en: 'A survivor-led group in Newmarket. It runs a day program for youth aged 12 to 17 who were sexually exploited or trafficked, peer mentoring, and a prevention program.',
      fr: 'Un organisme dirigé par des personnes survivantes à Newmarket. Il offre un programme de jour pour les jeunes de 12 à 17 ans qui ont été exploités sexuellement ou victimes de la traite, du mentorat par les pairs et un programme de prévention.',
    },
    areas: ['york'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://bridgenorth.org', source: 'https://bridgenorth.org/advocacy/provincial-advocacy/', ...high }],
    sources: ['https://www.newmarkettoday.ca/local-news/newmarket-agency-works-to-both-prevent-heal-victims-of-sex-trafficking-7447272'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'cedar-centre',
    name: 'Cedar Centre',
    desc: {
      en: 'Fast, trauma-focused therapy for children and youth who were sexually exploited. Social workers meet youth in the community or online.',
      fr: 'Une thérapie rapide axée sur les traumatismes pour les enfants et les jeunes qui ont été exploités sexuellement. Des travailleuses et travailleurs sociaux rencontrent les jeunes dans la communauté ou en ligne.',
    },
    areas: ['york'],
    audience: ['children', 'youth'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://cedarcentre.ca', source: 'https://cedarcentre.ca/york-regions-first-child-youth-advocacy-centre/', ...high }],
    sources: ['https://www.newmarkettoday.ca/local-news/newmarkets-cedar-centre-gets-13m-to-help-young-victims-of-human-trafficking-3184053'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'ncourage-peel',
    name: 'nCourage',
    desc: {
      en: "Peel's hub for people who were sex trafficked, mainly youth aged 12 to 24: health care, trauma counselling, addiction support, legal aid, school and job help, a safe house and longer-term housing. Adults come through a partner agency.",
      fr: 'Le carrefour de Peel pour les personnes victimes de trafic sexuel, surtout les jeunes de 12 à 24 ans : soins de santé, counseling, soutien en dépendances, aide juridique, études et emploi, maison sécuritaire et logement à plus long terme. Les adultes passent par un organisme partenaire.',
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
        source: 'https://peelregion.ca/business/community-partnerships/human-sex-trafficking',
        ...high,
      },
      {
        kind: 'web',
        url: 'https://peelcas.org',
        label: { en: "Peel Children's Aid Society, which runs nCourage since February 2026", fr: 'Peel Children’s Aid Society, qui gère nCourage depuis février 2026' },
        source: 'https://peelcas.org/about-us/publications/news/peel-cas-news/2026/02/09/peel-cas-enters-the-fight-to-stop-human-sex-trafficking-with-ncourage',
        ...high,
      },
    ],
    sources: [
      'https://settlementatwork.org/en/news/ontario-supporting-young-victims-and-survivors-human-trafficking-peel-region',
      'https://peelregion.ca/about/news/helping-victims-survivors-human-sex-trafficking',
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'savis-halton',
    name: 'SAVIS of Halton',
    desc: {
      en: 'Sexual assault and violence support in Halton, with an anti-trafficking team that gives crisis help and long-term outreach. It leads the Halton Collaborative Against Human Trafficking.',
      fr: 'Du soutien en matière d’agression sexuelle et de violence à Halton, avec une équipe de lutte contre la traite qui offre de l’aide en situation de crise et un suivi à long terme. L’organisme dirige la Halton Collaborative Against Human Trafficking.',
    },
    areas: ['halton'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'http://www.savisofhalton.org/human-trafficking/', source: 'http://www.savisofhalton.org/human-trafficking/', ...high }],
    sources: [
      'https://www.thespec.com/news-story/7936678-province-dedicates-funding-to-fight-human-trafficking-in-halton/',
      'https://dmjzone.ca/human-trafficking-is-a-problem-in-ontario-heres-how-one-place-is-trying-to-fix-it/',
      'https://www.haltonht.ca/about-us',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'cschn',
    name: 'Centre de santé communautaire Hamilton/Niagara',
    desc: {
      en: 'Therapy in French for francophone children and youth, with referrals, help finding resources, outreach and prevention.',
      fr: 'De la psychothérapie en français pour les enfants et les jeunes francophones, avec de l’orientation, de l’aide pour trouver des ressources, de l’approche dans le milieu et de la prévention.',
    },
    areas: ['hamilton', 'niagara'],
    audience: ['francophone', 'children', 'youth'],
    needs: ['counselling'],
    contacts: [{ kind: 'web', url: 'https://www.cschn.ca', source: 'https://www.cschn.ca/author/myriam/', ...high }],
    sources: ['https://www.iheartradio.ca/610cktb/news/three-niagara-organizations-will-get-funding-to-battle-human-trafficking-1.14141186'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'ywca-niagara',
    name: 'YWCA Niagara Region',
    desc: {
      en: 'Crisis housing, trauma therapy and peer support for youth aged 16 to 24, and a safe house in St. Catharines for women and gender-diverse people leaving trafficking.',
      fr: 'Du logement de crise, de la thérapie des traumatismes et du soutien par les pairs pour les jeunes de 16 à 24 ans, et une maison sécuritaire à St. Catharines pour les femmes et les personnes de diverses identités de genre qui sortent de la traite.',
    },
    areas: ['niagara'],
    audience: ['women', 'youth'],
    needs: ['emergency-shelter', 'housing', 'counselling'],
    contacts: [{ kind: 'web', url: 'https://www.ywcaniagararegion.ca', source: 'https://www.ywcaniagararegion.ca', ...high }],
    sources: [
      'https://www.iheartradio.ca/610cktb/news/ontario-giving-ywca-niagara-1-4m-for-new-support-program-for-victims-of-human-trafficking-1.14751466',
      'https://niagaracommunityfoundation.org/ywca-safer-house-oakdale-avenue/',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'roberts-smart-centre',
    name: 'Roberts/Smart Centre',
    desc: {
      en: 'For youth aged 12 to 18: crisis support at any time, mobile treatment, residential services, life skills and mentoring. It offers services in French.',
      fr: 'Pour les jeunes de 12 à 18 ans : soutien en situation de crise en tout temps, traitement mobile, services résidentiels, compétences de vie et mentorat. Services offerts en français.',
    },
    areas: ['ottawa'],
    audience: ['youth', 'francophone'],
    minAge: 12,
    maxAge: 18,
    needs: ['counselling', 'skills-training'],
    contacts: [{ kind: 'web', url: 'https://www.robertssmartcentre.com', source: 'https://www.robertssmartcentre.com/about/', ...high }],
    sources: ['https://ihtoday.ca/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-ottawa/'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'tungasuvvingat-inuit',
    name: 'Tungasuvvingat Inuit',
    desc: {
      en: 'Support for Inuit aged 13 and older who are leaving sex work or trafficking: counsellors, an Inuk Elder, outreach, and help finding housing and counselling. In Ottawa and Toronto.',
      fr: 'Du soutien pour les Inuit de 13 ans et plus qui quittent le travail du sexe ou la traite : conseillères et conseillers, une personne aînée inuk, de l’approche dans le milieu et de l’aide pour trouver un logement et du counseling. À Ottawa et à Toronto.',
    },
    areas: ['ottawa', 'toronto'],
    audience: ['inuit'],
    minAge: 13,
    needs: ['counselling', 'cultural-supports', 'housing'],
    contacts: [{ kind: 'web', url: 'https://www.tungasuvvingatinuit.ca', source: 'https://www.tungasuvvingatinuit.ca/overview/', ...high }],
    sources: [
      'https://ihtoday.ca/tungasuvvingat-inuit-receives-multi-million-dollar-funding-in-support-of-anti-human-trafficking/',
      'https://www.cbc.ca/news/canada/north/tungasuvvingat-anti-trafficking-funding-1.6124132',
    ],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'youturn',
    name: 'Youturn Youth Support Services',
    desc: {
      en: 'Targeted and long-term support for youth aged 12 to 25 who are involved in trafficking or at risk of it.',
      fr: 'Du soutien ciblé et à long terme pour les jeunes de 12 à 25 ans touchés par la traite ou à risque de l’être.',
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
          en: 'Referral line: leave a message for the intake worker. Not for emergencies.',
          fr: 'Ligne d’orientation : laissez un message à la personne responsable de l’accueil. Pas pour les urgences.',
        },
        source: 'https://youturn.ca/services/anti-human-trafficking/',
        ...high,
      },
      { kind: 'web', url: 'https://youturn.ca/services/anti-human-trafficking/', source: 'https://youturn.ca/services/anti-human-trafficking/', ...high },
    ],
    confidence: 'high',
  },
  {
    ...base,
    id: 'womens-resources-kawartha-lakes',
    name: "Women's Resources of Kawartha Lakes",
    desc: {
      en: 'Helps survivors plan how to leave and get out, with emergency shelter, housing, food and clothing, help getting ID, and someone to go with them to appointments. A 4-month program helps youth.',
      fr: 'Aide les personnes survivantes à planifier leur départ et à partir, avec un refuge d’urgence, un logement, de la nourriture et des vêtements, de l’aide pour obtenir des pièces d’identité et de l’accompagnement aux rendez-vous. Un programme de 4 mois aide les jeunes.',
    },
    areas: ['kawartha-lakes'],
    audience: ['women', 'youth'],
    needs: ['safety-planning', 'emergency-shelter', 'housing', 'id-replacement'],
    contacts: [{ kind: 'web', url: 'https://womensresources.ca/21776-2/', source: 'https://womensresources.ca/21776-2/', ...high }],
    sources: ['https://www.lauriescottmpp.com/ontario_increasing_supports_for_victims_and_survivors_of_human_trafficking_in_kawartha_lakes'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'kenora-chiefs-advisory',
    name: 'Kenora Chiefs Advisory',
    desc: {
      en: 'Support rooted in culture for Indigenous youth aged 13 to 24. It offers one-on-one help, counselling, mental health care and referrals.',
      fr: 'Du soutien ancré dans la culture pour les jeunes autochtones de 13 à 24 ans. Il offre de l’aide individuelle, du counseling, des soins de santé mentale et de l’orientation.',
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
        source: 'https://www.kenorachiefs.org/2024/01/11/ontario-supporting-kenora-youth-wellness-hub-with-500000-renovation/',
        ...high,
      },
    ],
    sources: ['https://bobbaileympp.com/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-northern-ontario/'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'beendigen',
    name: "Beendigen Anishinabe Women's Crisis Home & Family Healing Agency",
    desc: {
      en: 'A crisis home for Indigenous women and children in Thunder Bay, open 24/7, with walk-in counselling and an anti-trafficking program. Non-Indigenous women are not turned away.',
      fr: 'Une maison d’hébergement de crise pour les femmes et les enfants autochtones à Thunder Bay, ouverte 24 heures sur 24, avec du counseling sans rendez-vous et un programme de lutte contre la traite. Les femmes non autochtones ne sont pas refusées.',
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
        label: { en: 'Crisis line', fr: 'Ligne de crise' },
        source: 'https://anishinabeknews.ca/?p=26580',
        ...medium,
      },
      { kind: 'web', url: 'https://beendigen.com', source: 'https://beendigen.com/?p=288', ...high },
    ],
    sources: ['https://www.beendigen.com/2020/03/05/beendigen-holds-anti-human-trafficking-conference-for-rural-remote-communities/'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'indige-spheres',
    name: 'Indige-Spheres to Empowerment',
    desc: {
      en: 'Workshops on human trafficking for Indigenous youth in northern Ontario, and a network of survivors.',
      fr: 'Des ateliers sur la traite des personnes pour les jeunes autochtones du Nord de l’Ontario, et un réseau de personnes survivantes.',
    },
    areas: ['thunder-bay'],
    audience: ['indigenous', 'youth'],
    needs: ['learn-more'],
    contacts: [{ kind: 'web', url: 'http://indige-spheres.com/anti-human-trafficking/', source: 'http://indige-spheres.com/anti-human-trafficking/', ...medium }],
    sources: ['https://bobbaileympp.com/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-northern-ontario/'],
    confidence: 'medium',
  },
  {
    ...base,
    id: 'angels-of-hope',
    name: 'Angels of Hope Against Human Trafficking',
    desc: {
      en: 'Long-term support in English and French for survivors and their loved ones: mental health and addiction counselling, peer support and life-skills workshops. Its online groups are open to survivors anywhere in Ontario.',
      fr: 'Du soutien à long terme en français et en anglais pour les personnes survivantes et leurs proches : counseling en santé mentale et en dépendances, soutien par les pairs et ateliers de compétences de vie. Ses groupes en ligne sont ouverts aux personnes survivantes de partout en Ontario.',
    },
    areas: ['greater-sudbury'],
    needs: ['counselling', 'addiction', 'skills-training'],
    contacts: [
      {
        kind: 'web',
        url: 'https://www.aohagainsttrafficking.ca',
        source: 'https://www.aohagainsttrafficking.ca/2023/06/01/2022-2023-victim-services-awards-of-distinction-recipient/',
        ...high,
      },
    ],
    sources: ['https://www.thesudburystar.com/news/local-news/anti-trafficking-group-in-sudbury-expanding-its-reach'],
    confidence: 'high',
  },
  {
    ...base,
    id: 'womens-house-bruce-grey',
    name: "Women's House Serving Bruce and Grey",
    desc: {
      en: 'A shelter organization for women at risk of harm or being harmed, including by trafficking. Its crisis line is open 24 hours a day.',
      fr: 'Un organisme d’hébergement pour les femmes à risque de violence ou qui en subissent, y compris la traite. Sa ligne de crise est ouverte 24 heures sur 24.',
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
        label: { en: 'Crisis line', fr: 'Ligne de crise' },
        source: 'https://news.brucebeach.ca/2023/02/21/womens-house-marking-human-trafficking-awareness-day/',
        ...medium,
      },
      { kind: 'text', number: '226-930-0426', source: 'https://news.brucebeach.ca/2023/02/21/womens-house-marking-human-trafficking-awareness-day/', ...medium },
    ],
    sources: ['https://saugeentimes.com/national-human-trafficking-awareness-day-february-22-2023/'],
    confidence: 'medium',
  },
];
