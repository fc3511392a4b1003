// Verifies ACS3-HMAC-SHA256 signatures as Alibaba's gateway does, for the strict mock: the
// Authorization header taken apart, the AccessKeyId looked up among the configured keys,
// x-acs-date checked against the clock (15 minutes either way), an STS key's
// x-acs-security-token required and compared, and the signature computed again with signAcs3 over
// the signed headers, the nonce given and the body's own hash. Pure: same request, keys and time
// give the same verdict. (Nonce reuse is the gateway's state, not a property of one request.)
import type { HashPort } from '../core/crypto/port.js';
import type { SignableRequest, SignatureVerdict } from '../core/canonical.js';
import {
  arrivedHeaders,
  authorizationParts,
  isRefusal,
  signedValues,
  skewRefusal,
  tokenRefusal,
} from '../core/verify-steps.js';
import { ACS3_ALGORITHM, signAcs3, type AlibabaAccessKey } from './signer.js';

const AUTHORIZATION =
  /^ACS3-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;
const ACS_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
// The signed headers go on as they arrived (a token and key id among them, signed or not as the
// client chose); the signer adds the date, nonce and body hash itself, the hash from the body that
// came, so a claimed hash that differs fails the comparison.
const SIGNER_OWN = new Set(['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']);

export async function verifyAcs3(
  request: SignableRequest,
  keys: readonly AlibabaAccessKey[],
  now: Date,
  hashing: HashPort,
): Promise<SignatureVerdict> {
  const headers = arrivedHeaders(request);
  const parts = authorizationParts(
    headers,
    AUTHORIZATION,
    `${ACS3_ALGORITHM} Credential=…,SignedHeaders=…,Signature=…`,
  );
  if (isRefusal(parts)) return parts;
  const { id, signed: signedList, signature } = parts;
  const key = keys.find((k) => k.accessKeyId === id);
  if (key === undefined) return { ok: false, reason: 'unknown-key', detail: `the AccessKeyId ${id} does not exist` };
  const date = headers.get('x-acs-date') ?? '';
  const time = ACS_DATE.test(date) ? new Date(date) : undefined;
  if (time === undefined || Number.isNaN(time.getTime())) {
    return { ok: false, reason: 'malformed', detail: 'x-acs-date is missing or not YYYY-MM-DDTHH:mm:ssZ' };
  }
  const skewed = skewRefusal(now, time, 'x-acs-date');
  if (skewed !== undefined) return skewed;
  const nonce = headers.get('x-acs-signature-nonce');
  if (nonce === undefined || nonce === '')
    return { ok: false, reason: 'malformed', detail: 'no x-acs-signature-nonce' };
  const signed = signedList.split(';');
  const wrongToken = tokenRefusal(key.securityToken, headers, signed, 'x-acs-security-token');
  if (wrongToken !== undefined) return wrongToken;
  const given = signedValues(headers, signed, SIGNER_OWN);
  if (isRefusal(given)) return given;
  const claimedHash = headers.get('x-acs-content-sha256');
  const expected = await signAcs3(
    { method: request.method, url: request.url, headers: given, body: request.body },
    { accessKeyId: id, accessKeySecret: key.accessKeySecret },
    time,
    nonce,
    hashing,
  );
  const computed = expected.headers.Authorization ?? '';
  const ours = /Signature=([0-9a-f]{64})$/.exec(computed)?.[1];
  const sameHeaders = /SignedHeaders=([^,]+),/.exec(computed)?.[1] === signedList;
  if (claimedHash !== expected.headers['x-acs-content-sha256'] || ours !== signature || !sameHeaders) {
    return { ok: false, reason: 'mismatch', detail: `the signature over ${signedList} does not match` };
  }
  return { ok: true, keyId: id, temporary: key.securityToken !== undefined };
}
