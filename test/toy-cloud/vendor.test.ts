// The toy cloud's own pieces, without a server: its signature verified by its verifier (every
// verdict), and its answers read as errors inside HTTP 200 with the class each code's family names.
import { createHmac, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SignableRequest } from '../../src/core/canonical.js';
import { hashing } from '../../src/core/crypto/node.js';
import { signToy, type ToyKey } from './signer.js';
import { toyResponses } from './responses.js';
import { verifyToy } from './verifier.js';

const KEY: ToyKey = { keyId: 'TOYKEY0001', keySecret: 'toy-secret-0001' };
const TEMPORARY: ToyKey = { keyId: 'TOYTEMP0001', keySecret: 'toy-secret-temp', sessionToken: 'toy-session-token' };
const TIME = new Date('2024-06-30T12:00:00.456Z');

function request(
  headers: Readonly<Record<string, string>> = {},
  body = '{"Reason":"false positive"}',
): SignableRequest {
  return {
    method: 'POST',
    url: new URL('http://127.0.0.1:8080/v1/findings/fnd-1a2b3c4d/ignore?b=2&a=%7E%20x'),
    headers: Object.entries(headers),
    body,
  };
}

/** The request as it arrives signed by `key` at `time`. */
function signed(key: ToyKey, time = TIME, body?: string): SignableRequest {
  const signature = signToy(request({}, body), key, time, hashing);
  if (signature instanceof Promise) throw new Error('node:crypto signs synchronously');
  return request(signature.headers, body);
}

describe('TOY-HMAC-SHA256', () => {
  it('signs the six lines with the key secret, written here independently', () => {
    const signature = signToy(request(), KEY, TIME, hashing) as Awaited<ReturnType<typeof signToy>>;
    const bodyHash = createHash('sha256').update('{"Reason":"false positive"}').digest('hex');
    const lines = ['POST', '/v1/findings/fnd-1a2b3c4d/ignore', 'a=~%20x&b=2', '2024-06-30T12:00:00Z', '', bodyHash];
    const hex = createHmac('sha256', KEY.keySecret).update(lines.join('\n')).digest('hex');
    expect(signature.headers).toEqual({
      Authorization: `TOY-HMAC-SHA256 Credential=TOYKEY0001, Signature=${hex}`,
      'x-toy-date': '2024-06-30T12:00:00Z',
    });
    expect(signature.canonicalQuery).toBe('a=~%20x&b=2');
  });

  it('accepts its own signatures, permanent and temporary', async () => {
    await expect(verifyToy(signed(KEY), [KEY, TEMPORARY], TIME, hashing)).resolves.toEqual({
      ok: true,
      keyId: KEY.keyId,
      temporary: false,
    });
    await expect(verifyToy(signed(TEMPORARY), [KEY, TEMPORARY], TIME, hashing)).resolves.toEqual({
      ok: true,
      keyId: TEMPORARY.keyId,
      temporary: true,
    });
  });

  const later = new Date(TIME.getTime() + 16 * 60_000);
  const withToken = (token: string) => {
    const arrived = signed(KEY);
    return { ...arrived, headers: [...arrived.headers, ['x-toy-session-token', token] as const] };
  };
  it.each([
    ['missing', () => request(), TIME],
    ['malformed', () => request({ authorization: 'TOY-HMAC-SHA256 Credential=TOYKEY0001' }), TIME],
    ['unknown-key', () => signed({ keyId: 'NOSUCHKEY', keySecret: 'x' }), TIME],
    ['expired', () => signed(KEY), later],
    ['token-missing', () => signed({ keyId: TEMPORARY.keyId, keySecret: TEMPORARY.keySecret }), TIME],
    ['token-wrong', () => withToken('someone-else'), TIME],
    ['mismatch', () => signed({ keyId: KEY.keyId, keySecret: 'wrong-secret' }), TIME],
    ['mismatch', () => ({ ...signed(KEY), body: '{"Reason":"changed"}' }), TIME],
  ] as const)('refuses: %s', async (reason, arrived, now) => {
    const verdict = await verifyToy(arrived(), [KEY, TEMPORARY], now, hashing);
    expect(verdict).toMatchObject({ ok: false, reason });
  });
});

describe('toy answers', () => {
  const headers = new Headers();
  const errorBody = (code: string) => ({ Response: { Error: { Code: code, Message: 'no' }, RequestId: 'req-1' } });

  it('reads a success, its request id inside the Response', () => {
    const body = { Response: { RecordId: 'ign-1', RequestId: 'req-0' } };
    expect(toyResponses.errorOf(200, body)).toBeUndefined();
    expect(toyResponses.requestId(headers, body)).toBe('req-0');
  });

  it('finds an error inside a 200', () => {
    expect(toyResponses.errorOf(200, errorBody('RequestLimitExceeded'))).toEqual({
      code: 'RequestLimitExceeded',
      message: 'no',
      throttled: true,
    });
    expect(toyResponses.requestId(headers, errorBody('InternalError'))).toBe('req-1');
    // Outside 2xx an answer is an error whatever its body.
    expect(toyResponses.errorOf(502, 'Bad Gateway')).toEqual({});
  });

  it.each([
    ['AuthFailure.SignatureFailure', 'authentication'],
    ['UnauthorizedOperation', 'permission-denied'],
    ['RequestLimitExceeded', 'rate-limit'],
    ['ResourceNotFound.Finding', 'not-found'],
    ['InternalError', 'server'],
    ['InvalidParameterValue', 'bad-request'],
    ['InvalidParameter.Limit', 'bad-request'],
    ['SomethingElse', 'other'],
  ] as const)('classes %s as %s by its code, whatever the 200 says', (code, kind) => {
    expect(toyResponses.errorKind(200, toyResponses.errorOf(200, errorBody(code)) ?? {})).toBe(kind);
  });

  it('falls back to the status outside 2xx when the code says nothing', () => {
    expect(toyResponses.errorKind(503, { code: 'SomethingElse' })).toBe('server');
    expect(toyResponses.errorKind(503, {})).toBe('server');
  });
});
