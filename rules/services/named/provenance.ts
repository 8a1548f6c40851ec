/**
 * Where every fact of the named entries comes from, kept out of the browser (issue 19: the directory ships with
 * the page, inside a 20 kB budget shared with the places): for each entry, the page each contact was taken from
 * (keyed by the contact: its number, `sms:` number, `tty:` number or label, `mailto:` address, URL with `chat:`
 * for a chat, or street address), the pages behind the rest of the entry (description, areas, audience, ages,
 * needs), and the day checked. `withProvenance` (./full.ts) puts them back on the entries; the build-time check
 * (rules/check-directory.ts), the tests and `npm run stale` read the result, and fail on a contact without its
 * source or a source without its contact. What the research says beyond the sources (why a contact is medium, what
 * was left out) is in ./notes.ts, which no page loads.
 *
 * Every URL is a stored copy the research files in shared/reference/ cite, written as they write it. The research
 * read stored copies of varying age; nothing was called or opened live. Before go-live, call every number and open
 * every link.
 */

/** The day the named entries were compared with the research files. */
export const namedChecked = '2026-12-06';

export type NamedProvenance = {
  /** The day this entry was checked, where it differs from `namedChecked`. */
  checked?: string;
  /** Each contact's source page, or its page and its own day checked. */
  contacts: Record<string, string | { source: string; checked: string }>;
  sources?: string[];
};

