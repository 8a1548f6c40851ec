import type { Locale } from '../../rules';
import type { BrowseSectionId } from '../../rules/browse';
import type { DeepWiden } from '../content/en';

/**
 * The strings of the services page (/services/, /fr/services/) and the open data page (/data/, /fr/donnees/), kept
 * out of components/content so that the wizard page does not ship them (issue 7), as the trainer page's are. Same
 * rules as every string: plain words (grade 6–8), Canadian spelling, English and French key for key
 * (components/content/parity.test.ts). Words the wizard already has (the area search, contact labels, "Where this
 * comes from") are taken from components/content, not repeated here.
 */
export const servicesEn = {
  services: {
    title: 'All services',
    heading: 'All services',
    intro:
      'Every service in this tool, without the questions. Choose an area or a kind of help to make the list shorter. Nothing you choose is saved or sent.',
    noScript: 'The filters need JavaScript, which is off in this browser. The whole list is below.',
    filtersHeading: 'Make the list shorter',
    areaLabel: 'Area',
    areaAll: 'All of Ontario',
    /** Said by the area search when one area is chosen for the person. */
    areaChosen: (area: string) => `Chosen: ${area}. The list shows the services for this area.`,
    noAreaMatches: 'No place or area matches. Choose an area from the list.',
    needLabel: 'Kind of help',
    needAll: 'Any kind of help',
    clear: 'Show all services',
    count: (shown: number, total: number) =>
      shown === total ? `Showing all ${total} services.` : `Showing ${shown} of ${total} services.`,
    none: 'No service in this tool matches. Choose another kind of help, or call the hotline: it can find services near you.',
    sections: {
      ontario: 'Services from Ontario’s anti-trafficking page',
      'anti-trafficking': 'Organizations that help with human trafficking',
      'victim-services': 'Victim services',
      'childrens-aid': 'Children’s aid societies',
      support: 'More help: crisis lines, shelters, legal help and more',
    } satisfies Record<BrowseSectionId, string>,
    sectionCount: (n: number) => (n === 1 ? '1 service' : `${n} services`),
    questionsLink: 'Answer a few questions for a shorter list made for you',
    dataLink: 'Use this list in another tool (open data)',
  },
  card: {
    where: 'Where',
    allOntario: 'All of Ontario',
    canada: 'Across Canada',
    /** After the areas a source confirms, those the research maps by general knowledge only. */
    alsoUnconfirmed: (areas: string) => `Maybe also: ${areas} (not confirmed)`,
  },
  data: {
    title: 'Open data',
    heading: 'The service directory as open data',
    intro:
      'The services in this tool are also published as open data, so that other directories and tools can use them. The files hold the same services, contacts, areas and sources as this tool. They hold nothing about any person: the tool never asks for a name and keeps no answers.',
    filesHeading: 'The files',
    filesIntro:
      'Each file is in the Open Referral Human Services Data Specification (HSDS), version 3.0, as JSON. They open only when you choose one.',
    files: {
      organizations: (n: number) =>
        `the ${n} named organizations and lines, with their walk-in locations where these are public`,
      services: (n: number) => `all ${n} services, with phones, areas served, hours and where each fact comes from`,
    },
    inEnglish: 'In English',
    inFrench: 'In French',
    reuseHeading: 'How to reuse it',
    reuse: [
      'Each file is a list of HSDS records. A service links to its organization by organization_id, and holds its phones, the areas it serves (service_areas), its hours (schedules) and its walk-in location where one is public.',
      'Ids are UUIDs that stay the same from one build to the next, and are the same in English and in French.',
      'Each record’s metadata says where it comes from and when it was checked: last_action_type is “verified”, last_action_date is the day checked, and source is the page it was compared with. Two fields are not part of HSDS 3.0: source, and confidence (high: seen on the service’s own page or an official page; medium: a reliable secondary page or an older official one). A service’s web addresses after the first are in additional_urls, as HSDS 3.1 names them.',
      'The files change when the directory changes. Check the date of each record before you use it.',
    ],
    limitsHeading: 'Before you rely on it',
    limits:
      'Every number and link was compared with stored copies of public pages, not called or opened live. Call a number or open a link before you refer anyone to it.',
    licenceHeading: 'Licence',
    licence:
      'The facts come from public web pages, which each record names. No licence has been chosen yet for this collection: that is for the project to decide. Until then, check each fact against its source.',
    servicesLink: 'See all services in this tool',
  },
};

export type ServicesMessages = DeepWiden<typeof servicesEn>;

