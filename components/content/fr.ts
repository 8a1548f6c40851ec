import type { WorkerNoteId } from '../../rules';
import { forBoth, type Messages } from './en';

/**
 * Every French string the wizard shows, key for key with `en`. `you` speaks to a survivor (vouvoiement);
 * `them` speaks to a worker or trainer about « la personne que vous aidez ». Plain Canadian French as ontario.ca
 * writes it, grade 6–8 for survivor-facing text. Terms follow shared/reference/french-glossary.md
 * (« traite des personnes », never « trafic des personnes »). Inclusive writing: doublets or « personne » +
 * adjective, no point médian. A no-break space (U+00A0) comes before « : ; ? ! » and inside « ».
 */
export const fr: Messages = {
  lang: 'fr',
  meta: {
    siteName: 'Trouver de l’aide et du soutien',
    description:
      'Un guide privé, étape par étape, vers les services et les soutiens de lutte contre la traite des personnes en Ontario.',
    plainTitle: 'Notes',
  },
  skipLink: 'Passer au contenu principal',
  language: { label: 'English', hint: 'Read this page in English', lang: 'en' },
  exit: {
    button: 'Quitter cette page',
    hidden: 'Urgence',
    shortcutHint: 'Ou appuyez 3 fois sur la touche Maj',
    leaving: 'Chargement.',
    pressTwoMore: 'Maj : appuyez encore 2 fois pour quitter.',
    pressOneMore: 'Maj : appuyez encore 1 fois pour quitter.',
    timedOut: 'Le raccourci pour quitter a été remis à zéro.',
  },
  helpBar: {
    label: 'Obtenir de l’aide maintenant',
    danger: 'En danger ? Appelez le',
    /** On a phone: the number says the rest. */
    dangerShort: 'En danger ?',
    hotline: 'Ligne d’urgence canadienne contre la traite des personnes, 24 heures sur 24, 7 jours sur 7 :',
    hotlineShort: 'Ligne d’urgence 24 h/24 :',
    hotlineNote: 'À propos de la ligne d’urgence :',
  },
  common: {
    /** The hotline's own duty to report, said wherever the tool offers the hotline (product spec section 4). */
    hotlineDutyToReport:
      'Ce que vous dites à la Ligne d’urgence reste confidentiel. Mais si quelqu’un est en danger en ce moment, ou si un enfant est à risque, la Ligne d’urgence doit prévenir les autorités.',
    continue: 'Continuer',
    back: 'Retour',
    restart: 'Recommencer',
    change: 'Modifier',
    preferNotToSay: 'Je préfère ne pas répondre',
    yes: 'Oui',
    no: 'Non',
    notSure: 'Je ne sais pas',
    notAnswered: 'Sans réponse',
    stepOf: (n: number, total: number) => `Question ${n} sur ${total}`,
    labelled: (label: string) => `${label} : `,
  },
  errors: {
    summaryTitle: 'Il y a un problème',
    titlePrefix: 'Erreur : ',
    choose: {
      role: 'Choisissez qui utilise cet outil',
      danger: forBoth('Choisissez oui, non ou « Je ne sais pas »'),
      age: {
        you: 'Choisissez votre âge ou « Je préfère ne pas répondre »',
        them: 'Choisissez l’âge de la personne ou « Je préfère ne pas répondre »',
      },
      inCare: forBoth('Choisissez oui, non ou « Je préfère ne pas répondre »'),
      region: {
        you: 'Choisissez l’endroit où vous vivez ou « Je préfère ne pas répondre »',
        them: 'Choisissez l’endroit où vit la personne ou « Je préfère ne pas répondre »',
      },
      indigenous: {
        you: 'Dites si vous êtes une personne des Premières Nations, métisse ou inuite, ou choisissez « Je préfère ne pas répondre »',
        them: 'Dites si la personne est des Premières Nations, métisse ou inuite, ou choisissez « Je préfère ne pas répondre »',
      },
    },
  },
  role: {
    title: 'Accueil',
    heading: 'Trouver de l’aide et du soutien',
    intro:
      'Répondez à quelques questions pour voir quels services en Ontario peuvent aider en cas de traite des personnes. Cela prend environ 3 minutes. Rien de ce que vous entrez n’est gardé ni envoyé.',
    safetyHeading: 'Votre sécurité',
    safety: [
      'Cet outil ne garde pas vos réponses. Il n’envoie rien nulle part.',
      'Pour partir vite, utilisez le bouton « Quitter cette page » ou appuyez 3 fois sur la touche Maj.',
      'Votre navigateur peut quand même garder une trace de votre visite sur ce site.',
    ],
    /** Beside the safety notice: the browser's Back leaves on purpose (one history entry); the page's own Back goes back. */
    backExplained:
      'Le bouton Précédent de votre navigateur quitte cet outil. Pour revenir à la question d’avant, utilisez le bouton « Retour » au-dessus de la question.',
    safetyLink: 'Comment utiliser cet outil de façon plus sûre',
    servicesLink: 'Voir tous les services',
    noScript: {
      heading: 'Cet outil a besoin de JavaScript',
      body: 'JavaScript est désactivé ou bloqué dans ce navigateur : les questions ne peuvent donc pas fonctionner. Certains navigateurs le désactivent pour protéger la vie privée. Cet outil n’enregistre rien et n’envoie rien, même avec JavaScript.',
      exit: 'Le bouton « Quitter cette page » fonctionne toujours, mais pas la touche Maj pressée 3 fois.',
    },
    loadFailed: {
      heading: 'Cette page n’a pas fini de se charger',
      body: 'Une partie de cet outil n’est pas arrivée. La connexion est peut-être lente ou coupée. Rechargez la page pour réessayer.',
      exit: 'Le bouton « Quitter cette page » et la touche Maj pressée 3 fois fonctionnent toujours.',
    },
    stillLoading:
      'La page est encore en train de se charger. Attendez un instant, puis appuyez de nouveau sur Continuer.',
    stillWorks:
      'Vous pouvez quand même appeler le 911 ou la ligne d’urgence : les numéros sont en haut de la page. Le bouton « Quitter cette page » fonctionne toujours, mais pas la touche Maj pressée 3 fois.',
    plainTitle: 'Afficher un titre neutre (« Notes ») dans l’onglet du navigateur',
    plainTitleHint: 'L’onglet affiche alors « Notes ». Votre historique montre quand même l’adresse de ce site.',
    legend: 'Qui utilise cet outil ?',
    options: {
      self: 'Je veux de l’aide pour moi',
      'someone-else': 'Je m’inquiète pour une personne que je connais',
      worker: 'Je travaille en première ligne et j’aide une personne',
      trainer: 'Je donne des formations et je montre comment diriger les gens vers les services',
    },
  },
  danger: {
    title: 'Danger',
    legend: {
      you: 'Êtes-vous en danger en ce moment ?',
      them: 'La personne que vous aidez est-elle en danger en ce moment ?',
    },
    hint: {
      you: 'Par exemple, quelqu’un vous fait du mal, vous menace ou ne vous laisse pas partir.',
      them: 'Par exemple, quelqu’un lui fait du mal, la menace ou ne la laisse pas partir.',
    },
    options: { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' },
  },
  emergency: {
    title: 'Obtenir de l’aide maintenant',
    heading: forBoth('Appelez le 911 maintenant'),
    callNow: {
      you: 'Si vous êtes en danger, appelez le 911 ou votre service de police local. Vous pouvez appeler même si vous avez un doute.',
      them: 'Si la personne est en danger, appelez le 911 ou votre service de police local. Appelez même en cas de doute.',
    },
    noText:
      'Appelez le 911 plutôt que d’envoyer un texto. À Toronto, par exemple, le 911 ne peut pas recevoir de messages texte.',
    thenHotline:
      'Quand vous le pouvez, appelez la Ligne d’urgence canadienne contre la traite des personnes. L’appel est gratuit. La ligne est ouverte 24 heures sur 24, 7 jours sur 7.',
    chat: {
      you: 'Vous ne pouvez pas parler à voix haute sans danger ? Vous pouvez plutôt clavarder en ligne avec la Ligne d’urgence, en français ou en anglais.',
      them: 'Si la personne ne peut pas parler à voix haute sans danger, elle peut clavarder en ligne avec la Ligne d’urgence, en français ou en anglais.',
    },
    chatLink: 'Clavarder avec la Ligne d’urgence',
    nextHeading: 'Et ensuite ?',
    continue: {
      you: 'Répondre aux questions pour voir d’autres services d’aide',
      them: 'Répondre aux questions pour voir d’autres services',
    },
    skip: 'Aller directement à la liste des services',
    toSummary: 'Voir la liste des services',
  },
  age: {
    title: 'Âge',
    legend: { you: 'Quel âge avez-vous ?', them: 'Quel âge a la personne que vous aidez ?' },
    hint: {
      you: 'Certains services sont seulement pour les personnes de moins de 18 ans.',
      them: 'Certains services sont seulement pour les enfants et les jeunes de moins de 18 ans. Si vous ne savez pas, choisissez « Je préfère ne pas répondre ».',
    },
    options: {
      'under-16': 'Moins de 16 ans',
      '16-17': '16 ou 17 ans',
      '18-24': '18 à 24 ans',
      '25-plus': '25 ans ou plus',
      unknown: 'Je préfère ne pas répondre',
    },
  },
  inCare: {
    title: 'Prise en charge',
    legend: {
      you: 'Êtes-vous sous la responsabilité d’une société d’aide à l’enfance, ou en train d’en sortir ?',
      them: 'La personne est-elle sous la responsabilité d’une société d’aide à l’enfance, ou en train d’en sortir ?',
    },
    hint: {
      you: 'Cela veut dire qu’une société d’aide à l’enfance s’occupe de vous maintenant. Si vous avez 18 ans ou plus, cela veut dire qu’une société s’occupait de vous jusqu’à vos 18 ans.',
      them: 'Cela veut dire qu’une société d’aide à l’enfance s’occupe de la personne maintenant. Si elle a 18 ans ou plus, cela veut dire qu’une société s’en occupait jusqu’à ses 18 ans.',
    },
    options: { yes: 'Oui', no: 'Non', unknown: 'Je préfère ne pas répondre' },
  },
  region: {
    title: 'Région',
    legend: { you: 'Où vivez-vous en Ontario ?', them: 'Où vit la personne en Ontario ?' },
    hint: {
      you: 'Choisissez votre région. Certains services sont offerts seulement dans certaines régions.',
      them: 'Choisissez la région de la personne. Certains services sont offerts seulement dans certaines régions.',
    },
    selectLabel: 'Région',
    placeholder: 'Choisissez une région',
    groups: {
      first: 'Toronto et Durham',
      central: 'Centre de l’Ontario',
      east: 'Est de l’Ontario',
      west: 'Sud-Ouest de l’Ontario',
      north: 'Nord de l’Ontario',
      other: 'Autres réponses',
    },
    outsideOntario: 'À l’extérieur de l’Ontario',
    unknown: 'Je préfère ne pas répondre',
    searchLabel: 'Chercher par ville ou par région',
    searchHint:
      'Tapez votre ville, votre village ou votre Première Nation. Par exemple, Scarborough, Sarnia ou Six Nations.',
    resultsLabel: 'Régions qui correspondent',
    matches: (n: number) =>
      n <= 1
        ? `${n} région correspond. Choisissez-la dans la liste.`
        : `${n} régions correspondent. Choisissez-en une dans la liste.`,
    chosen: (area: string) => `Choix : ${area}. Appuyez sur Continuer, ou choisissez une autre région dans la liste.`,
    noMatches:
      'Aucun lieu ni aucune région ne correspond. Choisissez votre région dans la liste. Ou choisissez « À l’extérieur de l’Ontario » ou « Je préfère ne pas répondre ».',
    placeInArea: (place: string, area: string) => `${place} – ${area}`,
    reserveNote: (place: string) =>
      `${place} est une réserve ou un établissement des Premières Nations : la liste montre donc la région autour. Dans une réserve, renseignez-vous sur le logement auprès de la Première Nation : le bureau du logement de la région ne dessert peut-être pas les logements qui s’y trouvent. Les autres services restent valables.`,
  },
  indigenous: {
    title: 'Identité',
    legend: {
      you: 'Êtes-vous une personne des Premières Nations, métisse ou inuite ?',
      them: 'La personne est-elle membre des Premières Nations, métisse ou inuite ?',
    },
    hint: {
      you: 'Nous posons cette question pour vous montrer des services dirigés par des Autochtones.',
      them: 'Nous posons cette question pour montrer des services dirigés par des Autochtones.',
    },
    options: {
      'first-nations': 'Premières Nations',
      metis: 'Métis',
      inuit: 'Inuit',
      no: 'Non',
      unknown: 'Je préfère ne pas répondre',
    },
  },
  needs: {
    title: 'Besoins',
    legend: { you: 'Qu’est-ce qui vous aiderait ?', them: 'Qu’est-ce qui aiderait la personne ?' },
    hint: forBoth('Cochez tout ce qui s’applique. Vous pouvez aussi ne rien cocher.'),
    // Each option starts with a verb; the reasons use the short names below (« vous voulez de l’aide pour : logement »).
    options: {
      'emergency-shelter': 'Un endroit sûr où dormir ce soir',
      'safety-planning': 'Faire un plan pour rester en sécurité',
      counselling: 'Parler à quelqu’un, par exemple une conseillère ou un conseiller',
      addiction: 'Avoir de l’aide pour la consommation de drogue ou d’alcool',
      'tattoo-removal': 'Faire enlever un tatouage ou une marque liée à la traite',
      'id-replacement': 'Récupérer ou remplacer des pièces d’identité',
      housing: 'Un logement à plus long terme, ou de l’aide pour payer le loyer',
      'court-support': 'Avoir du soutien pendant un procès criminel',
      'restraining-order': 'Obtenir une ordonnance interdictive pour tenir un trafiquant à distance',
      'skills-training': 'Apprendre des compétences pour un emploi ou pour la vie de tous les jours',
      'cultural-supports': 'Avoir accès à des soutiens culturels autochtones',
      'report-tip': 'Signaler un cas possible de traite des personnes',
      'learn-more': 'En savoir plus sur la traite des personnes',
      training: 'Suivre une formation pour soutenir les personnes survivantes',
    },
    /** Noms courts des besoins, pour les prochaines étapes (« Logement : … »). */
    short: {
      'emergency-shelter': 'Un endroit sûr ce soir',
      'safety-planning': 'Un plan de sécurité',
      counselling: 'Parler à quelqu’un',
      addiction: 'Drogue ou alcool',
      'tattoo-removal': 'Enlever un tatouage',
      'id-replacement': 'Pièces d’identité',
      housing: 'Logement',
      'court-support': 'Soutien au tribunal',
      'restraining-order': 'Ordonnance interdictive',
      'skills-training': 'Formation professionnelle',
      'cultural-supports': 'Soutiens culturels autochtones',
      'report-tip': 'Signaler un cas',
      'learn-more': 'En savoir plus',
      training: 'Formation',
    },
  },
  review: {
    title: 'Vérifiez vos réponses',
    heading: 'Vérifiez vos réponses',
    intro: 'Vous pouvez modifier vos réponses avant de voir la liste des services.',
    confirm: 'Voir les services',
    labels: {
      role: 'Qui utilise l’outil',
      danger: 'En danger en ce moment',
      age: 'Âge',
      inCare: 'Prise en charge par une société d’aide à l’enfance',
      region: 'Région',
      indigenous: 'Premières Nations, Métis ou Inuit',
      needs: 'Ce qui aiderait',
    },
    noNeeds: 'Aucun choix',
    needsSeparator: ' ; ',
    changeHidden: (label: string) => ` ${label}`,
  },
  /** Aide locale nommée (rules/local-help.ts) : qui appeler là où la personne vit. */
  local: {
    /** The other named entries of a section, behind a disclosure. */
    moreNamed: (count: number) => `Autres endroits qui peuvent aider (${count})`,
    nextStepsHeading: 'Vos prochaines étapes',
    forNeed: (need: string) => `${need} :`,
    forEveryone: 'Tout le monde peut appeler :',
    doNow: 'Tout de suite :',
    more: 'Plus de détails sur ce service',
    inArea: (area: string) => `Dans la région : ${area}`,
    noneInArea:
      'Nous n’avons pas trouvé d’organisme nommé pour cette région. La ligne d’urgence met les personnes en contact avec les services locaux.',
    areaNotConfirmed: 'Nos sources ne confirment pas qu’il dessert cette région. Demandez-le quand vous appelez.',
    askedFor: (need: string) => `Vous avez demandé : ${need}.`,
    childrensAid: 'La société d’aide à l’enfance de la région',
    childrensAidLine: (name: string) => `${name}, jour et nuit :`,
    childrensAidLineBusinessHours: (name: string) => `${name} :`,
    childrensAidUnknown:
      'Nous n’avons pas de numéro vérifié pour la société d’aide à l’enfance de cette région. Appelez la ligne d’urgence, ou le 911 si un enfant est en danger.',
    text: 'Texto',
    textKeyword: (keyword: string) => `(envoyez « ${keyword} »)`,
    whatsapp: 'WhatsApp',
    address: 'Adresse',
    ext: (n: string) => `poste ${n}`,
    tollFree: 'sans frais',
    ages: (min: number | undefined, max: number | undefined) =>
      min !== undefined && max !== undefined
        ? `De ${min} à ${max} ans`
        : min !== undefined
          ? `${min} ans et plus`
          : `Jusqu’à ${max} ans`,
    audiences: {
      children: 'les enfants',
      youth: 'les jeunes',
      women: 'les femmes',
      men: 'les hommes',
      trans: 'les personnes trans',
      '2slgbtq': 'les personnes 2SLGBTQ+',
      indigenous: 'les Autochtones',
      'first-nations': 'les Premières Nations',
      inuit: 'les Inuit',
      francophone: 'les francophones',
      newcomers: 'les personnes nouvellement arrivées',
      'migrant-workers': 'les travailleuses et travailleurs migrants',
      students: 'les étudiantes et étudiants',
      catholic: 'les familles catholiques',
      jewish: 'les familles juives',
    },
    forWhom: (list: string) => `Pour ${list}.`,
  },
  summary: {
    title: 'Vos services',
    heading: { you: 'Des services qui peuvent vous aider', them: 'Des services pour la personne que vous aidez' },
    intro: {
      you: 'Commencez par vos prochaines étapes.',
      them: 'Commencez par les prochaines étapes.',
    },
    someoneElse: {
      heading: 'Si vous vous inquiétez pour une personne',
      lines: [
        'Appelez d’abord la Ligne d’urgence. Elle conseille les familles et les proches à toute heure, et vous pouvez signaler ce que vous avez vu.',
        'Ne confrontez pas une personne que vous croyez être un trafiquant. Cela pourrait vous mettre en danger, vous et la personne.',
        'Laissez la personne décider quoi faire. Vous pouvez lui transmettre cette liste quand c’est sans danger.',
        'Si quelqu’un est en danger maintenant, appelez le 911.',
      ],
    },
    outsideOntario: {
      you: 'Cet outil présente les services de l’Ontario. Vous avez dit que vous vivez hors de l’Ontario : la liste montre donc seulement ce qui sert tout le Canada, soit le 911 en cas d’urgence, la Ligne d’urgence canadienne contre la traite des personnes et des lignes nationales.',
      them: 'Cet outil présente les services de l’Ontario. La personne vit hors de l’Ontario : la liste montre donc seulement ce qui sert tout le Canada, soit le 911 en cas d’urgence, la Ligne d’urgence canadienne contre la traite des personnes et des lignes nationales.',
    },
    sections: {
      now: 'À faire maintenant',
      support: 'Soutien et sécurité',
      youth: 'Pour les enfants et les jeunes',
      indigenous: 'Soutien dirigé par des Autochtones',
      money: 'Argent pour des frais urgents, et pièces d’identité',
      housing: 'Logement',
      legal: 'Police, tribunal et aide juridique',
      learning: 'Information et formation',
    },
    offers: 'Ce que le service offre',
    contact: 'Comment joindre le service',
    call: 'Téléphone',
    tty: 'ATS',
    chat: 'Clavardage',
    web: 'Site Web',
    email: 'Courriel',
    hours: 'Heures',
    languages: 'Langues',
    serves: 'Pour qui',
    expect: 'À quoi s’attendre',
    why: 'Pourquoi ce service est dans la liste',
    changeAnswer: 'Modifier',
    changeNamed: (label: string) => `Modifier : ${label}`,
    answersUsed: 'Les réponses prises en compte',
    answersUsedIntro:
      'Modifiez une réponse, ou répondez à une question que vous avez passée, et la liste sera mise à jour.',
    housingManager: (name: string) => `Dans votre région : ${name}.`,
    housingManagerUnverified: 'Nous n’avons pas encore comparé ce nom à la liste officielle de la province.',
    housingManagerUnknownArea:
      'Chaque région de l’Ontario a son propre gestionnaire de services. La Ligne d’urgence peut vous mettre en contact avec l’aide au logement de votre région.',
    housingPhone: 'Bureau du logement',
    housingTollFree: 'Sans frais',
    noLocalContact:
      'Nous n’avons pas de numéro local vérifié pour cette région. La Ligne d’urgence peut vous aider à en trouver un.',
    regionalContactFor: (area: string) => `Pour ${withArticle(area)}`,
    ifApplies: 'Ce service peut s’appliquer. Cela dépend d’une réponse qui n’a pas été donnée.',
    /** The disclosure of a short card: hours, languages, who it is for, email, sources. */
    more: 'En savoir plus',
    moreAbout: (name: string) => ` : ${name}`,
    printFull: 'Imprimer tous les détails',
    sourcesToggle: (date: string) => `Sources (vérifiées le ${date})`,
    closing: {
      you: 'Il faut parfois plus d’un essai pour partir. C’est normal. Vous pouvez revenir à cet outil quand vous voulez.',
      them: 'Il faut parfois plusieurs essais pour partir. La personne peut revenir vers ces services quand elle le veut.',
    },
    directoryChecked: (date: string) => `Coordonnées vérifiées le ${date}.`,
    print: 'Imprimer cette liste',
    copy: 'Copier en texte',
    copied:
      'C’est copié. Vous pouvez coller la liste dans vos notes. Elle reste dans le presse-papiers de cet appareil jusqu’à ce que vous copiiez autre chose.',
    copyFailed: 'La copie n’a pas fonctionné. Sélectionnez le texte de la liste et copiez-le vous-même.',
    download: 'Télécharger une note de dossier (.txt)',
    downloadWarning: 'Un fichier téléchargé reste sur cet appareil, dans le dossier Téléchargements.',
    localPoliceElsewhere:
      'Dans les autres régions, appelez la ligne non urgente de votre service de police local. La Ligne d’urgence peut vous aider à la trouver.',
    reportWrong: 'Une coordonnée est fausse ou n’est plus à jour ? Dites-le-nous :',
  },
  /** Clauses for « Parce que vous avez dit que… »: one per answer value, in each voice. */
  reasons: {
    because: (known: string[], unknown: string[]) => {
      // « Parce que vous avez dit que A et que B, et parce que C. » Each clause gets its own « que ».
      const said = known.length > 0 ? `vous avez dit ${joinEt(known.map(que))}` : '';
      const notSaid = joinEt(unknown.map(que));
      if (said && notSaid) return `Parce que ${said}, et parce ${notSaid}.`;
      if (said) return `Parce que ${said}.`;
      if (notSaid) return `Parce ${notSaid}.`;
      return '';
    },
    always: forBoth('Tout le monde peut utiliser ce service.'),
    role: {
      worker: forBoth('vous travaillez en première ligne'),
      trainer: forBoth('vous donnez des formations'),
      self: forBoth('vous voulez de l’aide pour vous-même'),
      'someone-else': forBoth('vous vous inquiétez pour une personne que vous connaissez'),
    },
    danger: {
      yes: { you: 'vous êtes en danger en ce moment', them: 'la personne est en danger en ce moment' },
      unsure: {
        you: 'vous ne savez pas si vous êtes en sécurité en ce moment',
        them: 'vous ne savez pas si la personne est en sécurité en ce moment',
      },
      no: { you: 'vous n’êtes pas en danger en ce moment', them: 'la personne n’est pas en danger en ce moment' },
    },
    age: {
      'under-16': { you: 'vous avez moins de 16 ans', them: 'la personne a moins de 16 ans' },
      '16-17': { you: 'vous avez 16 ou 17 ans', them: 'la personne a 16 ou 17 ans' },
      '18-24': { you: 'vous avez entre 18 et 24 ans', them: 'la personne a entre 18 et 24 ans' },
      '25-plus': { you: 'vous avez 25 ans ou plus', them: 'la personne a 25 ans ou plus' },
      unknown: { you: 'votre âge n’a pas été indiqué', them: 'l’âge de la personne n’a pas été indiqué' },
    },
    inCare: {
      yes: {
        you: 'vous êtes sous la responsabilité d’une société d’aide à l’enfance, ou en train d’en sortir',
        them: 'la personne est sous la responsabilité d’une société d’aide à l’enfance, ou en train d’en sortir',
      },
      no: {
        you: 'vous n’êtes pas sous la responsabilité d’une société d’aide à l’enfance',
        them: 'la personne n’est pas sous la responsabilité d’une société d’aide à l’enfance',
      },
      unknown: {
        you: 'on ne sait pas si vous êtes sous la responsabilité d’une société d’aide à l’enfance',
        them: 'on ne sait pas si la personne est sous la responsabilité d’une société d’aide à l’enfance',
      },
    },
    region: {
      area: {
        you: (area: string) => `vous vivez ${inPlace(area)}`,
        them: (area: string) => `la personne vit ${inPlace(area)}`,
      },
      'outside-ontario': {
        you: 'vous vivez à l’extérieur de l’Ontario',
        them: 'la personne vit à l’extérieur de l’Ontario',
      },
      unknown: {
        you: 'l’endroit où vous vivez n’a pas été indiqué',
        them: 'l’endroit où vit la personne n’a pas été indiqué',
      },
    },
    indigenous: {
      'first-nations': {
        you: 'vous êtes une personne des Premières Nations',
        them: 'la personne est membre des Premières Nations',
      },
      metis: { you: 'vous êtes une personne métisse', them: 'la personne est métisse' },
      inuit: { you: 'vous êtes une personne inuite', them: 'la personne est inuite' },
      no: { you: 'vous n’êtes pas une personne autochtone', them: 'la personne n’est pas autochtone' },
      unknown: {
        you: 'on ne sait pas si vous êtes une personne autochtone',
        them: 'on ne sait pas si la personne est autochtone',
      },
    },
    needs: {
      you: (needs: string[]) => `vous voulez de l’aide pour : ${joinEt(needs.map(lowerFirst))}`,
      them: (needs: string[]) => `la personne veut de l’aide pour : ${joinEt(needs.map(lowerFirst))}`,
    },
  },
  onePage: {
    title: 'Toutes les questions',
    open: 'Répondre à toutes les questions sur une seule page',
    openHint: 'Pour les intervenantes et intervenants qui connaissent déjà les réponses.',
    heading: 'Toutes les questions sur une seule page',
    intro:
      'Répondez à chaque question sur la personne que vous aidez, puis voyez les services. Si vous ne connaissez pas une réponse, choisissez « Je ne sais pas » ou « Je préfère ne pas répondre ».',
    submit: 'Voir les services',
    careOnlyFor: 'Cette question est posée seulement pour les 16 à 24 ans, ou si l’âge n’est pas indiqué.',
  },
  workerNotes: {
    heading: 'Notes pour les intervenantes et intervenants',
    firstHeading: 'Obligation de faire rapport',
    notes: {
      'duty-to-report-child':
        'Obligation de faire rapport : selon la Loi de 2017 sur les services à l’enfance, à la jeunesse et à la famille, vous devez faire rapport à une société d’aide à l’enfance si vous pensez qu’un enfant de moins de 16 ans (ou de 16 ou 17 ans sous la responsabilité d’une société) a besoin de protection.',
      'duty-to-report-if-child':
        'Vous pourriez avoir l’obligation de faire rapport. Selon la Loi de 2017 sur les services à l’enfance, à la jeunesse et à la famille, elle vise un enfant de moins de 16 ans, ou un jeune de 16 ou 17 ans sous la responsabilité d’une société, qui pourrait avoir besoin de protection. Faites rapport à une société d’aide à l’enfance.',
      'hotline-confidentiality':
        'La Ligne d’urgence ne donne aucune information à la police sans le consentement de la personne, sauf si la loi l’exige. Elle doit faire un signalement si une personne est en danger immédiat ou si un enfant est à risque.',
      'care-unit-involves-police':
        'Une équipe INTERE comprend des policières et policiers. Dites-le à la personne avant de l’orienter, pour qu’elle sache que la police participera.',
      'vqrp-by-referral':
        'On accède au PIRV+ par un organisme du Programme ontarien d’aide immédiate aux victimes (AIVO). En tant que fournisseur de services, vous pouvez faire l’orientation. La Ligne d’aide aux victimes peut vous dire quel organisme sert la région.',
      'prepare-housing':
        'Pour un logement prioritaire (catégorie des ménages prioritaires), une personne professionnelle doit en général confirmer la traite. Préparez-vous à écrire une lettre ou à remplir un formulaire de vérification.',
      'prepare-restraining-order':
        'Aucune affaire criminelle n’est nécessaire pour une ordonnance interdictive. La Ligne d’urgence oriente la personne vers une avocate ou un avocat du ministère du Procureur général, sans frais.',
      'prepare-court-support':
        'Le Programme d’aide aux victimes et aux témoins (PAVT) aide une fois que des accusations sont portées, jusqu’à la fin du procès. En général, c’est la police ou la Couronne qui fait l’orientation.',
    } satisfies Record<WorkerNoteId, string>,
  },
  caseNote: {
    title: 'Plan d’orientation',
    date: (date: string) => `Date : ${date}`,
    privacy: 'Cette note ne contient aucun nom ni aucun détail qui permet d’identifier la personne.',
    answersHeading: 'Réponses données',
    referralsHeading: 'Orientations, par besoin, le groupe le plus urgent d’abord',
    why: 'Pourquoi',
    fileName: (date: string) => `plan-orientation-${date}.txt`,
  },
  safetyPage: {
    title: 'Sécurité',
    heading: 'Comment utiliser cet outil de façon plus sûre',
    intro:
      'Quelqu’un pourrait vérifier votre téléphone ou votre ordinateur. Voici ce que cet outil fait pour vous protéger, et ce qu’il ne peut pas faire.',
    sections: [
      {
        heading: 'Ce que cet outil fait',
        items: [
          'Il ne garde pas vos réponses. Quand vous fermez la page, elles disparaissent.',
          'Il n’envoie rien nulle part. Il n’y a pas de compte, pas de publicité et pas de suivi.',
          'L’adresse Web reste la même à chaque question. Votre historique montre donc une seule page, et pas vos réponses.',
          'Le bouton « Quitter cette page » efface vos réponses et ouvre un site météo. Il remplace cet outil dans votre historique : le bouton Précédent ne le ramène pas.',
        ],
      },
      {
        heading: 'Ce que cet outil ne peut pas faire',
        items: [
          'Il ne peut pas effacer ce que vous avez fait avant de venir ici, par exemple la recherche sur le Web qui vous a menée ou mené à ce site.',
          'Votre navigateur peut quand même garder une trace de votre visite sur ce site.',
          'Si quelqu’un a mis un logiciel espion sur votre appareil, cette personne peut quand même voir ce que vous faites.',
        ],
      },
      {
        heading: 'Comment être plus en sécurité',
        items: [
          'Si vous le pouvez, utilisez un appareil que la personne qui vous fait du mal ne peut pas vérifier. Par exemple, le téléphone d’une amie ou d’un ami, ou un ordinateur de bibliothèque.',
          'Utilisez une fenêtre de navigation privée (parfois appelée « Incognito » ou « InPrivate »). Elle ne garde pas votre historique quand vous la fermez.',
          'Pour partir vite, utilisez le bouton « Quitter cette page » ou appuyez 3 fois sur la touche Maj.',
          'Effacer tout votre historique peut sembler étrange à quelqu’un qui le vérifie. Vous pouvez choisir d’effacer seulement certaines pages.',
        ],
      },
    ],
    talkHeading: 'Parler à quelqu’un',
    talk: 'Vous pouvez appeler la Ligne d’urgence canadienne contre la traite des personnes 24 heures sur 24, 7 jours sur 7 :',
    talkDanger: 'En danger ? Appelez le 911.',
    back: 'Retour à l’outil',
  },
  notFound: {
    heading: 'Cette page n’existe pas',
    back: 'Aller au début de l’outil',
  },
  /** The summary's link to trainer mode; the trainer page's own strings are in components/trainer/content.ts. */
  trainer: {
    summaryLink: 'Ouvrir le mode formation : scénarios, graphe de décision et tous les résultats',
  },
  failSafe: {
    title: 'Un problème est survenu',
    heading: 'Un problème est survenu',
    body: 'Cette page n’a pas fonctionné comme prévu. Vous pouvez quand même obtenir de l’aide maintenant.',
    restart: 'Recommencer',
  },
};

/** « a », « a et b », « a, b et c ». */
function joinEt(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** « que » before a clause, elided before a vowel: « que vous… », « qu’on… », « qu’une… ». */
function que(clause: string): string {
  return /^[aeiouyàâäéèêëîïôöùûü]/i.test(clause) ? `qu’${clause}` : `que ${clause}`;
}

/** The first letter in lower case, so an option label can sit inside a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * An area name as it reads inside a sentence: « la région de Durham », « le comté de Grey », « les districts de
 * Manitoulin et de Sudbury », « le Grand Sudbury »; a plain place name stays as it is (« Toronto »).
 */
function withArticle(area: string): string {
  if (/^Ville et comté /.test(area)) return `la ville et le comté ${area.slice('Ville et comté '.length)}`;
  if (/^(Région|Ville|Municipalité|Cité) /.test(area)) return `la ${lowerFirst(area)}`;
  if (/^(Comté|District|Canton) /.test(area)) return `le ${lowerFirst(area)}`;
  if (/^(Comtés|Districts|Cantons) /.test(area)) return `les ${lowerFirst(area)}`;
  if (/^Grand /.test(area)) return `le ${area}`;
  return area;
}

/**
 * Where someone lives: « à Toronto », « dans la région de Durham », « dans le Grand Sudbury »; an area named after
 * several places reads « dans la région de Prescott et Russell », not « à Prescott et Russell ».
 */
function inPlace(area: string): string {
  const named = withArticle(area);
  if (named !== area) return `dans ${named}`;
  return /, | et /.test(area) ? `dans la région de ${area}` : `à ${area}`;
}
