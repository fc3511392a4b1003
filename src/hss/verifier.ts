// Verifies Huawei SDK-HMAC-SHA256 signatures as the API gateway does, for the strict mock: the
// Authorization header is taken apart, the key looked up among the configured ones, X-Sdk-Date
// checked against the clock (15 minutes either way), a temporary key's X-Security-Token required
// and compared, and the signature computed again with signHuawei over the headers the request
// says it signed. Pure: same request, keys and time give the same verdict.
import type { HashPort } from '../core/crypto/port.js';
import { SIGNATURE_SKEW_MS, type SignableRequest, type SignatureVerdict } from '../core/canonical.js';
import { HUAWEI_ALGORITHM, signHuawei, type HuaweiAkSk } from './signer.js';

const AUTHORIZATION = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** `20261206T235900Z` as a time, or undefined when it is not one. */
function parseSdkDate(text: string): Date | undefined {
  const m = SDK_DATE.exec(text);
  if (m === null) return undefined;
  const time = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(time.getTime()) ? undefined : time;
}

export async function verifyHuawei(
  request: SignableRequest,
  keys: readonly HuaweiAkSk[],
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
      detail: `Authorization is not ${HUAWEI_ALGORITHM} Access=…, SignedHeaders=…, Signature=…`,
    };
  }
  const [, ak, signedList, signature] = parts as unknown as [string, string, string, string];
  const key = keys.find((k) => k.ak === ak);
  if (key === undefined) return { ok: false, reason: 'unknown-key', detail: `the access key ${ak} does not exist` };
  const time = parseSdkDate(headers.get('x-sdk-date') ?? '');
  if (time === undefined)
    return { ok: false, reason: 'malformed', detail: 'X-Sdk-Date is missing or not YYYYMMDDTHHMMSSZ' };
  if (Math.abs(now.getTime() - time.getTime()) > SIGNATURE_SKEW_MS) {
    return { ok: false, reason: 'expired', detail: 'the signature is more than 15 minutes from the server time' };
  }
  const signed = signedList.split(';');
  const token = headers.get('x-security-token');
  if (key.securityToken !== undefined) {
    if (token === undefined || !signed.includes('x-security-token')) {
      return { ok: false, reason: 'token-missing', detail: 'a temporary access key needs a signed X-Security-Token' };
    }
    if (token !== key.securityToken.trim())
      return { ok: false, reason: 'token-wrong', detail: 'the security token is not the access key’s' };
  } else if (token !== undefined) {
    return { ok: false, reason: 'token-wrong', detail: 'a security token came with a permanent access key' };
  }
  // The headers the client signed, as they arrived (the token among them); the signer adds X-Sdk-Date.
  const own = new Set(['x-sdk-date']);
  const given: [string, string][] = [];
  for (const name of signed) {
    const value = headers.get(name);
    if (value === undefined)
      return { ok: false, reason: 'mismatch', detail: `signed header ${name} is not in the request` };
    if (!own.has(name)) given.push([name, value]);
  }
  const expected = await signHuawei(
    { method: request.method, url: request.url, headers: given, body: request.body },
    { ak, sk: key.sk },
    time,
    hashing,
  );
  const ours = /Signature=([0-9a-f]{64})$/.exec(expected.headers.Authorization ?? '')?.[1];
  if (ours !== signature) {
    // (The canonical request holds the security token: it is not repeated here.)
    return { ok: false, reason: 'mismatch', detail: `the signature over ${signedList} does not match` };
  }
  return { ok: true, keyId: ak, temporary: key.securityToken !== undefined };
}
