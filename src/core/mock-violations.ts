// What a mock said was wrong with a request: Prism (the mock this project ships) refuses an invalid
// request with the vendor's error body and lists the reasons in an `sl-violations` header. Real
// endpoints never send it; without it the user would see only the vendor's "Invalid parameter".
import type { Violation } from './errors.js';

interface PrismViolation {
  readonly location?: unknown;
  readonly message?: unknown;
}

/** `["request","body","a","0","b"]` → `body.a[0].b`; a query or header parameter by its name. */
function pathOf(location: readonly string[]): string {
  const [, where = '', ...rest] = location;
  const parts = where === 'body' ? ['body', ...rest] : rest;
  return parts.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === '' ? part : `${path}.${part}`),
    '',
  );
}

/** The violations in a response's `sl-violations` header; undefined when it has none (or no such header). */
export function mockViolations(headers: Headers): Violation[] | undefined {
  const text = headers.get('sl-violations');
  if (text === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const violations = (parsed as PrismViolation[])
    .filter((v) => typeof v?.message === 'string')
    .map((v) => ({
      path: Array.isArray(v.location) ? pathOf(v.location.map(String)) : '',
      message: v.message as string,
    }));
  return violations.length === 0 ? undefined : violations;
}
