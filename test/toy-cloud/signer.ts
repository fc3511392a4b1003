// TOY-HMAC-SHA256, the toy cloud's signature: a pure function of request, key and time. The string
// signed is six lines: the method, the canonical path, the canonical query, the x-toy-date value,
// the session token (empty without one) and the hex SHA-256 of the body bytes; the signature is its
// hex HMAC-SHA256 keyed with the key secret. Simpler than both shipped clouds' on purpose: no
// header list is signed, so the verifier needs nothing but these six values.
import { andThen, type HashPort, type MaybePromise } from '../../src/core/crypto/port.js';
import {
  canonicalPath,
  canonicalQuery,
  payloadSha256,
  queryPairs,
  type SignableRequest,
  type Signature,
} from '../../src/core/canonical.js';

export const TOY_ALGORITHM = 'TOY-HMAC-SHA256';
export const TOY_DATE_HEADER = 'x-toy-date';
export const TOY_TOKEN_HEADER = 'x-toy-session-token';

/** A toy access key: its id, its secret and, for a temporary key, its session token. */
export interface ToyKey {
  readonly keyId: string;
  readonly keySecret: string;
  readonly sessionToken?: string | undefined;
}

/** `YYYY-MM-DDTHH:mm:ssZ` in UTC, without milliseconds: the x-toy-date format. */
export function toyDate(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The signature headers: synchronous when the hash port is (node:crypto), a promise when it is not. */
export function signToy(request: SignableRequest, key: ToyKey, time: Date, hashing: HashPort): MaybePromise<Signature> {
  return andThen(payloadSha256(request.body, hashing), (bodyHash) => {
    const date = toyDate(time);
    // Trimmed as fetch trims header values: the verifier signs what arrives.
    const token = key.sessionToken?.trim();
    const query = canonicalQuery(queryPairs(request.url));
    const canonicalRequest = [
      request.method.toUpperCase(),
      canonicalPath(request.url.pathname) || '/',
      query,
      date,
      token ?? '',
      bodyHash,
    ].join('\n');
    return andThen(hashing.hmacSha256Hex(key.keySecret, canonicalRequest), (signature) => {
      const headers: Record<string, string> = {
        Authorization: `${TOY_ALGORITHM} Credential=${key.keyId.trim()}, Signature=${signature}`,
        [TOY_DATE_HEADER]: date,
      };
      if (token !== undefined) headers[TOY_TOKEN_HEADER] = token;
      return { headers, canonicalQuery: query, canonicalRequest, stringToSign: canonicalRequest };
    });
  });
}
