// User-supplied request headers, checked before they reach a Request: a bad one would otherwise
// surface as a bare TypeError from Headers, or be sent differently from how it was signed.
import { ValidationError, type Violation } from './errors.js';

// RFC 9110 token.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Visible ASCII, space and tab: CR/LF/NUL could split a request, and bytes above 0x7E are sent as
// Latin-1 but would be hashed as UTF-8 by a signer.
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
/** The rule a header value breaks when `isHeaderValue` is false, as a violation message. */
export const HEADER_VALUE_RULE = 'must be printable ASCII (no CR, LF, NUL or non-ASCII characters)';
// Set by the runtime from the URL and the body: a user value would be signed but not sent as given.
const RUNTIME_OWNED = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

/** Throws ValidationError listing every bad header; `where` prefixes the violation paths. */
export function checkHeaders(headers: Readonly<Record<string, string>> | undefined, where: string): void {
  if (headers === undefined) return;
  const violations: Violation[] = [];
  // A Headers instance (allowed from JavaScript) has no own entries: read it as what it sends.
  const entries = headers instanceof Headers ? [...headers] : Object.entries(headers);
  for (const [name, value] of entries) {
    const path = `${where}.${name}`;
    if (!HEADER_NAME.test(name)) violations.push({ path, message: 'is not a valid header name' });
    else if (RUNTIME_OWNED.has(name.toLowerCase())) {
      violations.push({ path, message: 'is set by the runtime; use `endpoint` to change the host' });
    } else if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
      violations.push({ path, message: HEADER_VALUE_RULE });
    }
  }
  if (violations.length > 0) {
    throw ValidationError.listing(where, violations);
  }
}

/** Whether a value can be sent as a header exactly as it is signed. */
export function isHeaderValue(value: string): boolean {
  return HEADER_VALUE.test(value);
}
