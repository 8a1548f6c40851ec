import type { Audience } from '../../rules/services/named-ids';
import type { Age, Danger, InCare, Indigenous, Need, Role, SectionId, WorkerNoteId } from '../../rules';

/** A text that reads the same for a survivor (`you`) and for a worker or trainer (`them`). */
export const forBoth = (text: string) => ({ you: text, them: text });

/**
 * Every English string the wizard shows, keyed by screen and question. `you` is the wording for a survivor
 * (second person); `them` is for a worker or trainer, about "the person you are helping" (third person).
 * Survivor-facing text aims at grade 6–8: short sentences, common words. Canadian spelling.
 */
export const en = {
  lang: 'en',
  meta: {
    siteName: 'Find help and support',
    description: 'A private, step-by-step guide to anti-human trafficking services and supports in Ontario.',
    plainTitle: 'Notes',
  },
  skipLink: 'Skip to main content',
  language: { label: 'Français', hint: 'Lire cette page en français', lang: 'fr' },
  exit: {
    button: 'Exit this page',
    hidden: 'Emergency',
    shortcutHint: 'Or press Shift 3 times',
    leaving: 'Loading.',
    pressTwoMore: 'Shift, press 2 more times to exit.',
    pressOneMore: 'Shift, press 1 more time to exit.',
    timedOut: 'Exit shortcut reset.',
  },
  helpBar: {
    label: 'Get help now',
    danger: 'In danger? Call',
    /** On a phone: the number says the rest. */
    dangerShort: 'In danger?',
    hotline: 'Human trafficking hotline, 24/7:',
    hotlineShort: 'Hotline 24/7:',
    /** Leads the hotline's duty to report at the foot of every screen. */
    hotlineNote: 'About the hotline:',
  },
  common: {
    /** The hotline's own duty to report, said wherever the tool offers the hotline (product spec section 4). */
    hotlineDutyToReport:
      'The hotline keeps what you say private. But if someone is in danger right now, or a child is at risk, it must tell the authorities.',
    continue: 'Continue',
    back: 'Back',
    restart: 'Start again',
    change: 'Change',
    preferNotToSay: 'Prefer not to say',
    yes: 'Yes',
    no: 'No',
    notSure: 'Not sure',
    notAnswered: 'Not answered',
    stepOf: (n: number, total: number) => `Question ${n} of ${total}`,
    /** A label before its value: "Hours: " in English, "Heures : " in French. */
    labelled: (label: string) => `${label}: `,
  },
  errors: {
    summaryTitle: 'There is a problem',
    titlePrefix: 'Error: ',
    choose: {
      role: 'Choose who is using this tool',
      danger: forBoth('Choose yes, no or not sure'),
      age: { you: 'Choose your age, or prefer not to say', them: 'Choose their age, or prefer not to say' },
      inCare: forBoth('Choose yes, no or prefer not to say'),
      region: {
        you: 'Choose where you live, or prefer not to say',
        them: 'Choose where they live, or prefer not to say',
      },
      indigenous: {
        you: 'Choose whether you are First Nations, Métis or Inuit, or prefer not to say',
        them: 'Choose whether the person is First Nations, Métis or Inuit, or prefer not to say',
      },
    },
  },
  role: {
    title: 'Start',
    heading: 'Find help and support',
    intro:
      'Answer a few questions to see which services in Ontario can help with human trafficking. It takes about 3 minutes. Nothing you enter is saved or sent.',
    safetyHeading: 'Your safety',
    safety: [
      'This tool does not save your answers, and it sends nothing anywhere.',
      'To leave fast, use “Exit this page” or press the Shift key 3 times.',
      'Your browser may still keep a record that you visited this site.',
    ],
    /** Beside the safety notice: the browser's Back leaves on purpose (one history entry); the page's own Back goes back. */
    backExplained:
      'Your browser’s Back button leaves this tool. To go back one question, use the “Back” button above the question.',
    safetyLink: 'How to use this tool more safely',
    /** To the whole directory, without the questions (/services/). */
    servicesLink: 'See all services',
    /** Shown only when the browser runs no JavaScript (a <noscript>): the questions cannot work without it. */
    noScript: {
      heading: 'This tool needs JavaScript',
      body: 'JavaScript is off or blocked in this browser, so the questions cannot work. Some browsers turn it off for privacy. This tool saves nothing and sends nothing, even with JavaScript on.',
      exit: '“Exit this page” still works, but pressing Shift 3 times does not.',
    },
    /** Shown only when one of the page's scripts failed to arrive (components/ui/page-guard.tsx). */
    loadFailed: {
      heading: 'This page did not load completely',
      body: 'Part of this tool did not arrive. The connection may be slow or cut off. Reload the page to try again.',
      exit: '“Exit this page” and pressing Shift 3 times still work.',
    },
    /** Shown when Continue is pressed before the page has finished loading (components/ui/page-guard.tsx). */
    stillLoading: 'This page is still loading. Wait a moment, then press Continue again.',
    /** Ends both notices above: what works without the page's scripts. */
    stillWorks: 'You can still call 911 or the hotline: the numbers are at the top of the page.',
    plainTitle: 'Show a plain title (“Notes”) in the browser tab',
    plainTitleHint: 'The tab then shows “Notes”. Your history still shows this site’s address.',
    legend: 'Who is using this tool?',
    options: {
      self: 'I want help for myself',
      'someone-else': 'I am worried about someone I know',
      worker: 'I am a frontline worker helping someone',
      trainer: 'I am a trainer showing how referrals work',
    } satisfies Record<Role, string>,
  },
  danger: {
    title: 'Danger',
    legend: { you: 'Are you in danger right now?', them: 'Is the person you are helping in danger right now?' },
    hint: {
      you: 'For example, someone is hurting you, threatening you or will not let you leave.',
      them: 'For example, someone is hurting them, threatening them or will not let them leave.',
    },
    options: { yes: 'Yes', no: 'No', unsure: 'Not sure' } satisfies Record<Danger, string>,
  },
  emergency: {
    title: 'Get help now',
    heading: forBoth('Call 911 now'),
    callNow: {
      you: 'If you are in danger, call 911 or your local police. You can call even if you are not sure.',
      them: 'If the person is in danger, call 911 or your local police. Call even if you are not sure.',
    },
    noText: 'Call 911 rather than sending a text. In Toronto, for example, 911 cannot receive text messages.',
    thenHotline: 'When you can, call the Canadian Human Trafficking Hotline. It is free and open day and night.',
    chat: {
      you: 'Not safe to talk out loud? You can chat with the hotline online instead, in English or French.',
      them: 'If the person cannot talk out loud safely, they can chat with the hotline online, in English or French.',
    },
    chatLink: 'Chat with the hotline',
    nextHeading: 'What next?',
    continue: { you: 'Answer the questions to see more help', them: 'Answer the questions to see more services' },
    skip: 'Go straight to the list of services',
    /** After the worker's one-page form: every question is answered, so the one way on is the list. */
    toSummary: 'See the list of services',
  },
  age: {
    title: 'Age',
    legend: { you: 'How old are you?', them: 'How old is the person you are helping?' },
    hint: {
      you: 'Some services are only for people under 18.',
      them: 'Some services are only for children and youth under 18. If you do not know, choose “Prefer not to say”.',
    },
    options: {
      'under-16': 'Under 16',
      '16-17': '16 or 17',
      '18-24': '18 to 24',
      '25-plus': '25 or older',
      unknown: 'Prefer not to say',
    } satisfies Record<Age, string>,
  },
  inCare: {
    title: 'Care',
    legend: {
      you: 'Are you in the care of a children’s aid society, or leaving it?',
      them: 'Is the person in the care of a children’s aid society, or leaving it?',
    },
    hint: {
      you: 'This means a children’s aid society looks after you now. If you are 18 or older, it means one looked after you until you turned 18.',
      them: 'This means a children’s aid society looks after them now. If they are 18 or older, it means one looked after them until they turned 18.',
    },
    options: { yes: 'Yes', no: 'No', unknown: 'Prefer not to say' } satisfies Record<InCare, string>,
  },
  region: {
    title: 'Area',
    legend: { you: 'Where in Ontario do you live?', them: 'Where in Ontario does the person live?' },
    hint: {
      you: 'Pick your area. Some services are only in some areas.',
      them: 'Pick their area. Some services are only in some areas.',
    },
    selectLabel: 'Area',
    placeholder: 'Choose an area',
    groups: {
      first: 'Toronto and Durham',
      central: 'Central Ontario',
      east: 'Eastern Ontario',
      west: 'Southwestern Ontario',
      north: 'Northern Ontario',
      other: 'Other answers',
    },
    outsideOntario: 'Outside Ontario',
    unknown: 'Prefer not to say',
    searchLabel: 'Search by town or area',
    searchHint: 'Type your city, town or First Nation. For example, Scarborough, Sarnia or Six Nations.',
    resultsLabel: 'Areas that match',
    matches: (n: number) =>
      n === 1 ? '1 area matches. Choose it from the list.' : `${n} areas match. Choose one from the list.`,
    chosen: (area: string) => `Chosen: ${area}. Press Continue, or pick another area from the list.`,
    noMatches:
      'No place or area matches. Choose your area from the list. Or choose “Outside Ontario” or “Prefer not to say”.',
    placeInArea: (place: string, area: string) => `${place} – ${area}`,
    reserveNote: (place: string) =>
      `${place} is a First Nation reserve or settlement, so the list shows the area around it. On a reserve, ask the First Nation about housing: the area’s housing office may not serve homes there. The other services still apply.`,
  },
  indigenous: {
    title: 'Identity',
    legend: {
      you: 'Are you First Nations, Métis or Inuit?',
      them: 'Is the person First Nations, Métis or Inuit?',
    },
    hint: {
      you: 'We ask so we can show you supports led by Indigenous people.',
      them: 'We ask so we can show supports led by Indigenous people.',
    },
    options: {
      'first-nations': 'First Nations',
      metis: 'Métis',
      inuit: 'Inuit',
      no: 'No',
      unknown: 'Prefer not to say',
    } satisfies Record<Indigenous, string>,
  },
  needs: {
    title: 'Needs',
    legend: { you: 'What would help you?', them: 'What would help the person?' },
    hint: forBoth('Choose all that fit, or none.'),
    options: {
      'emergency-shelter': 'A safe place to stay tonight',
      'safety-planning': 'Making a plan to stay safe',
      counselling: 'Someone to talk to, like a counsellor',
      addiction: 'Help with drug or alcohol use',
      'tattoo-removal': 'Removing a tattoo or brand from trafficking',
      'id-replacement': 'Getting ID back or replaced',
      housing: 'A home for the longer term, or help with rent',
      'court-support': 'Support during a criminal court case',
      'restraining-order': 'A restraining order to keep a trafficker away',
      'skills-training': 'Job or life skills training',
      'cultural-supports': 'Indigenous cultural supports',
      'report-tip': 'Reporting a possible case of trafficking',
      'learn-more': 'Learning more about human trafficking',
      training: 'Training for people who support survivors',
    } satisfies Record<Need, string>,
    /** Short names of the needs, for the next steps ("Housing: …"). */
    short: {
      'emergency-shelter': 'A safe place tonight',
      'safety-planning': 'A safety plan',
      counselling: 'Someone to talk to',
      addiction: 'Drugs or alcohol',
      'tattoo-removal': 'Tattoo removal',
      'id-replacement': 'ID',
      housing: 'Housing',
      'court-support': 'Court support',
      'restraining-order': 'A restraining order',
      'skills-training': 'Skills training',
      'cultural-supports': 'Indigenous cultural supports',
      'report-tip': 'Reporting a case',
      'learn-more': 'Learning more',
      training: 'Training',
    } satisfies Record<Need, string>,
  },
  review: {
    title: 'Check your answers',
    heading: 'Check your answers',
    intro: 'You can change any answer before you see the list of services.',
    confirm: 'See the services',
    labels: {
      role: 'Who is using this tool',
      danger: 'In danger right now',
      age: 'Age',
      inCare: 'In or leaving care',
      region: 'Area',
      indigenous: 'First Nations, Métis or Inuit',
      needs: 'What would help',
    },
    noNeeds: 'None chosen',
    /** Between the chosen needs in the review's answer list. */
    needsSeparator: '; ',
    changeHidden: (label: string) => ` ${label}`,
  },
  /** Named local help (rules/local-help.ts): who to call where the person lives. */
  local: {
    /** The other named entries of a section, behind a disclosure. */
    moreNamed: (count: number) => `More places that can help (${count})`,
    nextStepsHeading: 'Your next steps',
    forNeed: (need: string) => `${need}:`,
    forEveryone: 'Anyone can call:',
    doNow: 'Right now:',
    more: 'More about this service',
    inArea: (area: string) => `In ${area}`,
    noneInArea: 'We did not find a named organization for this area. The hotline connects callers with local services.',
    areaNotConfirmed: 'Our sources do not confirm that it serves this area. Ask when you call.',
    askedFor: (need: string) => `You asked for: ${need}.`,
    childrensAid: 'The children’s aid society for this area',
    childrensAidLine: (name: string) => `${name}, day or night:`,
    childrensAidLineBusinessHours: (name: string) => `${name}:`,
    childrensAidUnknown:
      'We do not have a checked number for this area’s children’s aid society. Call the hotline or 911 if a child is in danger.',
    text: 'Text',
    textKeyword: (keyword: string) => `(send “${keyword}”)`,
    whatsapp: 'WhatsApp',
    address: 'Address',
    ext: (n: string) => `ext. ${n}`,
    tollFree: 'toll-free',
    ages: (min: number | undefined, max: number | undefined) =>
      min !== undefined && max !== undefined
        ? `Ages ${min} to ${max}`
        : min !== undefined
          ? `Ages ${min} and up`
          : `Up to age ${max}`,
    audiences: {
      children: 'children',
      youth: 'youth',
      women: 'women',
      men: 'men',
      trans: 'trans people',
      '2slgbtq': '2SLGBTQ+ people',
      indigenous: 'Indigenous people',
      'first-nations': 'First Nations',
      inuit: 'Inuit',
      francophone: 'French speakers',
      newcomers: 'newcomers',
      'migrant-workers': 'migrant workers',
      students: 'students',
      catholic: 'Catholic families',
      jewish: 'Jewish families',
    } satisfies Record<Audience, string>,
    forWhom: (list: string) => `For ${list}.`,
  },
  summary: {
    title: 'Your services',
    heading: { you: 'Services that can help you', them: 'Services for the person you are helping' },
    intro: {
      you: 'Start with your next steps.',
      them: 'Start with the next steps.',
    },
    /** For family and friends (role someone-else): how to help without putting anyone in danger. */
    someoneElse: {
      heading: 'If you are worried about someone',
      lines: [
        'Call the hotline first. It gives advice to family and friends at any time, and you can report what you saw.',
        'Do not confront anyone you think is a trafficker. It can put you and the person in danger.',
        'Let the person decide what to do. You can share this list with them when it is safe.',
        'If someone is in danger right now, call 911.',
      ],
    },
    outsideOntario: {
      you: 'This tool lists Ontario’s services. You said you live outside Ontario, so the list shows only what serves all of Canada: 911 in an emergency, the Canadian Human Trafficking Hotline, and national lines.',
      them: 'This tool lists Ontario’s services. The person lives outside Ontario, so the list shows only what serves all of Canada: 911 in an emergency, the Canadian Human Trafficking Hotline, and national lines.',
    },
    /** The summary's sections: what to do now, then the rest by need (`summarySections` in rules/). */
    sections: {
      now: 'Do this now',
      support: 'Support and safety',
      youth: 'For children and youth',
      indigenous: 'Indigenous-led support',
      money: 'Money for urgent costs, and ID',
      housing: 'Housing',
      legal: 'Police, court and legal help',
      learning: 'Learning and training',
    } satisfies Record<SectionId, string>,
    offers: 'What they offer',
    contact: 'How to reach them',
    call: 'Call',
    tty: 'TTY',
    chat: 'Chat online',
    web: 'Website',
    email: 'Email',
    hours: 'Hours',
    languages: 'Languages',
    serves: 'Who it is for',
    expect: 'What to expect',
    why: 'Why this is here',
    changeAnswer: 'Change',
    /** When a reason rests on two answers, one Change for each, named. */
    changeNamed: (label: string) => `Change: ${label}`,
    answersUsed: 'The answers this list is based on',
    answersUsedIntro: 'Change an answer, or answer a question you skipped, and the list will update.',
    housingManager: (name: string) => `In your area: ${name}.`,
    housingManagerUnverified: 'We have not yet checked this name against the province’s official list.',
    housingManagerUnknownArea:
      'Each area of Ontario has its own service manager. The hotline can connect you with housing help in your area.',
    housingPhone: 'Housing office',
    housingTollFree: 'Toll-free',
    noLocalContact: 'We do not have a checked local number for this area. The hotline can help you find one.',
    regionalContactFor: (area: string) => `For ${area}`,
    ifApplies: 'This may apply. It depends on an answer that was not given.',
    /** The toggle that shows a card's sources. */
    /** The disclosure of a short card: hours, languages, who it is for, email, sources. */
    more: 'More about this service',
    moreAbout: (name: string) => `: ${name}`,
    printFull: 'Print full details',
    sourcesToggle: (date: string) => `Where this comes from (checked ${date})`,
    closing: {
      you: 'Leaving can take more than one try. That is OK. You can come back to this tool any time.',
      them: 'Leaving can take several tries. The person can come back to these services any time.',
    },
    directoryChecked: (date: string) => `Contact details last checked on ${date}.`,
    print: 'Print this list',
    copy: 'Copy as text',
    copied:
      'Copied. You can paste the list into your notes. It stays on this device’s clipboard until you copy something else.',
    copyFailed: 'Could not copy. Select the text of the list and copy it yourself.',
    download: 'Download a case note (.txt)',
    downloadWarning: 'A downloaded file stays on this device, in the Downloads folder.',
    localPoliceElsewhere:
      'In other areas, call your local police service’s non-emergency line. The hotline can help you find it.',
    reportWrong: 'Is a contact wrong or out of date? Tell us:',
  },
  /** Clauses for "Because you said …": one per answer value, in each voice. */
  reasons: {
    because: (known: string[], unknown: string[]) => {
      // “Because you said A and B, and because C was not given”: what was said is kept apart from what was not.
      const said = known.length > 0 ? `you said ${joinAnd(known)}` : '';
      const notSaid = joinAnd(unknown);
      if (said && notSaid) return `Because ${said}, and because ${notSaid}.`;
      return `Because ${said || notSaid}.`;
    },
    always: forBoth('Anyone can use this service.'),
    role: {
      worker: forBoth('you are a frontline worker'),
      trainer: forBoth('you are a trainer'),
      self: forBoth('you want help for yourself'),
      'someone-else': forBoth('you are worried about someone you know'),
    } satisfies Record<Role, unknown>,
    danger: {
      yes: { you: 'you are in danger right now', them: 'the person is in danger right now' },
      unsure: {
        you: 'you are not sure if you are safe right now',
        them: 'you are not sure if the person is safe right now',
      },
      no: { you: 'you are not in danger right now', them: 'the person is not in danger right now' },
    } satisfies Record<Danger, unknown>,
    age: {
      'under-16': { you: 'you are under 16', them: 'the person is under 16' },
      '16-17': { you: 'you are 16 or 17', them: 'the person is 16 or 17' },
      '18-24': { you: 'you are 18 to 24', them: 'the person is 18 to 24' },
      '25-plus': { you: 'you are 25 or older', them: 'the person is 25 or older' },
      unknown: { you: 'your age was not given', them: 'the person’s age was not given' },
    } satisfies Record<Age, unknown>,
    inCare: {
      yes: { you: 'you are in care, or leaving it', them: 'the person is in care, or leaving it' },
      no: { you: 'you are not in care', them: 'the person is not in care' },
      unknown: { you: 'you did not say if you are in care', them: 'you did not say if the person is in care' },
    } satisfies Record<InCare, unknown>,
    region: {
      area: { you: (area: string) => `you live in ${area}`, them: (area: string) => `the person lives in ${area}` },
      'outside-ontario': { you: 'you live outside Ontario', them: 'the person lives outside Ontario' },
      unknown: { you: 'where you live was not given', them: 'where the person lives was not given' },
    },
    indigenous: {
      'first-nations': { you: 'you are First Nations', them: 'the person is First Nations' },
      metis: { you: 'you are Métis', them: 'the person is Métis' },
      inuit: { you: 'you are Inuit', them: 'the person is Inuit' },
      no: { you: 'you are not First Nations, Métis or Inuit', them: 'the person is not First Nations, Métis or Inuit' },
      unknown: { you: 'you did not say if you are Indigenous', them: 'you did not say if the person is Indigenous' },
    } satisfies Record<Indigenous, unknown>,
    needs: {
      you: (needs: string[]) => `you want help with: ${joinAnd(needs.map(needPhrase))}`,
      them: (needs: string[]) => `the person wants help with: ${joinAnd(needs.map(needPhrase))}`,
    },
  },
  onePage: {
    title: 'All questions',
    open: 'Answer all questions on one page',
    openHint: 'For workers who know the answers already.',
    heading: 'All questions on one page',
    intro:
      'Answer each question about the person you are helping, then see the services. If you do not know an answer, choose “Not sure” or “Prefer not to say”.',
    submit: 'See the services',
    careOnlyFor: 'Asked only for ages 16 to 24, or when the age is not given.',
  },
  workerNotes: {
    heading: 'Notes for workers',
    firstHeading: 'Duty to report',
    notes: {
      'duty-to-report-child':
        'Under Ontario’s Child, Youth and Family Services Act, 2017, you must report to a children’s aid society if you think a child under 16 (or 16 or 17 and in care) needs protection.',
      'duty-to-report-if-child':
        'You may have a duty to report. Under Ontario’s Child, Youth and Family Services Act, 2017, it covers a child under 16, or a 16- or 17-year-old in care, who may need protection. Report to a children’s aid society.',
      'hotline-confidentiality':
        'The hotline shares nothing with police without the person’s consent, unless the law requires it. It must report if someone is in immediate danger or a child is at risk.',
      'care-unit-involves-police':
        'A CARE Unit includes police officers. Tell the person before you refer, so they know police will be involved.',
      'vqrp-by-referral':
        'VQRP+ is reached through a Victim Crisis Assistance Ontario agency. As a service provider, you can make the referral. The Victim Support Line can tell you which agency serves the area.',
      'prepare-housing':
        'For priority housing under the Special Priority Policy, a professional usually has to confirm the trafficking. Be ready to write a letter or fill in a verification form.',
      'prepare-restraining-order':
        'No criminal case is needed for a restraining order. The hotline refers the person to a free lawyer from the Ministry of the Attorney General.',
      'prepare-court-support':
        'The Victim/Witness Assistance Program helps after charges are laid, until the court case ends. Police or the Crown usually make the referral.',
    } satisfies Record<WorkerNoteId, string>,
  },
  caseNote: {
    title: 'Referral plan',
    date: (date: string) => `Date: ${date}`,
    privacy: 'This note holds no name or identifying detail.',
    answersHeading: 'Answers given',
    referralsHeading: 'Referrals, by need, the most urgent group first',
    why: 'Why',
    fileName: (date: string) => `referral-plan-${date}.txt`,
  },
  safetyPage: {
    title: 'Safety',
    heading: 'How to use this tool more safely',
    intro:
      'Someone may check your phone or computer. Here is what this tool does to protect you, and what it cannot do.',
    sections: [
      {
        heading: 'What this tool does',
        items: [
          'It does not save your answers. When you close the page, they are gone.',
          'It sends nothing anywhere. There are no accounts, no ads and no tracking.',
          'The web address stays the same on every question, so your history shows one page, not your answers.',
          '“Exit this page” clears your answers and opens a weather website. It takes the place of this tool in your history, so Back does not bring it back.',
        ],
      },
      {
        heading: 'What this tool cannot do',
        items: [
          'It cannot erase what you did before you came here, such as the web search you used to find this site.',
          'Your browser may still keep a record that you visited this site.',
          'If someone put spying software on your device, they may still see what you do.',
        ],
      },
      {
        heading: 'How to be safer',
        items: [
          'If you can, use a device the person hurting you cannot check, like a friend’s phone or a library computer.',
          'Use a private window (called Incognito or Private). It does not keep your history when you close it.',
          'To leave fast, use “Exit this page” or press the Shift key 3 times.',
          'Deleting all your history can look unusual to someone who checks. You may choose to delete only some pages.',
        ],
      },
    ],
    talkHeading: 'Talk to someone',
    talk: 'You can call the Canadian Human Trafficking Hotline any time, day or night:',
    talkDanger: 'In danger? Call 911.',
    back: 'Back to the tool',
  },
  notFound: {
    heading: 'This page does not exist',
    back: 'Go to the start of the tool',
  },
  /** The summary's link to trainer mode; the trainer page's own strings are in components/trainer/content.ts. */
  trainer: {
    summaryLink: 'Open trainer mode: scenarios, the decision graph and every outcome',
  },
  failSafe: {
    title: 'Something went wrong',
    heading: 'Something went wrong',
    body: 'This page did not work as it should. You can still get help right now.',
    restart: 'Start again',
  },
};

/**
 * A need's label as it reads after “help with:”: lower case first (“making a plan…”) but “Indigenous” and “ID” keep
 * their capitals, and a label's own “Help with” is not said twice.
 */
function needPhrase(label: string): string {
  const phrase = label.replace(/^Help with /, '');
  return /^(Indigenous|ID)\b/.test(phrase) ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The shape every language must match, key for key (functions keep their signatures). */
export type Messages = DeepWiden<typeof en>;

export type DeepWiden<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : T extends readonly (infer U)[]
      ? readonly DeepWiden<U>[]
      : { [K in keyof T]: DeepWiden<T[K]> };
