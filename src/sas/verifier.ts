// Verifies ACS3-HMAC-SHA256 signatures as Alibaba's gateway does, for the strict mock: the
// Authorization header taken apart, the AccessKeyId looked up among the configured keys,
// x-acs-date checked against the clock (15 minutes either way), an STS key's
// x-acs-security-token required and compared, and the signature computed again with signAcs3 over
// the signed headers, the nonce given and the body's own hash. Pure: same request, keys and time
// give the same verdict. (Nonce reuse is the gateway's state, not a property of one request.)
import type { HashPort } from '../core/crypto/port.js';
import { SIGNATURE_SKEW_MS, type SignableRequest, type SignatureVerdict } from '../core/canonical.js';
import { ACS3_ALGORITHM, signAcs3, type AlibabaAccessKey } from './signer.js';

const AUTHORIZATION =
  /^ACS3-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;
const ACS_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export async function verifyAcs3(
  request: SignableRequest,
  keys: readonly AlibabaAccessKey[],
  now: Date,
  hashing: HashPort,
): Promise<SignatureVerdict> {
  const headers = new Map<string, string>();
  for (const [name, value] of request.headers) headers.set(name.toLowerCase(), value.trim());
  // Every HTTP/1.1 request has a Host; a request described without one was sent to its URL's host.
  if (!headers.has('host')) headers.set('host', request.url.host);
  const authorization = headers.get('authorization');
  if (authorization === undefined) return { ok: false, reason: 'missing', detail: 'no Authorization header' };
  const parts = AUTHORIZATION.exec(authorization);
  if (parts === null) {
    return {
      ok: false,
      reason: 'malformed',
      detail: `Authorization is not ${ACS3_ALGORITHM} Credential=…,SignedHeaders=…,Signature=…`,
    };
  }
  const [, id, signedList, signature] = parts as unknown as [string, string, string, string];
  const key = keys.find((k) => k.accessKeyId === id);
  if (key === undefined) return { ok: false, reason: 'unknown-key', detail: `the AccessKeyId ${id} does not exist` };
  const date = headers.get('x-acs-date') ?? '';
  const time = ACS_DATE.test(date) ? new Date(date) : undefined;
  if (time === undefined || Number.isNaN(time.getTime())) {
    return { ok: false, reason: 'malformed', detail: 'x-acs-date is missing or not YYYY-MM-DDTHH:mm:ssZ' };
  }
  if (Math.abs(now.getTime() - time.getTime()) > SIGNATURE_SKEW_MS) {
    return { ok: false, reason: 'expired', detail: 'x-acs-date is more than 15 minutes from the server time' };
  }
  const nonce = headers.get('x-acs-signature-nonce');
  if (nonce === undefined || nonce === '')
    return { ok: false, reason: 'malformed', detail: 'no x-acs-signature-nonce' };
  const signed = signedList.split(';');
  const token = headers.get('x-acs-security-token');
  if (key.securityToken !== undefined) {
    if (token === undefined || !signed.includes('x-acs-security-token')) {
      return { ok: false, reason: 'token-missing', detail: 'STS credentials need a signed x-acs-security-token' };
    }
    if (token !== key.securityToken.trim())
      return { ok: false, reason: 'token-wrong', detail: 'the security token is not the key’s' };
  } else if (token !== undefined) {
    return { ok: false, reason: 'token-wrong', detail: 'a security token came with a permanent AccessKey' };
  }
  // The signed headers as they arrived (a token and key id among them, signed or not as the client
  // chose); the signer adds the date, nonce and body hash itself, the hash from the body that came,
  // so a claimed hash that differs fails the comparison.
  const own = new Set(['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']);
  const given: [string, string][] = [];
  for (const name of signed) {
    const value = headers.get(name);
    if (value === undefined)
      return { ok: false, reason: 'mismatch', detail: `signed header ${name} is not in the request` };
    if (!own.has(name)) given.push([name, value]);
  }
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
