// The canonical request both vendors' signatures are built on: the request as a signer sees it,
// RFC 3986 percent-encoding (UTF-8 bytes, only `A-Z a-z 0-9 - _ . ~` kept, upper-case hex, a space
// is `%20`, never `+`), the canonical path, query and header block. Each signer stays a pure
// function of (request, credentials, time[, nonce]) over these.
import type { HashPort, MaybePromise } from './crypto/port.js';
import { ValidationError } from './errors.js';

/** What a signer reads of a URL: a URL, or the same parts already split (the call path's). */
export type UrlParts = Pick<URL, 'host' | 'pathname' | 'search'>;

export interface SignableRequest {
  readonly method: string;
  /** The URL as it will be sent; its query is canonicalised, and `canonicalQuery` should replace it. */
  readonly url: UrlParts;
  /** The headers the signer may sign (the caller leaves out what the runtime may rewrite). */
  readonly headers: Iterable<readonly [string, string]>;
  /** The exact body bytes (a string is taken as UTF-8); empty for no body. */
  readonly body: Uint8Array | string;
  /**
   * The URL's query, already in canonical form (the call path's serialiser writes it so): taken as
   * it is instead of being read back out of the URL and encoded again.
   */
  readonly canonicalQuery?: string | undefined;
}

/**
 * How a client's call path has a request signed: the vendor's signer bound to the credentials and
 * the time of the attempt (hss/authentication.ts, sas/authentication.ts), answering with the headers
 * to add (at once with node:crypto, later with WebCrypto).
 */
export type RequestSigner = (
  request: SignableRequest,
) => MaybePromise<{ readonly headers: Readonly<Record<string, string>>; readonly canonicalQuery?: string }>;

export interface Signature {
  /** Headers to add to the request before sending (authorization, date, token...). */
  readonly headers: Readonly<Record<string, string>>;
  /** The query string the signature covers; send it as the URL's query so the bytes agree. */
  readonly canonicalQuery: string;
  /** For debugging a mismatch against a gateway's reply. Holds signed header values, the security
   * token among them: never log it unredacted. */
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

/** SHA-256 of no bytes: the payload hash of every request without a body (SAS RPC calls, GETs). */
export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The payload hash: a constant for no body, else the port's hash of the exact bytes. */
export function payloadSha256(body: string | Uint8Array, hashing: HashPort): string | Promise<string> {
  return body.length === 0 ? EMPTY_PAYLOAD_SHA256 : hashing.sha256Hex(body);
}

/** Lower-cased names with trimmed values; a later duplicate name replaces an earlier one. */
export function lowerCaseHeaders(headers: Iterable<readonly [string, string]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of headers) out.set(name.toLowerCase(), value.trim());
  return out;
}

/** `name:value\n` per header in code-unit order of the names, and the `;`-joined name list. */
export function canonicalHeaders(headers: ReadonlyMap<string, string>): { block: string; signed: string } {
  const names = [...headers.keys()].sort();
  return {
    block: names.map((name) => `${name}:${headers.get(name) ?? ''}\n`).join(''),
    signed: names.join(';'),
  };
}

const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;
// encodeURIComponent keeps these five; the signatures want them encoded.
const SUB_DELIMS = /[!'()*]/g;

/** Percent-encodes every byte outside the unreserved set. */
export function percentEncode(value: string): string {
  if (UNRESERVED.test(value)) return value;
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // Only a lone UTF-16 surrogate fails: it has no UTF-8 form, so no server could verify it.
    throw new ValidationError('a value is not well-formed Unicode (lone surrogate)', [
      { path: '', message: 'contains a lone UTF-16 surrogate' },
    ]);
  }
  return encoded.replace(SUB_DELIMS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Decodes one percent-encoded URL component (`+` is a literal plus, as in a path or our queries). */
function decode(component: string): string {
  if (!component.includes('%')) return component;
  try {
    return decodeURIComponent(component);
  } catch {
    // A hand-built URL can hold `%zz` (URL leaves it as is); no gateway could verify it either.
    throw new ValidationError(`malformed percent-escape in ${JSON.stringify(component)}`, [
      { path: '', message: 'contains a malformed percent-escape' },
    ]);
  }
}

/** The decoded name/value pairs of a URL's query (`?a&b=` gives `a=''`, `b=''`), in wire order. */
export function queryPairs(url: Pick<URL, 'search'>): Array<[string, string]> {
  const search = url.search.slice(1);
  if (search === '') return [];
  return search
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq === -1 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
    });
}

/** Code-unit order, as both vendors' JavaScript signers sort (Array.prototype.sort). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorted by raw name, then raw value for a repeated name (both by UTF-16 code unit), then
 * `enc(name)=enc(value)` joined with `&`. Sorting happens before encoding: `~` (0x7E) sorts
 * before `é` although `%C3%A9` would sort before `~`.
 */
export function canonicalQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  return [...pairs]
    .sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1]))
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
}

// A path of unreserved characters and slashes (every HSS path with its usual ids) is its own
// canonical form: skipping the split/decode/encode round trip is a measurable part of a signature.
const PLAIN_PATH = /^[A-Za-z0-9\-_.~/]*$/;

/** Decodes each `/`-separated segment of an encoded path once, then encodes it with percentEncode. */
export function canonicalPath(encodedPath: string): string {
  if (PLAIN_PATH.test(encodedPath)) return encodedPath;
  return encodedPath
    .split('/')
    .map((segment) => percentEncode(decode(segment)))
    .join('/');
}

export { compare as compareCodeUnits };

/**
 * What a signature verifier (the strict mock's, hss/verifier.ts, sas/verifier.ts) says of a
 * request: accepted, with the key that signed it, or why not, in terms each vendor's gateway maps
 * to its own error.
 */
export type SignatureVerdict =
  | { readonly ok: true; readonly keyId: string; readonly temporary: boolean }
  | {
      readonly ok: false;
      readonly reason:
        'missing' | 'malformed' | 'unknown-key' | 'expired' | 'token-missing' | 'token-wrong' | 'mismatch';
      /** For a person reading the mock's log; never a secret. */
      readonly detail: string;
    };

/** How far a request's signing time may be from the verifier's clock (both vendors: 15 minutes). */
export const SIGNATURE_SKEW_MS = 15 * 60 * 1000;
