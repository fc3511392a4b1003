// The steps both signature verifiers (hss/verifier.ts, sas/verifier.ts) take the same way: the
// headers as they arrived, the Authorization header taken apart, the signing time against the
// clock, a temporary key's token, and the signed headers' values to sign again. Each returns what
// the next step needs, or the refusal.
import { SIGNATURE_SKEW_MS, type SignableRequest, type SignatureVerdict } from './canonical.js';

export type Refusal = Extract<SignatureVerdict, { ok: false }>;

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}

/** Lower-case names, trimmed values; the URL's host where none came (every HTTP/1.1 request has one). */
export function arrivedHeaders(request: SignableRequest): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [name, value] of request.headers) headers.set(name.toLowerCase(), value.trim());
  if (!headers.has('host')) headers.set('host', request.url.host);
  return headers;
}

/** `form`'s three groups (key id, signed header list, hex signature), or why not. */
export function authorizationParts(
  headers: ReadonlyMap<string, string>,
  form: RegExp,
  formText: string,
): { id: string; signed: string; signature: string } | Refusal {
  const authorization = headers.get('authorization');
  if (authorization === undefined) return { ok: false, reason: 'missing', detail: 'no Authorization header' };
  const parts = form.exec(authorization);
  if (parts === null) return { ok: false, reason: 'malformed', detail: `Authorization is not ${formText}` };
  return { id: parts[1] ?? '', signed: parts[2] ?? '', signature: parts[3] ?? '' };
}

/** A refusal when the signing time is more than 15 minutes from `now`. */
export function skewRefusal(now: Date, time: Date, what: string): Refusal | undefined {
  return Math.abs(now.getTime() - time.getTime()) > SIGNATURE_SKEW_MS
    ? { ok: false, reason: 'expired', detail: `${what} is more than 15 minutes from the server time` }
    : undefined;
}

/**
 * A refusal when the token does not fit the key: a temporary key (`expected` set) needs its own
 * token, signed; a permanent one takes none.
 */
export function tokenRefusal(
  expected: string | undefined,
  headers: ReadonlyMap<string, string>,
  signed: readonly string[],
  tokenHeader: string,
): Refusal | undefined {
  const token = headers.get(tokenHeader);
  if (expected === undefined) {
    return token === undefined
      ? undefined
      : { ok: false, reason: 'token-wrong', detail: 'a security token came with a permanent key' };
  }
  if (token === undefined || !signed.includes(tokenHeader)) {
    return { ok: false, reason: 'token-missing', detail: `a temporary key needs a signed ${tokenHeader}` };
  }
  return token === expected.trim()
    ? undefined
    : { ok: false, reason: 'token-wrong', detail: 'the security token is not the key’s' };
}

/** The signed headers' values as they arrived, less those the signer adds itself (`own`). */
export function signedValues(
  headers: ReadonlyMap<string, string>,
  signed: readonly string[],
  own: ReadonlySet<string>,
): [string, string][] | Refusal {
  const given: [string, string][] = [];
  for (const name of signed) {
    const value = headers.get(name);
    if (value === undefined)
      return { ok: false, reason: 'mismatch', detail: `signed header ${name} is not in the request` };
    if (!own.has(name)) given.push([name, value]);
  }
  return given;
}
