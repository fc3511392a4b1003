// A loopback list that really pages, for the iterators and `--all`: `count` items, served by
// offset/limit (HSS) or by CurrentPage/PageSize (SAS, in the query or a form body), with the total where the operation's
// x-imagesec-paginate says it is. Faults can be put on given requests (by their 1-based number),
// and the server can keep a page size of its own whatever the request asks.
import type { CaptureServer, CapturedRequest, ScriptedResponse } from './capture-server.js';
import type { Pagination } from '../../src/core/operation-types.js';

export interface PagedList {
  readonly paging: Pagination;
  /** How many items the list has. */
  readonly count: number;
  /** Default page size when the request names none (the server's). */
  readonly defaultSize: number;
  /** The page size the server keeps to whatever the request asks (a floor or a cap of its own). */
  readonly serverSize?: number;
  /** Answers for given requests instead of a page (1 = the first request). */
  readonly faults?: Readonly<Record<number, ScriptedResponse>>;
  /** Leave the total out of the answers. */
  readonly noTotal?: boolean;
}

/** `{ a: { b: value } }` for the path `a.b`. */
function nested(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, name) => ({ [name]: inner }), value) as Record<string, unknown>;
}

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] =
      typeof existing === 'object' && existing !== null && typeof value === 'object' && value !== null
        ? merge(existing as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

/**
 * The parameters a request pages by: its query, and its form body's fields (SAS PageImageRegistry
 * sends CurrentPage and PageSize in a form body).
 */
export function pagingParameters(request: CapturedRequest): URLSearchParams {
  const query = new URL(request.target, 'http://x').searchParams;
  if (!/^application\/x-www-form-urlencoded\b/.test(request.headers['content-type'] ?? '')) return query;
  for (const [name, value] of new URLSearchParams(request.body.toString('utf8'))) query.set(name, value);
  return query;
}

/** The page a request asks for, as the list's answer. */
export function pageOf(list: PagedList, request: CapturedRequest): ScriptedResponse {
  const query = pagingParameters(request);
  const size = list.serverSize ?? Number(query.get(list.paging.size) ?? list.defaultSize);
  const skip =
    list.paging.offset !== null
      ? Number(query.get(list.paging.offset) ?? 0)
      : (Number(query.get(list.paging.page ?? '') || 1) - 1) * size;
  const items = Array.from({ length: Math.max(0, Math.min(size, list.count - skip)) }, (_, i) => ({
    id: `item-${skip + i + 1}`,
  }));
  let body = nested(list.paging.items, items);
  if (list.paging.total !== null && list.noTotal !== true) body = merge(body, nested(list.paging.total, list.count));
  return { status: 200, body: { RequestId: 'r-1', ...body } };
}

/** Makes `server` answer as the list pages, from its next request on. */
export function servePages(server: CaptureServer, list: PagedList): void {
  let n = 0;
  server.respond((request) => {
    n += 1;
    return list.faults?.[n] ?? pageOf(list, request);
  });
}