export const namedProvenance: Record<string, NamedProvenance> = {
  aocvf: {
    contacts: {
      'https://actionontarienne.ca': 'https://actionontarienne.ca/subvention-projet-traite-personnes',
    },
    sources: ['https://onfr.tfo.org/traite-des-femmes-en-ontario-des-francophones-mobilises/'],
  },
  'salvation-army-msht': {
    contacts: {
      'https://salvationarmy.ca':
        'https://salvationarmy.ca/ontario/2024/02/the-salvation-army-stands-strong-to-support-survivors-of-human-trafficking-in-ontario',
    },
  },
  'covenant-house-toronto': {
    contacts: {
      'https://covenanthousetoronto.ca': 'https://www.covenanthousetoronto.ca/homeless-youth/Crisis-Shelter',
      '20 Gerrard Street East, Toronto': 'https://en.wikipedia.org/wiki/Covenant_House_Toronto',
    },
    sources: [
      'https://covenanthousetoronto.ca/about-us/history/',
      'https://covenanthousetoronto.ca/2020/03/17/ed-mark-astons-statement-on-covid-19/',
      'https://covenanthousetoronto.ca/2024/04/29/our_impact_a_journey_through_covenant_house_toronto/',
    ],
  },
  'fcj-refugee-centre': {
    contacts: {
      'sms:647-971-2153': 'https://www.fcjrefugeecentre.org/category/programs/page/2/',
      'https://www.fcjrefugeecentre.org': 'https://www.fcjrefugeecentre.org/category/programs/page/2/',
    },
    sources: [
      'https://www.fcjrefugeecentre.org/2017/11/new-project-migrant-workers-welcome-centre/',
      'http://violencepreventiongreybruce.com/2019/03/learn-about-human-labour-trafficking-with-fcj/',
    ],
  },
  'sickkids-scan': {
    contacts: {
      '416-813-6275':
        'https://www.womenscollegehospital.ca/programs-and-services/sexual-assault-domestic-violence-care-centre/',
      'https://www.sickkids.ca':
        'https://www.sickkids.ca/AboutSickKids/Newsroom/Past-News/2019/lotus-health-launches.html',
    },
    sources: [
      'http://www.sickkids.ca/SCAN/what-we-do/make-a-referral/Referral-parameters/Medical-Symptoms-Possibly-Related-to-Sexual-Abuse/',
    ],
  },
  nwrct: {
    contacts: {
      'https://nwrct.ca':
        'https://nwrct.ca/trafficking-and-indigenous-women-with-intellectual-cognitive-and-psychosocial-disabilities',
    },
    sources: [
      'https://www.thepeterboroughexaminer.com/news/peterborough-region/2021/05/27/human-trafficking-worsened-during-the-pandemic-monsef.html',
    ],
  },
  bridgenorth: {
    contacts: {
      'https://bridgenorth.org': 'https://bridgenorth.org/advocacy/provincial-advocacy/',
    },
    sources: [
      'https://www.newmarkettoday.ca/local-news/newmarket-agency-works-to-both-prevent-heal-victims-of-sex-trafficking-7447272',
    ],
  },
  'cedar-centre': {
    contacts: {
      'https://cedarcentre.ca': 'https://cedarcentre.ca/york-regions-first-child-youth-advocacy-centre/',
    },
    sources: [
      'https://www.newmarkettoday.ca/local-news/newmarkets-cedar-centre-gets-13m-to-help-young-victims-of-human-trafficking-3184053',
    ],
  },
  'ncourage-peel': {
    contacts: {
      'https://peelregion.ca/business/community-partnerships/human-sex-trafficking':
        'https://peelregion.ca/business/community-partnerships/human-sex-trafficking',
      'https://peelcas.org':
        'https://peelcas.org/about-us/publications/news/peel-cas-news/2026/02/09/peel-cas-enters-the-fight-to-stop-human-sex-trafficking-with-ncourage',
    },
    sources: [
      'https://settlementatwork.org/en/news/ontario-supporting-young-victims-and-survivors-human-trafficking-peel-region',
      'https://peelregion.ca/about/news/helping-victims-survivors-human-sex-trafficking',
    ],
  },
  'savis-halton': {
    contacts: {
      'http://www.savisofhalton.org/human-trafficking/': 'http://www.savisofhalton.org/human-trafficking/',
    },
    sources: [
      'https://www.thespec.com/news-story/7936678-province-dedicates-funding-to-fight-human-trafficking-in-halton/',
      'https://dmjzone.ca/human-trafficking-is-a-problem-in-ontario-heres-how-one-place-is-trying-to-fix-it/',
      'https://www.haltonht.ca/about-us',
    ],
  },
  cschn: {
    contacts: {
      'https://www.cschn.ca': 'https://www.cschn.ca/author/myriam/',
    },
    sources: [
      'https://www.iheartradio.ca/610cktb/news/three-niagara-organizations-will-get-funding-to-battle-human-trafficking-1.14141186',
    ],
  },
  'ywca-niagara': {
    contacts: {
      'https://www.ywcaniagararegion.ca': 'https://www.ywcaniagararegion.ca',
    },
    sources: [
      'https://www.iheartradio.ca/610cktb/news/ontario-giving-ywca-niagara-1-4m-for-new-support-program-for-victims-of-human-trafficking-1.14751466',
      'https://niagaracommunityfoundation.org/ywca-safer-house-oakdale-avenue/',
    ],
  },
  'roberts-smart-centre': {
    contacts: {
      'https://www.robertssmartcentre.com': 'https://www.robertssmartcentre.com/about/',
    },
    sources: ['https://ihtoday.ca/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-ottawa/'],
  },
  'tungasuvvingat-inuit': {
    contacts: {
      'https://www.tungasuvvingatinuit.ca': 'https://www.tungasuvvingatinuit.ca/overview/',
    },
    sources: [
      'https://ihtoday.ca/tungasuvvingat-inuit-receives-multi-million-dollar-funding-in-support-of-anti-human-trafficking/',
      'https://www.cbc.ca/news/canada/north/tungasuvvingat-anti-trafficking-funding-1.6124132',
    ],
  },
  youturn: {
    contacts: {
      '613-789-0123': 'https://youturn.ca/services/anti-human-trafficking/',
      'https://youturn.ca/services/anti-human-trafficking/': 'https://youturn.ca/services/anti-human-trafficking/',
    },
  },
  'womens-resources-kawartha-lakes': {
    contacts: {
      'https://womensresources.ca/21776-2/': 'https://womensresources.ca/21776-2/',
    },
    sources: [
      'https://www.lauriescottmpp.com/ontario_increasing_supports_for_victims_and_survivors_of_human_trafficking_in_kawartha_lakes',
    ],
  },
  'kenora-chiefs-advisory': {
    contacts: {
      'https://www.kenorachiefs.org':
        'https://www.kenorachiefs.org/2024/01/11/ontario-supporting-kenora-youth-wellness-hub-with-500000-renovation/',
    },
    sources: [
      'https://bobbaileympp.com/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-northern-ontario/',
    ],
  },
  beendigen: {
    contacts: {
      '1-888-200-9997': 'https://anishinabeknews.ca/?p=26580',
      'https://beendigen.com': 'https://beendigen.com/?p=288',
    },
    sources: [
      'https://www.beendigen.com/2020/03/05/beendigen-holds-anti-human-trafficking-conference-for-rural-remote-communities/',
    ],
  },
  'indige-spheres': {
    contacts: {
      'http://indige-spheres.com/anti-human-trafficking/': 'http://indige-spheres.com/anti-human-trafficking/',
    },
    sources: [
      'https://bobbaileympp.com/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-northern-ontario/',
    ],
  },
  'angels-of-hope': {
    contacts: {
      'https://www.aohagainsttrafficking.ca':
        'https://www.aohagainsttrafficking.ca/2023/06/01/2022-2023-victim-services-awards-of-distinction-recipient/',
    },
    sources: ['https://www.thesudburystar.com/news/local-news/anti-trafficking-group-in-sudbury-expanding-its-reach'],
  },
  'womens-house-bruce-grey': {
    contacts: {
      '1-800-265-3026': 'https://news.brucebeach.ca/2023/02/21/womens-house-marking-human-trafficking-awareness-day/',
      'sms:226-930-0426': 'https://news.brucebeach.ca/2023/02/21/womens-house-marking-human-trafficking-awareness-day/',
    },
    sources: ['https://saugeentimes.com/national-human-trafficking-awareness-day-february-22-2023/'],
  },
  'hamilton-police-victim-services': {
    contacts: {
      '905-546-4904': 'https://hamiltonpolice.on.ca/victim-services/services-support',
      'https://hamiltonpolice.on.ca/prevention/human-trafficking':
        'https://hamiltonpolice.on.ca/prevention/human-trafficking',
    },
  },
  'victim-services-middlesex-london': {
    contacts: {
      '519-661-5636': 'https://www.londonpolice.ca/crime-prevention/information-for-victims-of-crime',
      'https://vsmiddlesex.org': 'https://vsmiddlesex.org/about/history',
    },
    sources: [
      'https://www.ontario.ca/document/2025-2026-mccss-service-objectives-community-services/2025-2026-services-delivered-victim',
    ],
  },
  'victim-services-bruce-grey-perth': {
    contacts: {
      '1-866-376-9852': 'http://www.vsbgp.com/services/victim-crisis-assistance-referral-service',
      '1-888-577-3111': 'http://www.vsbgp.com/services/victim-crisis-assistance-referral-service',
    },
    sources: [
      'https://www.ontario.ca/document/2025-2026-mccss-service-objectives-community-services/2025-2026-services-delivered-victim',
    ],
  },
  'cochrane-victim-services': {
    contacts: {
      '705-272-2598': 'https://www.cochranetimespost.ca/news/local-news/everyone-needs-a-lifeline',
      '705-338-2188': 'https://www.cochranetimespost.ca/news/local-news/everyone-needs-a-lifeline',
    },
  },
  'peterborough-police-victim-services': {
    contacts: {
      '705-876-1122 x268': 'https://www.peterboroughpolice.com/learn/investigative-services/victim-services/',
    },
  },
  'victim-services-windsor-essex': {
    contacts: {
      '519-723-2711':
        'https://www.iheartradio.ca/am800/news/wps-supports-windsor-city-council-in-declaring-ipv-an-epidemic-1.20070164',
    },
    sources: ['http://themediaplex.com/real-time-support-now-offered-for-ipv-victims'],
  },
  'timmins-victim-services': {
    contacts: {
      'http://timminsvictimservices.ca': 'http://timminsvictimservices.ca/index.php?option=com_k2&view=item&id=251',
    },
    sources: [
      'https://northernontario.ctvnews.ca/alarming-human-trafficking-stats-in-timmins-signs-evolving-1.6788453',
    ],
  },
  'sudbury-area-victim-services': {
    contacts: {
      'https://www.savs.ca': 'https://www.savs.ca/copy-of-about',
    },
    sources: ['https://openparliament.ca/committees/status-of-women/44-1/64/tiffany-pyoli-york-9/only'],
  },
  'cas-toronto': {
    contacts: {
      '416-924-4646': 'https://www.torontocas.ca/resources/faqs/',
      '1-866-527-0833': 'https://www.torontocas.ca/resources/faqs/',
    },
  },
  'ccas-toronto': {
    contacts: {
      '416-395-1500': 'https://torontoccas.ca/index.php/en-ccast/page/reporting-faqs',
    },
  },
  'jfcs-toronto': {
    contacts: {
      '416-638-7800 x6234': 'https://www.jfandcs.com/child-abuse-prevention-month',
      '1-800-404-1393': 'https://www.jfandcs.com/child-abuse-prevention-month',
    },
  },
  'durham-cas': {
    contacts: {
      '905-433-1551': 'https://durhamcas.ca/parent-resources/if-your-child-is-in-care/',
    },
    sources: ['http://durhamcas.ca/covid-19-family-visits/'],
  },
  'peel-cas': {
    contacts: {
      '905-363-6131': 'https://peelcas.org/protecting_children.asp?page=78',
    },
    sources: ['https://peelcas.org/aboutus.asp'],
  },
  'york-cas': {
    contacts: {
      '905-895-2318': 'http://www.yorkcas.org/contact.asp',
      '1-800-718-3850': 'http://www.yorkcas.org/contact.asp',
    },
    sources: ['https://www.yorkcas.org/protecting-children/when-you-call/'],
  },
  'halton-cas': {
    contacts: {
      '905-333-4441': 'http://haltoncas.ca/news-category/current-news-category/',
      '866-607-5437': 'http://haltoncas.ca/news-category/current-news-category/',
      'tty:TTY: dial 711': 'http://haltoncas.ca/news-category/current-news-category/',
    },
  },
  'hamilton-cfs': {
    contacts: {
      '905-522-1121': 'https://thrivechildandyouth.ca/reporting-child-abuse-the-duty-to-report.html',
      '905-522-8053': 'https://thrivechildandyouth.ca/reporting-child-abuse-the-duty-to-report.html',
    },
    sources: ['https://www.hamiltoncas.com/about-us/'],
  },
  'ccas-hamilton': {
    contacts: {
      '905-525-2012': 'https://www.hamiltonccas.on.ca/services-and-impact/child-abuse-or-neglect/',
      '1-855-550-3571': 'https://www.hamiltonccas.on.ca/services-and-impact/child-abuse-or-neglect/',
      '905-522-8053': 'https://www.hamiltonccas.on.ca/services-and-impact/child-abuse-or-neglect/',
    },
  },
  'ottawa-cas': {
    contacts: {
      '613-747-7800': 'http://www.casott.on.ca/en/news-and-events/recognizing-and-reporting-child-abuse/',
    },
  },
  'waterloo-facs': {
    contacts: {
      '519-576-0540': 'https://wrps.ca/node/124',
    },
    sources: ['https://www.facswaterloo.org/aboutus'],
  },
  'niagara-facs': {
    contacts: {
      '905-937-7731': 'https://www.facsniagara.on.ca/our-services/child-protection/',
      '888-937-7731': 'https://www.facsniagara.on.ca/our-services/child-protection/',
      'tty:905-937-8105': 'https://www.facsniagara.on.ca/our-services/child-protection/',
    },
  },
  'guelph-wellington-fcs': {
    contacts: {
      '519-824-2410': 'https://www.fcsgw.org/protecting-children/how-to-make-a-referral/',
      '1-800-265-8300': 'https://www.fcsgw.org/protecting-children/how-to-make-a-referral/',
    },
  },
  'dufferin-cfs': {
    contacts: {
      '519-941-1530': 'https://dcafs.on.ca/child-protection/',
    },
  },
  'family-connexions': {
    contacts: {
      '1-800-461-4236': 'https://familyconnexions.ca/child-protection/what-will-happen-if-call/',
    },
  },
  'bruce-grey-cfs': {
    contacts: {
      '519-372-2526': 'https://www.owensoundcurrent.com/p/urgent-adult-protective-services',
      '1-877-552-4453': 'https://www.owensoundcurrent.com/p/urgent-adult-protective-services',
    },
    sources: ['https://www.bgcfs.ca/about/'],
  },
  'huron-perth-cas': {
    contacts: {
      '519-524-7356': 'http://www.h-pcas.ca/about-us/',
      '1-800-265-5198': 'http://www.h-pcas.ca/about-us/',
      '519-271-5290': 'http://www.h-pcas.ca/about-us/',
      '1-800-668-5094': 'http://www.h-pcas.ca/about-us/',
    },
  },
  'london-cas': {
    contacts: {
      '519-455-9000': 'https://www.healthunit.com/child-abuse',
    },
    sources: ['https://www.caslondon.on.ca/cms/one.aspx?portalid=12748371&pageid=13302123'],
  },
  'elgin-fcs': {
    contacts: {
      '519-631-1492': 'https://caselgin.on.ca',
      '1-800-260-6960': 'https://caselgin.on.ca',
    },
    sources: ['http://caselgin.on.ca/services'],
  },
  'windsor-essex-cas': {
    contacts: {
      '519-252-1171': 'https://www.wecas.on.ca/report-a-concern-2/',
      '519-322-0555': 'https://www.wecas.on.ca/report-a-concern-2/',
    },
  },
  'linck-chatham-kent': {
    contacts: {
      '519-352-0440':
        'https://www.chathamthisweek.com/news/local-news/local-organizations-offering-mental-health-resources-amid-covid-19-2',
    },
    sources: ['http://ckcs.on.ca/about'],
  },
  'grand-erie-cfs': {
    contacts: {
      '1-888-753-8681': 'https://cfsgefoundation.ca/about-us/history/',
    },
    sources: ['https://cfsge.ca/history-of-brant-family-and-childrens-services/', 'https://brantfacs.ca/what-we-do/'],
  },
  'haldimand-norfolk-cas': {
    contacts: {
      '1-888-227-5437': 'http://www.cashn.on.ca/our-services/child-protection-reporting-abuse/',
    },
  },
  'kawartha-haliburton-cas': {
    contacts: {
      '705-743-9751': 'https://www.khcas.on.ca/about-us/the-mandate-of-the-kawartha-haliburton-childrens-aid-society/',
      '1-800-661-2843':
        'https://www.khcas.on.ca/about-us/the-mandate-of-the-kawartha-haliburton-childrens-aid-society/',
    },
    sources: ['https://www.khcas.on.ca/resources/frequently-asked-questions/'],
  },
  'highland-shores-cas': {
    contacts: {
      '1-800-267-0570': 'https://highlandshorescas.com/report/what-happens-when-you-call',
    },
  },
  'frontenac-lennox-addington-facs': {
    contacts: {
      '613-545-3227': 'https://www.facsfla.ca/programs/',
    },
  },
  'lanark-leeds-grenville-fcs': {
    contacts: {
      '1-855-667-2726': 'https://fcsllg.ca/our-services/child-protection-services/what-happens-when-you-call/',
      '613-498-2100': 'https://fcsllg.ca/our-services/child-protection-services/what-happens-when-you-call/',
    },
    sources: ['https://fcsllg.ca/safe-kids/child-protective-services/'],
  },
  'renfrew-fcs': {
    contacts: {
      '613-735-6866':
        'https://www.pembrokeobserver.com/news/local-news/family-and-childrens-services-of-renfrew-county-restricts-access-suspends-programs-in-response-to-coronavirus-pandemic',
    },
  },
  'sdg-cas': {
    contacts: {
      '613-933-2292': 'https://www.cassdg.ca/en/protecting-children/reporting-your-concerns/report-it',
    },
  },
  'sudbury-manitoulin-cas': {
    contacts: {
      '705-566-3113': 'https://www.casdsm.on.ca/',
    },
  },
  neofacs: {
    contacts: {
      '1-705-360-7100': 'https://www.ctctc.org/reporting-child-abuse-and-neglect/',
    },
  },
  'thunder-bay-cas': {
    contacts: {
      '807-343-6100': 'https://www.thunderbaycas.ca/',
      '1-800-465-3905': 'https://www.thunderbaycas.ca/',
    },
    sources: ['https://www.thunderbaycas.ca/family-services'],
  },
  ncfst: {
    contacts: {
      '416-969-8510': 'https://nativechild.org/category/agency-news/',
      'https://nativechild.org': 'https://nativechild.org/tag/2slgbtq/',
    },
    sources: [
      'https://bobbaileympp.com/ontario-supporting-young-victims-and-survivors-of-human-trafficking-in-toronto/',
    ],
  },
  dbcfs: {
    contacts: {
      '1-844-523-2237': 'https://www.binnoojiiyag.ca/news-events/covid-19/',
    },
    sources: [
      'https://www.khcas.on.ca/our-commitment-to-reconciliation/our-commitment/',
      'http://www.yorkcas.org/contact.asp',
    ],
  },
  tikinagan: {
    contacts: {
      '1-800-465-3624': 'https://www.tikinagan.org/protecting-children',
      '807-737-3466': 'https://www.tikinagan.org/protecting-children',
    },
    sources: ['https://tikinagan.org/news/tikinagan-welcomes-expanded-authority-thunder-bay-district'],
  },
  'kina-gbezhgomi': {
    contacts: {
      '1-800-268-1899': 'https://www.kgcfs.org/covid-19-march-22-2020/',
      '1-705-859-2100': 'https://www.kgcfs.org/covid-19-march-22-2020/',
    },
  },
  kunuwanimano: {
    contacts: {
      '1-800-461-1293': 'https://www.ctctc.org/reporting-child-abuse-and-neglect/',
    },
  },
  payukotayno: {
    contacts: {
      '1-888-298-2916': 'https://www.ctctc.org/reporting-child-abuse-and-neglect/',
    },
  },
  'ontario-211': {
    contacts: {
      '211': 'https://www.ontariocaregiver.ca/en/find-support/211.aspx',
      '1-877-330-3213': 'https://www.ontariocaregiver.ca/en/find-support/211.aspx',
      'tty:1-888-340-1001': 'https://www.ontariocaregiver.ca/en/find-support/211.aspx',
      'chat:https://211ontario.ca/chat/': 'https://www.ontariocaregiver.ca/en/find-support/211.aspx',
    },
    sources: [
      'https://211ontario.ca/about-211-ontario/news/211-ontario-helpline-goes-province-wide-over-4-million-served/',
      'https://211ontario.ca/privacy-policy/',
      'https://unitedwaykfla.ca/february-11-2016-is-211-day',
      'https://www.insauga.com/calling-this-number-can-help-struggling-ontarians-find-immediate-support/',
    ],
  },
  sheltersafe: {
    contacts: {
      'https://sheltersafe.ca': 'https://sheltersafe.ca/about-shelters/',
    },
    sources: [
      'https://endvaw.ca/archives/news/sheltersafe-ca-launches-new-and-improved-search-features-for-women-and-children-escaping-violence/',
    ],
  },
  'assaulted-womens-helpline': {
    contacts: {
      '416-863-0511': 'http://www.intervalhouse.ca/what-can-i-do',
      'https://www.awhl.org': 'https://www.awhl.org/covid-19',
    },
    sources: [
      'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-vaw-provincial-crisis-lines',
      'https://cupe.on.ca/help/?share=facebook',
    ],
  },
  'toronto-central-intake': {
    contacts: {
      '416-338-4766': 'https://www.toronto.ca/community-people/housing-shelter/homeless-help/shelters/',
      '311': 'https://www.toronto.ca/community-people/housing-shelter/homeless-help/shelters/',
      '1-877-338-3398': 'https://www.socialplanningtoronto.org/covid_homeless',
      'https://www.toronto.ca/community-people/housing-shelter/homeless-help/shelters/':
        'https://www.toronto.ca/community-people/housing-shelter/homeless-help/shelters/',
    },
  },
  femaide: {
    contacts: {
      '1-877-336-2433': 'https://l-express.ca/oasis-une-hausse-de-36-dappels-de-femmes-en-detresse',
    },
    sources: [
      'https://ontario400.ca/400jours/lunique-ligne-decoute-francophone-destinee-aux-femmes-ontariennes-touchees-par-la-violence/',
      'https://news.ontario.ca/opo/en/2014/12/working-to-end-sexual-violence-and-harassment-and-support-survivors.html',
    ],
  },
  talk4healing: {
    contacts: {
      '1-855-554-4325': 'https://cupe.on.ca/help/?share=facebook',
    },
    sources: [
      'https://www.ontario.ca/document/mccss-service-objectives-community-services/services-delivered-vaw-provincial-crisis-lines',
      'https://www.thestar.com/news/gta/2018/10/16/crisis-helpline-for-indigenous-women-to-expand-across-province.html',
    ],
  },
  'suicide-crisis-988': {
    contacts: {
      '988':
        'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
      'sms:988':
        'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
    },
    sources: [
      'https://cmhakelowna.com/blog/canadas-9-8-8-suicide-crisis-helpline-launches',
      'https://jeunessejecoute.ca//nos-services',
    ],
  },
  'kids-help-phone': {
    contacts: {
      'sms:686868': 'https://kidshelpphone.ca/text-about-it/',
      '1-800-668-6868': 'https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118',
      'https://kidshelpphone.ca': 'https://kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/',
    },
    sources: ['https://jeunessejecoute.ca//nos-services'],
  },
  good2talk: {
    contacts: {
      '1-866-925-5454':
        'http://amp.cbc.ca/news/canada/toronto/hotline-offers-help-to-stressed-post-secondary-students-1.1913468',
    },
    sources: [
      'http://sunarchives.sheridanc.on.ca/blog/2013/11/12/have-no-fear-help-is-here-ontario-offers-mental-health-helpline/',
      'https://thevarsity.ca/2020/02/09/province-invests-1-million-in-good2talk-for-all-ontario-postsecondary-students/',
    ],
  },
  'hope-for-wellness': {
    contacts: {
      '1-855-242-3310':
        'http://www.hpechildrenandyouth.ca/2016/10/government-of-canada-announces-mental-wellness-help-line-for-indigenous-peoples/',
      'chat:http://hopeforwellness.ca':
        'https://cichprofile.ca/module/7/section/4/page/health-promotion-and-prevention-link-to-government-services',
    },
    sources: ['http://www.rcinet.ca/en/2018/05/08/canada-aboriginal-mental-health-line/'],
  },
  'sexual-assault-centres': {
    contacts: {
      'https://sexualassaultsupport.ca/support/':
        'https://sexualassaultsupport.ca/are-you-a-friend-of-your-local-community-sexual-assault-centre',
      'http://www.sadvtreatmentcentres.net': 'http://www.sadvtreatmentcentres.net/en/view.php?key=39&menu=37&lang=en',
    },
    sources: ['https://stepstojustice.ca/steps/family-law/1-get-help-if-you-or-someone-you-love-danger/'],
  },
  'womens-college-sadvcc': {
    contacts: {
      '416-323-6040':
        'https://www.womenscollegehospital.ca/programs-and-services/sexual-assault-domestic-violence-care-centre/',
    },
    sources: ['http://www.sadvtreatmentcentres.net/en/view.php?key=39&menu=37&lang=en'],
  },
  connexontario: {
    contacts: {
      '1-866-531-2600':
        'https://lfpress.com/news/local-news/aid-agency-combines-simplifies-helplines/wcm/87055fda-01e8-47a7-a26c-94d8fda56b1e/',
      'sms:247247': 'https://www.playcanada.com/news/gambling-addiction-hotlines-canada/',
      'https://www.connexontario.ca': 'https://www.connexontario.ca/database-inclusion-criteria',
    },
    sources: ['https://connexontario.ca/privacy-policy', 'https://innovatingcanada.ca/?p=60449'],
  },
  serviceontario: {
    contacts: {
      '1-800-267-8097': 'https://lignesantehnhb.ca/printService.aspx?id=169979',
      '1-800-268-1154': 'https://orillia.cioc.ca/record/CWD2744',
      'https://www.ontario.ca/page/replace-drivers-licence': 'https://www.ontario.ca/page/replace-drivers-licence',
    },
    sources: [
      'https://bobbaileympp.com/ontario-eliminating-birth-certificate-fee-for-vulnerable-ontarians/',
      'https://ontario.ca/laws/regulation/r05163',
    ],
  },
  'service-canada-sin': {
    contacts: {
      '1-800-206-7218':
        'https://settlement.org/ontario/daily-life/consumer-protection/lost-or-stolen-identification/what-do-i-do-if-my-sin-is-lost-or-stolen/',
      'https://www.canada.ca/en/employment-social-development/services/sin/apply.html':
        'https://www.canada.ca/en/employment-social-development/services/sin/apply.html',
    },
  },
  'passport-program': {
    contacts: {
      '1-800-567-6868':
        'https://www.canada.ca:443/en/immigration-refugees-citizenship/services/canadian-passports/lost-stolen-inaccessible-damaged-found.html',
    },
  },
  'legal-aid-ontario': {
    contacts: {
      '1-800-668-8258': 'https://www.legalaid.on.ca/faq/what-are-duty-counsel/',
      '416-979-1446': 'https://www.legalaid.on.ca/faq/what-are-duty-counsel/',
      'tty:1-800-855-0511': 'https://www.legalaid.on.ca/faq/what-are-duty-counsel/',
    },
    sources: [
      'https://www.legalaid.on.ca/covid-19-legal-aid-services/',
      'https://www.cleo.on.ca/en/publications/handbook/general-legal-services',
    ],
  },
  'steps-to-justice': {
    contacts: {
      'https://stepstojustice.ca':
        'http://newswire.ca/news-releases/ontario-justice-partners-launch-new-steps-to-justice-website-a-first-of-its-kind-in-the-province-611063045.html',
    },
    sources: ['https://www.cleo.on.ca/en/whats-new?page=11'],
  },
  'law-society-referral-service': {
    contacts: {
      'https://lso.ca/public-resources/access-to-legal-services':
        'https://lso.ca/public-resources/access-to-legal-services',
      '416-947-5255': 'https://lso.ca/public-resources/access-to-legal-services',
      '1-855-947-5255': 'https://lso.ca/public-resources/access-to-legal-services',
    },
    sources: [
      'https://www.lso.ca/paralegals/about-your-licence/manage-your-licence/join-or-update-your-law-society-referral-service-s',
    ],
  },
  'employment-standards': {
    contacts: {
      '1-800-531-5551': 'http://www.labour.gov.on.ca/english/es/pubs/brochures/br_claim.php',
      'tty:1-866-567-8893': 'http://www.labour.gov.on.ca/english/es/pubs/brochures/br_claim.php',
    },
    sources: ['http://media.ontarionewsroom.com/desctxt/employment-standards---how-to-file-a-claim.html'],
  },
  'tfw-tip-line': {
    contacts: {
      '1-866-602-9448':
        'https://www.canada.ca/en/employment-social-development/services/foreign-workers/report-abuse-tl.html',
    },
    sources: [
      'https://www.canada.ca/fr/emploi-developpement-social/services/travailleurs-etrangers/signaler-abus-tl.html',
      'https://openparliament.ca/committees/human-resources/42-1/14/gerard-deltell-7',
    ],
  },
  'ircc-victim-permits': {
    contacts: {
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html':
        'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html',
      'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/vulnerable-workers.html':
        'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/vulnerable-workers.html',
      '1-888-242-2100': 'https://www.infotetquebec.com/en/what-is-the-open-work-permit-for-vulnerable-workers/',
    },
    sources: [
      'https://www.canada.ca/en/immigration-refugees-citizenship/news/notices/better-support-foreign-nationals-facing-human-trafficking-family-violence-canada.html',
    ],
  },
  'lgbt-youthline': {
    contacts: {
      'sms:647-694-4275':
        'https://hivprevlab.ca/hiv-prevention-lab-and-the-hope-centre-stand-in-solidarity-with-trans-and-2slgbtqia-people/',
      'chat:https://www.youthline.ca': 'https://www.youthline.ca/news/re-affirming-our-commitment-to-2slgbtq-youth/',
    },
    sources: ['https://inmagazine.ca/2024/05/ontarios-lgbt-youthline-marks-historic-30th-anniversary/'],
  },
  'trans-lifeline': {
    contacts: {
      '1-877-330-6366':
        'https://gayglobe.net/no-canada-does-not-provide-a-suicide-hotline-for-lgbtq-individuals-in-the-united-states/',
    },
    sources: ['https://en.wikipedia.org/wiki/Trans_Lifeline', 'https://wikimili.com/en/Trans_Lifeline'],
  },
  'mens-counselling-link': {
    contacts: {
      '211':
        'https://www.globenewswire.com/news-release/2025/11/04/3180053/0/en/New-free-counselling-service-launches-in-Ontario-to-help-men-get-support-before-crisis-hits.html',
    },
  },
  'myplan-canada': {
    contacts: {
      'https://myplanapp.ca': 'https://myplanapp.ca/en/safe-use/',
    },
    sources: ['https://www.nelsonhouse.on.ca/your-safety-planning'],
  },
  'tech-safety-canada': {
    contacts: {
      'https://techsafety.ca': 'https://techsafety.ca/resources/toolkits/tech-safety-planning-toolkit',
    },
    sources: ['https://endvaw.ca/?p=10112'],
  },
};