export const servicesFr: ServicesMessages = {
  services: {
    title: 'Tous les services',
    heading: 'Tous les services',
    intro:
      'Tous les services de cet outil, sans les questions. Choisissez une région ou un type d’aide pour raccourcir la liste. Rien de ce que vous choisissez n’est enregistré ni envoyé.',
    noScript:
      'Les filtres ont besoin de JavaScript, qui est désactivé dans ce navigateur. La liste complète est ci-dessous.',
    filtersHeading: 'Raccourcir la liste',
    areaLabel: 'Région',
    areaAll: 'Tout l’Ontario',
    areaChosen: (area: string) => `Choisie : ${area}. La liste montre les services de cette région.`,
    noAreaMatches: 'Aucun lieu ni aucune région ne correspond. Choisissez une région dans la liste.',
    needLabel: 'Type d’aide',
    needAll: 'Tous les types d’aide',
    clear: 'Afficher tous les services',
    count: (shown: number, total: number) =>
      shown === total ? `Les ${total} services sont affichés.` : `${shown} services sur ${total} sont affichés.`,
    none: 'Aucun service de cet outil ne correspond. Choisissez un autre type d’aide, ou appelez la Ligne d’urgence : elle peut trouver des services près de chez vous.',
    sections: {
      ontario: 'Services de la page de l’Ontario sur la traite des personnes',
      'anti-trafficking': 'Organismes qui aident en cas de traite des personnes',
      'victim-services': 'Services aux victimes',
      'childrens-aid': 'Sociétés d’aide à l’enfance',
      support: 'Autre aide : lignes de crise, refuges, aide juridique et plus',
    },
    sectionCount: (n: number) => (n === 1 ? '1 service' : `${n} services`),
    questionsLink: 'Répondre à quelques questions pour une liste plus courte, faite pour vous',
    dataLink: 'Utiliser cette liste dans un autre outil (données ouvertes)',
  },
  card: {
    where: 'Où',
    allOntario: 'Tout l’Ontario',
    canada: 'Partout au Canada',
    alsoUnconfirmed: (areas: string) => `Peut-être aussi : ${areas} (non confirmé)`,
  },
  data: {
    title: 'Données ouvertes',
    heading: 'Le répertoire des services en données ouvertes',
    intro:
      'Les services de cet outil sont aussi publiés en données ouvertes, pour que d’autres répertoires et outils puissent les utiliser. Les fichiers contiennent les mêmes services, coordonnées, régions et sources que cet outil. Ils ne contiennent rien sur aucune personne : l’outil ne demande jamais de nom et ne garde aucune réponse.',
    filesHeading: 'Les fichiers',
    filesIntro:
      'Chaque fichier suit la norme Open Referral Human Services Data Specification (HSDS), version 3.0, en JSON. Un fichier s’ouvre seulement quand vous le choisissez.',
    files: {
      organizations: (n: number) =>
        `les ${n} organismes et lignes nommés, avec leurs lieux d’accueil quand ils sont publics`,
      services: (n: number) =>
        `les ${n} services, avec les téléphones, les régions desservies, les heures et la source de chaque fait`,
    },
    inEnglish: 'En anglais',
    inFrench: 'En français',
    reuseHeading: 'Comment les réutiliser',
    reuse: [
      'Chaque fichier est une liste d’enregistrements HSDS. Un service est lié à son organisme par organization_id. Il contient ses téléphones, les régions qu’il dessert (service_areas), ses heures (schedules) et son lieu d’accueil quand il est public.',
      'Les identifiants sont des UUID qui restent les mêmes d’une version à l’autre, et qui sont les mêmes en anglais et en français.',
      'Les métadonnées (metadata) de chaque enregistrement disent d’où il vient et quand il a été vérifié : last_action_type vaut « verified », last_action_date est le jour de la vérification et source est la page consultée. Deux champs ne font pas partie de HSDS 3.0 : source, et confidence (high : vu sur la page du service ou une page officielle; medium : une page secondaire fiable ou une page officielle plus ancienne). Les adresses Web d’un service après la première sont dans additional_urls, le nom que leur donne HSDS 3.1.',
      'Les fichiers changent quand le répertoire change. Vérifiez la date de chaque enregistrement avant de l’utiliser.',
    ],
    limitsHeading: 'Avant de vous y fier',
    limits:
      'Chaque numéro et chaque lien ont été comparés à des copies enregistrées de pages publiques, sans appeler ni ouvrir en direct. Appelez le numéro ou ouvrez le lien avant d’y diriger quelqu’un.',
    licenceHeading: 'Licence',
    licence:
      'Les faits viennent de pages Web publiques, que chaque enregistrement nomme. Aucune licence n’a encore été choisie pour cette compilation : c’est au projet d’en décider. D’ici là, vérifiez chaque fait auprès de sa source.',
    servicesLink: 'Voir tous les services de cet outil',
  },
};

/** Both languages ship with the page, so the language switch needs no request. */
export const servicesMessages: Record<Locale, ServicesMessages> = { en: servicesEn, fr: servicesFr };
