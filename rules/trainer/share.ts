import type { Answers } from '../answers.schema';
import { parseAnswers, InvalidAnswersError } from '../plan';

/**
 * Share links for the trainer: a scenario's answers in the fragment of the trainer page's address,
 * `/trainer/#a=<base64url of the answers as JSON>`, and, when the trainer changed some answers (what-if), the changed
 * answers too: `#a=…&w=<base64url of the changed answers as JSON>`. A link without `w` (every link made before it
 * existed) opens with no change. The fragment never reaches a server. A link is untrusted input: decoding checks both
 * sets of answers against `answersSchema` and says what is wrong, never returning partial answers.
 * Pure; loaded only by the trainer page.
 */

/** The fragment parameter that holds the answers. */
export const shareParameter = 'a';

/** The fragment parameter that holds the answers as the trainer changed them (what-if), if they differ. */
export const whatIfParameter = 'w';

/** Longer than any valid answers can encode to (all 14 needs come to about 420 characters): refuse before parsing. */
const maxEncodedLength = 2000;

/** Why a share link could not be read. */
export type ShareLinkProblem = 'too-long' | 'not-base64url' | 'not-json' | 'not-answers' | 'no-scenario';

export type DecodedShareLink =
  /** The address has no shared answers. */
  | { status: 'none' }
  /** `whatIf`: the changed answers, when the link has them and they differ from `answers`. */
  | { status: 'ok'; answers: Answers; whatIf?: Answers }
  | { status: 'invalid'; problem: ShareLinkProblem; detail?: string };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The answers, validated, as the base64url text a share link carries. Throws `InvalidAnswersError` on bad answers. */
export function encodeAnswers(answers: Answers): string {
  const valid = parseAnswers(answers);
  // A fixed key order, so the same answers always give the same link.
  const ordered = {
    role: valid.role,
    danger: valid.danger,
    age: valid.age,
    ...(valid.inCare !== undefined ? { inCare: valid.inCare } : {}),
    region: valid.region,
    indigenous: valid.indigenous,
    needs: valid.needs,
  };
  return toBase64Url(JSON.stringify(ordered));
}

/**
 * The fragment (without `#`) for a share link: `a=<encoded answers>`, then `&w=<encoded changed answers>` when a
 * what-if change is given that differs from the answers.
 */
export function shareFragment(answers: Answers, whatIf?: Answers): string {
  const base = `${shareParameter}=${encodeAnswers(answers)}`;
  if (whatIf === undefined) return base;
  const changed = encodeAnswers(whatIf);
  return changed === encodeAnswers(answers) ? base : `${base}&${whatIfParameter}=${changed}`;
}

/** Read the text a share link carries back into answers, or say what is wrong with it. */
export function decodeAnswers(encoded: string): DecodedShareLink {
  if (encoded.length > maxEncodedLength) return { status: 'invalid', problem: 'too-long' };
  const json = fromBase64Url(encoded);
  if (json === null) return { status: 'invalid', problem: 'not-base64url' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { status: 'invalid', problem: 'not-json' };
  }
  try {
    return { status: 'ok', answers: parseAnswers(data) };
  } catch (error) {
    if (error instanceof InvalidAnswersError)
      return { status: 'invalid', problem: 'not-answers', detail: error.message };
    throw error;
  }
}

/**
 * Read a page address's fragment (`location.hash`, with or without `#`): a plain anchor (`#main`) or none is `none`;
 * a link that carries parameters but no readable scenario, or a bad one, is `invalid`, with the reason. Forgiving of
 * what mail and chat apps do to links: a percent-encoded fragment (`a%3D…`) and the parameter's case (`A=…`).
 */
export function decodeShareFragment(hash: string): DecodedShareLink {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { status: 'none' };
  let fragment: string;
  try {
    fragment = decodeURIComponent(raw);
  } catch {
    return { status: 'invalid', problem: 'not-base64url' };
  }
  if (!fragment.includes('=')) return { status: 'none' };
  const params = new URLSearchParams(fragment);
  const find = (parameter: string) => [...params.keys()].find((name) => name.toLowerCase() === parameter);
  const key = find(shareParameter);
  if (key === undefined) return { status: 'invalid', problem: 'no-scenario' };
  const decoded = decodeAnswers(params.get(key) ?? '');
  const whatIfKey = find(whatIfParameter);
  if (decoded.status !== 'ok' || whatIfKey === undefined) return decoded;
  // A damaged change spoils the whole link: loading the scenario without it would teach the wrong list.
  const whatIf = decodeAnswers(params.get(whatIfKey) ?? '');
  if (whatIf.status !== 'ok') return whatIf;
  return encodeAnswers(whatIf.answers) === encodeAnswers(decoded.answers)
    ? decoded
    : { ...decoded, whatIf: whatIf.answers };
}
