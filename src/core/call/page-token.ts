// Where a list walk stopped, as text a caller hands back to go on (`startingToken`): base64url of
// a small versioned JSON naming the operation and the position. An offset list needs only the
// offset of the next item; a page-number list needs the page, the items of it already read, the
// page size the pages were counted with (pinned: another size would number the pages anew), and the
// items before the page (a service that keeps pages smaller than asked makes that no product of
// the page number and size, and the walk compares it with the total the service reports).
// The token is not a secret and not signed: its check (FNV-1a) catches damaged copies and hand
// edits, so a token that is not one a walk of this operation gave is refused before anything is sent.
import { ValidationError } from '../errors.js';

/** Where a walk goes on: the offset, or the page, its items read, the page size and the items before it. */
export type PagePosition =
  | { readonly kind: 'offset'; readonly at: number }
  | {
      readonly kind: 'page';
      readonly at: number;
      readonly skip: number;
      readonly size: number | null;
      readonly before: number;
    };

const VERSION = 1;
/** Far longer than any token a walk gives; a longer text is refused before it is decoded. */
const MAX_TOKEN_LENGTH = 512;
const WHERE = 'options.startingToken';

/** FNV-1a, 32 bits, as 8 hex digits: enough to notice an altered token, no cryptography needed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The token's fields in one fixed order, so the check is computed over the same text both ways. */
function fields(operationId: string, position: PagePosition): Record<string, unknown> {
  return position.kind === 'offset'
    ? { v: VERSION, op: operationId, offset: position.at }
    : {
        v: VERSION,
        op: operationId,
        page: position.at,
        skip: position.skip,
        size: position.size,
        before: position.before,
      };
}

/** The token to go on from `position` in the list of `operationId`. */
export function pageToken(operationId: string, position: PagePosition): string {
  const body = fields(operationId, position);
  const json = JSON.stringify({ ...body, check: fnv1a(JSON.stringify(body)) });
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function refused(message: string): ValidationError {
  return new ValidationError(`${WHERE} ${message}`, [{ path: WHERE, message }]);
}

function decoded(token: string): Record<string, unknown> | undefined {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token) || token.length % 4 === 1) return undefined;
  try {
    const value: unknown = JSON.parse(atob(token.replace(/-/g, '+').replace(/_/g, '/')));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const count = (value: unknown, least: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= least;

/** The position `token` names, for a walk of `operationId`; a ValidationError for any other text. */
export function readPageToken(token: unknown, operationId: string, kind: PagePosition['kind']): PagePosition {
  if (typeof token !== 'string') throw refused('must be text: a token an earlier walk of this list returned');
  const value = decoded(token);
  const damaged = 'is not a token a walk of this list gave (damaged, altered or made elsewhere)';
  if (value === undefined || !count(value.v, 1) || typeof value.op !== 'string') throw refused(damaged);
  if (value.v !== VERSION) throw refused('is of another version of imagesec: start the walk over');
  if (value.op !== operationId) {
    const other = /^[A-Za-z0-9]{1,64}$/.test(value.op) ? ` (${value.op})` : '';
    throw refused(`belongs to another list operation${other}, not ${operationId}`);
  }
  const position: PagePosition | undefined =
    kind === 'offset'
      ? count(value.offset, 0)
        ? { kind, at: value.offset }
        : undefined
      : count(value.page, 1) &&
          count(value.skip, 0) &&
          (value.size === null || count(value.size, 1)) &&
          count(value.before, 0)
        ? { kind, at: value.page, skip: value.skip, size: value.size, before: value.before }
        : undefined;
  if (position === undefined) throw refused(damaged);
  const expected = fields(operationId, position);
  const extra = Object.keys(value).some((key) => key !== 'check' && !(key in expected));
  if (extra || value.check !== fnv1a(JSON.stringify(expected))) throw refused(damaged);
  return position;
}
