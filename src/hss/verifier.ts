// Verifies Huawei SDK-HMAC-SHA256 signatures as the API gateway does, for the strict mock: the
// Authorization header is taken apart, the key looked up among the configured ones, X-Sdk-Date
// checked against the clock (15 minutes either way), a temporary key's X-Security-Token required
// and compared, and the signature computed again with signHuawei over the headers the request
// says it signed. Pure: same request, keys and time give the same verdict.
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
import { HUAWEI_ALGORITHM, signHuawei, type HuaweiAkSk } from './signer.js';

const AUTHORIZATION = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
// The signer adds X-Sdk-Date itself; the token, when signed, is passed on as it arrived.
const SIGNER_OWN = new Set(['x-sdk-date']);

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
  const headers = arrivedHeaders(request);
  const parts = authorizationParts(
    headers,
    AUTHORIZATION,
    `${HUAWEI_ALGORITHM} Access=…, SignedHeaders=…, Signature=…`,
  );
  if (isRefusal(parts)) return parts;
  const key = keys.find((k) => k.ak === parts.id);
  if (key === undefined)
    return { ok: false, reason: 'unknown-key', detail: `the access key ${parts.id} does not exist` };
  const time = parseSdkDate(headers.get('x-sdk-date') ?? '');
  if (time === undefined) {
    return { ok: false, reason: 'malformed', detail: 'X-Sdk-Date is missing or not YYYYMMDDTHHMMSSZ' };
  }
  const signed = parts.signed.split(';');
  const refused =
    skewRefusal(now, time, 'the signature') ?? tokenRefusal(key.securityToken, headers, signed, 'x-security-token');
  if (refused !== undefined) return refused;
  const given = signedValues(headers, signed, SIGNER_OWN);
  if (isRefusal(given)) return given;
  const expected = await signHuawei(
    { method: request.method, url: request.url, headers: given, body: request.body },
    { ak: parts.id, sk: key.sk },
    time,
    hashing,
  );
  const ours = /Signature=([0-9a-f]{64})$/.exec(expected.headers.Authorization ?? '')?.[1];
  if (ours !== parts.signature) {
    // (The canonical request holds the security token: it is not repeated here.)
    return { ok: false, reason: 'mismatch', detail: `the signature over ${parts.signed} does not match` };
  }
  return { ok: true, keyId: parts.id, temporary: key.securityToken !== undefined };
}
