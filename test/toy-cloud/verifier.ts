// Verifies TOY-HMAC-SHA256 signatures as the toy cloud's front door would, for the strict mock: the
// Authorization header taken apart, the key id looked up among the accepted keys, x-toy-date
// checked against the clock (15 minutes either way), a temporary key's session token required and
// compared, and the signature computed again over the request as it arrived. Pure: the same
// request, keys and time give the same verdict.
import type { SignableRequest, SignatureVerdict } from '../../src/core/canonical.js';
import type { HashPort } from '../../src/core/crypto/port.js';
import { arrivedHeaders, skewRefusal, tokenRefusal } from '../../src/core/verify-steps.js';
import { signToy, TOY_ALGORITHM, TOY_DATE_HEADER, TOY_TOKEN_HEADER, type ToyKey } from './signer.js';

const AUTHORIZATION = /^TOY-HMAC-SHA256\s+Credential=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;
const TOY_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export async function verifyToy(
  request: SignableRequest,
  keys: readonly ToyKey[],
  now: Date,
  hashing: HashPort,
): Promise<SignatureVerdict> {
  const headers = arrivedHeaders(request);
  const authorization = headers.get('authorization');
  if (authorization === undefined) return { ok: false, reason: 'missing', detail: 'no Authorization header' };
  const parts = AUTHORIZATION.exec(authorization);
  if (parts === null) {
    return {
      ok: false,
      reason: 'malformed',
      detail: `Authorization is not ${TOY_ALGORITHM} Credential=…, Signature=…`,
    };
  }
  const [, id = '', signature] = parts;
  const key = keys.find((k) => k.keyId === id);
  if (key === undefined) return { ok: false, reason: 'unknown-key', detail: `the key ${id} does not exist` };
  const date = headers.get(TOY_DATE_HEADER) ?? '';
  const time = TOY_DATE.test(date) ? new Date(date) : undefined;
  if (time === undefined || Number.isNaN(time.getTime())) {
    return { ok: false, reason: 'malformed', detail: `${TOY_DATE_HEADER} is missing or not YYYY-MM-DDTHH:mm:ssZ` };
  }
  const skewed = skewRefusal(now, time, TOY_DATE_HEADER);
  if (skewed !== undefined) return skewed;
  // The token is always in the signed string, so it counts as signed whenever it came.
  const wrongToken = tokenRefusal(key.sessionToken, headers, [TOY_TOKEN_HEADER], TOY_TOKEN_HEADER);
  if (wrongToken !== undefined) return wrongToken;
  const expected = await signToy(request, key, time, hashing);
  if (expected.headers.Authorization !== `${TOY_ALGORITHM} Credential=${id}, Signature=${signature}`) {
    return { ok: false, reason: 'mismatch', detail: 'the signature does not match' };
  }
  return { ok: true, keyId: id, temporary: key.sessionToken !== undefined };
}
