// The one place that pages: walks a list operation to its last item as its x-imagesec-paginate
// says (an offset and a page size, or a page number and a page size; query parameters or form
// fields, integers or, where the spec types them so, decimal text). Each page is an ordinary
// call of the operation's method, so it is checked, signed and retried on its own; a failed page
// ends the iteration with that call's error, after the items of the pages before it. A walk that
// `maxItems` stops before the list's end returns a token to go on from (`startingToken`, page-token.ts).
import type { PageOptions } from '../call-options.js';
import { valueAt } from '../dotted-path.js';
import { ValidationError } from '../errors.js';
import type { Pagination } from '../operation-types.js';
import { pageToken, readPageToken, type PagePosition } from './page-token.js';
import type { ApiResult } from './read.js';

type Input = Readonly<Record<string, unknown>>;
type PageCall = (input: Input, options: PageOptions) => Promise<ApiResult<unknown>>;

function positiveInteger(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ValidationError(`${where} must be a whole number of at least 1`, [
      { path: where, message: 'must be an integer of at least 1' },
    ]);
  }
  return value;
}

function conflict(where: string, message: string): ValidationError {
  return new ValidationError(`${where} ${message}`, [{ path: where, message }]);
}

/** A number, or decimal text read as one (a paging parameter the spec types as text); else undefined. */
const count = (value: unknown) =>
  typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;

/**
 * The page size the walk sends: the one given, or for a page-number list resumed from a token, the
 * token's (pages counted with another size would be other pages); a size that conflicts is refused.
 */
function sentPageSize(
  paging: Pagination,
  input: Input,
  givenSize: number | undefined,
  start: PagePosition | undefined,
): number | undefined {
  if (start?.kind !== 'page') return givenSize;
  const pinned = start.size;
  const must =
    pinned === null
      ? "must be left out: the starting token's pages were counted with the service's own page size"
      : `must be ${pinned} or left out: the starting token's pages were counted with ${pinned} items a page`;
  if (givenSize !== undefined && givenSize !== pinned) throw conflict('options.pageSize', must);
  const own = input[paging.size];
  if (own !== undefined && count(own) !== pinned) throw conflict(paging.size, must);
  return givenSize ?? pinned ?? undefined;
}

/**
 * Every item of the list, page after page, from the position the input names (default the first)
 * or the one `startingToken` names. It stops at an empty page, at the total the service reports, at
 * `maxItems`, or, when the service reports no total, at a page shorter than the page size (with a
 * total, a short page may only mean the service keeps its pages smaller than asked: the walk goes
 * on). Its return value is the token to go on from when `maxItems` stopped it before the list's
 * end, else undefined.
 */
export async function* pageItems(
  call: PageCall,
  paging: Pagination,
  operationId: string,
  input: Input,
  options: PageOptions,
): AsyncGenerator<unknown, string | undefined, undefined> {
  const { pageSize, maxItems, startingToken, ...callOptions } = options;
  const limit = positiveInteger(maxItems, 'options.maxItems');
  const givenSize = positiveInteger(pageSize, 'options.pageSize');
  const byOffset = paging.offset !== null;
  const positionName = (paging.offset ?? paging.page) as string;
  const start =
    startingToken === undefined ? undefined : readPageToken(startingToken, operationId, byOffset ? 'offset' : 'page');
  if (start !== undefined && input[positionName] !== undefined) {
    throw conflict(positionName, 'must be left out with a starting token: the token says where to go on');
  }
  // A paging parameter the spec types as text goes as decimal text, and is read back as a number.
  const wire = (name: string, value: number) => (paging.asText.includes(name) ? String(value) : value);
  const sentSize = sentPageSize(paging, input, givenSize, start);
  const size = sentSize ?? count(input[paging.size]);
  // The first page is the token's, or the input's own (the validator reports a bad one); later ones are counted from it.
  const first = input[positionName];
  let position: unknown =
    start !== undefined
      ? wire(positionName, start.at)
      : first === undefined
        ? wire(positionName, byOffset ? 0 : 1)
        : first;
  let skip = start?.kind === 'page' ? start.skip : 0;
  const token = (where: PagePosition) => pageToken(operationId, where);
  const pageAt = (page: number, read: number, itemsBefore: number) =>
    token({ kind: 'page', at: page, skip: read, size: size ?? null, before: itemsBefore });
  // Items before the first page read (a token's page: as the walk that gave it counted them).
  let before: number | undefined = start?.kind === 'page' ? start.before : undefined;
  let received = 0;
  let yielded = 0;
  for (;;) {
    const page = {
      ...input,
      ...(sentSize === undefined ? {} : { [paging.size]: wire(paging.size, sentSize) }),
      [positionName]: position,
    };
    const result = await call(page, callOptions);
    const found = valueAt(result.data, paging.items);
    const items: readonly unknown[] = Array.isArray(found) ? found : [];
    const current = count(position);
    // Where the next page starts, or undefined at the list's end.
    let next: number | undefined;
    // Items of the list up to this page's end, as the walk counts them.
    let upTo = 0;
    if (items.length > 0 && current !== undefined) {
      // Items before the first page read: the offset, or the pages skipped times the page size.
      before ??= byOffset ? current : (current - 1) * (size ?? items.length);
      received += items.length;
      upTo = before + received;
      const total = paging.total === null ? undefined : valueAt(result.data, paging.total);
      const more = typeof total === 'number' ? upTo < total : size === undefined || items.length >= size;
      if (more) next = byOffset ? current + items.length : current + 1;
    }
    for (let i = skip; i < items.length; i++) {
      yield items[i];
      yielded += 1;
      if (limit === undefined || yielded < limit) continue;
      // Stopped by maxItems: the token of the next item, in this page or the next one.
      if (current === undefined) return undefined;
      if (i + 1 < items.length) {
        return byOffset ? token({ kind: 'offset', at: current + i + 1 }) : pageAt(current, i + 1, upTo - items.length);
      }
      if (next === undefined) return undefined;
      return byOffset ? token({ kind: 'offset', at: next }) : pageAt(next, 0, upTo);
    }
    if (next === undefined) return undefined;
    position = wire(positionName, next);
    skip = 0;
  }
}
