// How Huawei Cloud's API gateway (APIG) answers where the strict mock stands in for it: the error
// body `{error_code, error_msg, request_id}` with an `X-Request-Id` header (32 hex digits), the codes
// of the gateway's error-code page (https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-errorcode.html):
// APIGW.0301 (401) for every IAM authentication failure (unknown AK, wrong or expired signature,
// bad token), APIGW.0101 (404) for an API that does not exist, APIGW.0201 (413) for a body over
// 12 MB; HSS.0001 (400) for parameters the service refuses
// (https://support.huaweicloud.com/intl/en-us/api-hss2.0/ErrorCode.html). Messages are
// ours, in the vendor's sense.
import type { SignableRequest } from '../core/canonical.js';
import type { GatewayRules, MockAnswer } from '../core/cloud.js';
import type { HashPort } from '../core/crypto/port.js';
import { parseKeyText } from '../core/key-text.js';
import type { HssCredentials } from './authentication.js';
import type { HuaweiAkSk } from './signer.js';
import { verifyHuawei } from './verifier.js';

// The gateway's codes for the statuses a scripted fault may have.
const FAULT_CODES: Readonly<Record<number, string>> = {
  429: 'APIGW.0308',
  500: 'APIGW.0601',
  502: 'APIGW.0610',
  503: 'APIGW.0613',
  504: 'APIGW.0201',
};

function requestId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

function error(status: number, code: string, message: string): MockAnswer {
  const id = requestId();
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': id },
    body: { error_code: code, error_msg: message, request_id: id },
  };
}

/** A signature, or an IAM token in X-Auth-Token (accepted when it is one of the configured tokens). */
async function verify(request: SignableRequest, accepted: readonly HssCredentials[], now: Date, hashing: HashPort) {
  const token = [...request.headers].find(([name]) => name.toLowerCase() === 'x-auth-token')?.[1];
  if (token !== undefined) {
    return accepted.some((c) => 'authToken' in c && c.authToken === token)
      ? ({ ok: true, keyId: 'token', temporary: true } as const)
      : ({ ok: false, reason: 'unknown-key', detail: 'the X-Auth-Token is not valid' } as const);
  }
  return verifyHuawei(
    request,
    accepted.filter((c): c is HuaweiAkSk => 'ak' in c),
    now,
    hashing,
  );
}

export const hssGatewayRules: GatewayRules<HssCredentials> = {
  credentialFlags: [
    {
      name: 'key',
      value: 'AK:SK[:TOKEN]',
      forms: 'ID:SECRET or ID:SECRET:TOKEN',
      description: 'An HSS access key whose signatures pass (with TOKEN: a temporary key).',
      parse: (text) => {
        const key = parseKeyText(text);
        if (key === undefined) return undefined;
        return key.token === undefined
          ? { ak: key.id, sk: key.secret }
          : { ak: key.id, sk: key.secret, securityToken: key.token };
      },
    },
    {
      name: 'token',
      value: 'token',
      forms: 'a token',
      description: 'An IAM token HSS accepts in X-Auth-Token.',
      parse: (text) => (text === '' ? undefined : { authToken: text }),
    },
  ],
  requestId,
  error,
  signatureRefusal: (verdict) =>
    error(401, 'APIGW.0301', `Incorrect IAM authentication information: ${verdict.detail}`),
  bodyTooLarge: (limit) => error(413, 'APIGW.0201', `Request entity too large: the body is over ${limit} bytes`),
  unknownOperation: () => error(404, 'APIGW.0101', 'The API does not exist or has not been published'),
  invalidParameters: (detail) => error(400, 'HSS.0001', `Invalid parameter: ${detail}`),
  unreachable: (detail) => error(502, 'APIGW.0610', detail),
  faultCode: (status) => FAULT_CODES[status] ?? 'APIGW.0201',
  retryAfterHeaders: (seconds) => ({ 'retry-after': String(seconds) }),
  completeBody: (body) => body,
  completeHeaders: (headers) =>
    headers['x-request-id'] === undefined ? { 'x-request-id': requestId(), ...headers } : headers,
  verify,
};
