/**
 * The rules: pure data and pure functions, free of React and XState. Everything the machine, the UI and the tests
 * need from the referral logic is exported here. What only trainer mode uses (scenarios, outcomes, what-if, share
 * links, the referral map, guesses) is in `rules/trainer/`, imported from there, so the wizard never loads it.
 */
export {
  answersSchema,
  answerValues,
  ageSchema,
  dangerSchema,
  inCareSchema,
  indigenousSchema,
  needIds,
  needSchema,
  regionAnswerSchema,
  regionIdSchema,
  roleSchema,
} from './answers.schema';
export type {
  Age,
  Answers,
  Danger,
  InCare,
  Indigenous,
  Need,
  QuestionId,
  RegionAnswer,
  RegionId,
  Role,
} from './answers.schema';
export { asksAboutCare, isInDanger, offersOnePage, withUnansweredAsUnknown } from './flow';
export { holds, factsOf, type Condition } from './condition';
export { priorities, referralRules, type Priority, type ReasonId, type ReferralRule } from './referral-rules';
export { InvalidAnswersError, nationalServices, parseAnswers, planReferrals, type Referral } from './plan';
export { explainReason, getRule, isConditional, type Reason, type ReasonFact } from './explain';
export {
  chatUrl,
  contactsFor,
  getService,
  mainPhone,
  services,
  serviceIds,
  youthServiceIds,
  directoryCheckedOn,
  type Contact,
  type Service,
  type ServiceId,
} from './services';
export {
  answersAllDay,
  areaServicesFor,
  childrensAidSocietiesFor,
  childrensAidSocietyFor,
  getNamedService,
  inLocale,
  localServicesByNeed,
  localServicesFor,
  namedServices,
  servesAge,
  servesArea,
  servesIdentity,
  type ChildrensAidLine,
  type DirectoryQuery,
} from './services/local';
export {
  audienceIds,
  directoryNeedIds,
  namedKinds,
  type Audience,
  type DirectoryNeed,
  type NamedKind,
} from './services/named-ids';
export type { NamedContactCard, NamedServiceCard } from './services/named.schema';
export type { Confidence, NamedContact } from './services/service.schema';
export {
  getRegion,
  isRegionId,
  matchedMunicipality,
  regions,
  regionGroups,
  regionIds,
  searchRegions,
  type Region,
} from './regions';
export {
  placeKinds,
  preparePlaceSearch,
  searchPlaces,
  unambiguousArea,
  type MatchQuality,
  type PlaceKind,
  type PlaceMatch,
} from './places';
export { locales, type Locale, type Localized } from './locale';
export { summaryOrder, summarySections, type SectionId } from './summary-sections';
export { workerNotes, workerNotesByPlace, workerNotesFor, type WorkerNote, type WorkerNoteId } from './worker-notes';
export { localHelpFor, type LocalHelp } from './local-help';
export {
  cardLists,
  localListed,
  needGroupOfNeed,
  resultsFor,
  resultsOrder,
  resultsSections,
  serviceFirstNeeds,
  type NextStep,
  type Results,
  type ResultsSection,
} from './results';
