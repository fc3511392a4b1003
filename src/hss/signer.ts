// Huawei Cloud AK/SK signing (SDK-HMAC-SHA256), a pure function of request, credentials and time.
// The algorithm: Huawei Cloud's API Request Signing Guide (https://support.huaweicloud.com/intl/en-us/devg-apisign/)
// and the official Go SDK's core/auth signer; checked byte for byte against the official npm signer.
import { andThen, type HashPort, type MaybePromise } from '../core/crypto/port.js';
import {
  canonicalPath,
  canonicalQuery,
  queryPairs,
  canonicalHeaders,
  lowerCaseHeaders,
  payloadSha256,
  type SignableRequest,
  type Signature,
} from '../core/canonical.js';

export const HUAWEI_ALGORITHM = 'SDK-HMAC-SHA256';

export interface HuaweiAkSk {
  readonly ak: string;
  readonly sk: string;
  /** With temporary (STS) keys: sent and signed as X-Security-Token. */
  readonly securityToken?: string | undefined;
}

// A client signs many requests within one second: formatting the date was a tenth of a signature's
// cost (npm run bench), so the last second's text is kept.
let lastSecond = Number.NaN;
let lastDate = '';

/** `YYYYMMDDTHHMMSSZ` in UTC, the X-Sdk-Date format. */
export function sdkDate(time: Date): string {
  const second = Math.floor(time.getTime() / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastDate = time
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  }
  return lastDate;
}

/** The signature: synchronous when the hash port is (node:crypto), a promise when it is not. */
export function signHuawei(
  request: SignableRequest,
  credentials: HuaweiAkSk,
  time: Date,
  hashing: HashPort,
): MaybePromise<Signature> {
  const date = sdkDate(time);
  // Sent and signed trimmed: fetch trims header values, and the gateway verifies what arrives.
  const securityToken = credentials.securityToken?.trim();
  const headers = lowerCaseHeaders(request.headers);
  if (!headers.has('host')) headers.set('host', request.url.host);
  headers.set('x-sdk-date', date);
  if (securityToken !== undefined) headers.set('x-security-token', securityToken);

  // The trailing slash is part of the canonical URI whether or not the wire path has it.
  let uri = canonicalPath(request.url.pathname);
  if (!uri.endsWith('/')) uri += '/';
  const query = request.canonicalQuery ?? canonicalQuery(queryPairs(request.url));
  const { block, signed } = canonicalHeaders(headers);
  // X-Sdk-Content-Sha256 (e.g. UNSIGNED-PAYLOAD) stands in for the body hash when present.
  const payloadHash = headers.get('x-sdk-content-sha256') ?? payloadSha256(request.body, hashing);

  return andThen(payloadHash, (payloadHash) => {
    const canonicalRequest = [request.method.toUpperCase(), uri, query, block, signed, payloadHash].join('\n');
    return andThen(hashing.sha256Hex(canonicalRequest), (requestHash) => {
      const stringToSign = `${HUAWEI_ALGORITHM}\n${date}\n${requestHash}`;
      return andThen(hashing.hmacSha256Hex(credentials.sk, stringToSign), (signature) => {
        const added: Record<string, string> = {
          'X-Sdk-Date': date,
          Authorization: `${HUAWEI_ALGORITHM} Access=${credentials.ak}, SignedHeaders=${signed}, Signature=${signature}`,
        };
        if (securityToken !== undefined) added['X-Security-Token'] = securityToken;
        return { headers: added, canonicalQuery: query, canonicalRequest, stringToSign };
      });
    });
  });
}
