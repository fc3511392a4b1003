// Alibaba Cloud ACS3-HMAC-SHA256 (V3) signing, a pure function of request, credentials, time and
// nonce. The algorithm: https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature;
// checked byte for byte against @alicloud/openapi-util.
import { andThen, type HashPort, type MaybePromise } from '../core/crypto/port.js';
import {
  canonicalPath,
  canonicalQuery,
  queryPairs,
  canonicalHeaders,
  payloadSha256,
  type SignableRequest,
  type Signature,
} from '../core/canonical.js';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

export interface AlibabaAccessKey {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** With STS credentials: sent and signed as x-acs-security-token. */
  readonly securityToken?: string | undefined;
}

// Many signatures fall in one second: the last second's text is kept (as sdkDate does).
let lastSecond = Number.NaN;
let lastDate = '';

/** `YYYY-MM-DDTHH:mm:ssZ` in UTC, without milliseconds: the x-acs-date format. */
export function acsDate(time: Date): string {
  const second = Math.floor(time.getTime() / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastDate = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return lastDate;
}

/** Only these headers are signed: host, content-type and every x-acs-* header present. */
function signable(name: string): boolean {
  return name === 'host' || name === 'content-type' || name.startsWith('x-acs-');
}

/** The signature: synchronous when the hash port is (node:crypto), a promise when it is not. */
export function signAcs3(
  request: SignableRequest,
  credentials: AlibabaAccessKey,
  time: Date,
  nonce: string,
  hashing: HashPort,
): MaybePromise<Signature> {
  return andThen(payloadSha256(request.body, hashing), (payloadHash) => {
    const added: Record<string, string> = {
      'x-acs-date': acsDate(time),
      'x-acs-signature-nonce': nonce,
      'x-acs-content-sha256': payloadHash,
    };
    if (credentials.securityToken !== undefined) {
      // The docs require only the token; the official SDK also sends (and signs) the key id. Both
      // trimmed: fetch trims header values, and the gateway verifies what arrives.
      added['x-acs-security-token'] = credentials.securityToken.trim();
      added['x-acs-accesskey-id'] = credentials.accessKeyId.trim();
    }

    // One pass keeping only what is signed (a later duplicate name replaces an earlier one).
    const headers = new Map<string, string>();
    for (const [name, value] of request.headers) {
      const lower = name.toLowerCase();
      if (signable(lower)) headers.set(lower, value.trim());
    }
    if (!headers.has('host')) headers.set('host', request.url.host);
    for (const name in added) headers.set(name, added[name]!.trim());

    const query = request.canonicalQuery ?? canonicalQuery(queryPairs(request.url));
    const { block, signed } = canonicalHeaders(headers);
    const canonicalRequest = [
      request.method.toUpperCase(),
      canonicalPath(request.url.pathname) || '/',
      query,
      block,
      signed,
      payloadHash,
    ].join('\n');
    return andThen(hashing.sha256Hex(canonicalRequest), (requestHash) => {
      const stringToSign = `${ACS3_ALGORITHM}\n${requestHash}`;
      return andThen(hashing.hmacSha256Hex(credentials.accessKeySecret, stringToSign), (signature) => {
        added.Authorization = `${ACS3_ALGORITHM} Credential=${credentials.accessKeyId},SignedHeaders=${signed},Signature=${signature}`;
        return { headers: added, canonicalQuery: query, canonicalRequest, stringToSign };
      });
    });
  });
}
