import { needIds, type Need } from '../answers.schema';

/** The needs a named entry can meet: every need a person can pick. */
export const directoryNeedIds = needIds;
export type DirectoryNeed = Need;

/**
 * Who an entry is designed for, where the research says so; an entry with no audience is for anyone. Age and
 * Indigenous identity narrow the list, because the wizard asks about them (rules/services/local.ts); the others
 * are labels for the card: the wizard never asks about gender, faith, language or status.
 */
export const audienceIds = [
  'children',
  'youth',
  'women',
  'men',
  'trans',
  '2slgbtq',
  'indigenous',
  'first-nations',
  'inuit',
  'francophone',
  'newcomers',
  'migrant-workers',
  'students',
  'catholic',
  'jewish',
] as const;
export type Audience = (typeof audienceIds)[number];

/**
 * The kind of a named entry: a children's aid society (or Indigenous child and family well-being society), a
 * victim services agency, an organization with an anti-trafficking program (shared/reference/local-organizations.md),
 * or another support: a helpline, a shelter finder, a government or legal service.
 */
export const namedKinds = ['childrens-aid', 'victim-services', 'anti-trafficking', 'support'] as const;
export type NamedKind = (typeof namedKinds)[number];
