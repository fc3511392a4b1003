// The query as this SDK's openapi-fetch clients serialise it: the parameters as openapi-fetch's
// default serialiser would spell them (arrays as repeated names, objects as `name[key]`, null and
// undefined left out), written at once in the canonical form both vendors' signatures use
// (canonical.ts: sorted, RFC 3986). The signer takes it as it is: the query is built once.
import { canonicalQuery } from '../canonical.js';

/** A checked scalar as text (numbers and bigints in decimal, booleans as true/false). */
function scalar(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  // The checks let only scalars through here; openapi-fetch refuses the same.
  throw new TypeError(`query parameter ${name} nests arrays or objects`);
}

/** The canonical query text of a request's query parameters ('' for none). */
export function canonicalQueryOf(query: Record<string, unknown> | undefined): string {
  if (query === undefined) return '';
  const pairs: Array<[string, string]> = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value as unknown[])
        if (item !== undefined && item !== null) pairs.push([name, scalar(name, item)]);
    } else if (typeof value === 'object') {
      const fields = value as Record<string, unknown>;
      for (const key in fields) {
        const item = fields[key];
        if (item !== undefined && item !== null) pairs.push([`${name}[${key}]`, scalar(name, item)]);
      }
    } else pairs.push([name, scalar(name, value)]);
  }
  return pairs.length === 0 ? '' : canonicalQuery(pairs);
}
