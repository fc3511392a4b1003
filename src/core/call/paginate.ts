// The one place that pages: walks a list operation to its last item as its x-imagesec-paginate
// says (an offset and a page size, or a page number and a page size; query parameters or form
// fields, integers or, where the spec types them so, decimal text). Each page is an ordinary
// call of the operation's method, so it is checked, signed and retried on its own; a failed page
// ends the iteration with that call's error, after the items of the pages before it.
import type { PageOptions } from '../call-options.js';
import { ValidationError } from '../errors.js';
import type { Pagination } from '../operation-types.js';
import type { ApiResult } from './read.js';

type Input = Readonly<Record<string, unknown>>;
type PageCall = (input: Input, options: PageOptions) => Promise<ApiResult<unknown>>;

/** The value at a dotted path of a parsed body, or undefined. */
function at(body: unknown, path: string): unknown {
  let value = body;
  for (const name of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

function positiveInteger(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new ValidationError(`${where} must be a whole number of at least 1`, [
      { path: where, message: 'must be an integer of at least 1' },
    ]);
  }
  return value;
}

/**
 * Every item of the list, page after page, from the position the input names (default the first).
 * It stops at an empty page, at the total the service reports, at `maxItems`, or, when the service
 * reports no total, at a page shorter than the page size (with a total, a short page may only mean
 * the service keeps its pages smaller than asked: the walk goes on).
 */
export async function* pageItems(
  call: PageCall,
  paging: Pagination,
  input: Input,
  options: PageOptions,
): AsyncGenerator<unknown, void, undefined> {
  const { pageSize, maxItems, ...callOptions } = options;
  const limit = positiveInteger(maxItems, 'options.maxItems');
  const givenSize = positiveInteger(pageSize, 'options.pageSize');
  // A paging parameter the spec types as text goes as decimal text, and is read back as a number.
  const wire = (name: string, value: number) => (paging.asText.includes(name) ? String(value) : value);
  const count = (value: unknown) =>
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
  const size = givenSize ?? count(input[paging.size]);
  const positionName = (paging.offset ?? paging.page) as string;
  // The first page is the input's own (the validator reports a bad one); later ones are counted from it.
  const first = input[positionName];
  let position: unknown = first === undefined ? wire(positionName, paging.offset !== null ? 0 : 1) : first;
  let before: number | undefined;
  let received = 0;
  let yielded = 0;
  for (;;) {
    const page = {
      ...input,
      ...(givenSize === undefined ? {} : { [paging.size]: wire(paging.size, givenSize) }),
      [positionName]: position,
    };
    const result = await call(page, callOptions);
    const found = at(result.data, paging.items);
    const items: readonly unknown[] = Array.isArray(found) ? found : [];
    for (const item of items) {
      yield item;
      yielded += 1;
      if (limit !== undefined && yielded >= limit) return;
    }
    const current = count(position);
    if (items.length === 0 || current === undefined) return;
    // Items before the first page read: the offset, or the pages skipped times the page size.
    before ??= paging.offset !== null ? current : (current - 1) * (size ?? items.length);
    received += items.length;
    const total = paging.total === null ? undefined : at(result.data, paging.total);
    if (typeof total === 'number') {
      if (before + received >= total) return;
    } else if (size !== undefined && items.length < size) return;
    position = wire(positionName, paging.offset !== null ? current + items.length : current + 1);
  }
}
