// How the toy cloud's front door answers where the strict mock stands in for it: errors as HTTP 200
// answers with `Response.Error` (Tencent Cloud API 3.0's shape), signature refusals among them
// with AuthFailure.* codes; only a body over the limit, an unreachable service and a scripted
// fault's status answer otherwise. Codes after Tencent Cloud's common error codes
// (https://www.tencentcloud.com/document/api/213/33281); messages are ours.
import type { GatewayRules, MockAnswer, SignatureRefusal } from '../../src/core/cloud.js';
import { parseKeyText } from '../../src/core/key-text.js';
import { asRecord } from '../../src/core/values.js';
import type { ToyKey } from './signer.js';
import { verifyToy } from './verifier.js';

const REFUSALS: Readonly<Record<SignatureRefusal['reason'], readonly [code: string, message: string]>> = {
  missing: ['AuthFailure.InvalidAuthorization', 'The request carries no TOY-HMAC-SHA256 Authorization header.'],
  malformed: ['AuthFailure.InvalidAuthorization', 'The Authorization header or x-toy-date is not well formed.'],
  'unknown-key': ['AuthFailure.SecretIdNotFound', 'The key does not exist.'],
  expired: ['AuthFailure.SignatureExpire', 'The x-toy-date is more than 15 minutes from the server time.'],
  'token-missing': ['AuthFailure.TokenFailure', 'A temporary key needs its session token.'],
  'token-wrong': ['AuthFailure.TokenFailure', 'The session token is not the key’s.'],
  mismatch: ['AuthFailure.SignatureFailure', 'The signature differs from the one the server computed.'],
};

// The codes for the statuses a scripted fault may have (200: an error inside a success status).
const FAULT_CODES: Readonly<Record<number, string>> = {
  200: 'InternalError',
  413: 'RequestSizeLimitExceeded',
  429: 'RequestLimitExceeded',
  503: 'ResourceUnavailable',
};

function requestId(): string {
  return crypto.randomUUID();
}

function error(status: number, code: string, message: string): MockAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: { Response: { Error: { Code: code, Message: message }, RequestId: requestId() } },
  };
}

export const toyGatewayRules: GatewayRules<ToyKey> = {
  credentialFlags: [
    {
      name: 'key',
      value: 'ID:SECRET[:TOKEN]',
      forms: 'ID:SECRET or ID:SECRET:TOKEN',
      description: 'A toy key whose signatures pass (with TOKEN: a temporary key).',
      parse(text) {
        const key = parseKeyText(text);
        return key === undefined ? undefined : { keyId: key.id, keySecret: key.secret, sessionToken: key.token };
      },
    },
  ],
  requestId,
  error,
  signatureRefusal: (verdict) => error(200, ...REFUSALS[verdict.reason]),
  bodyTooLarge: (limit) => error(413, 'RequestSizeLimitExceeded', `The request body is over ${limit} bytes.`),
  unknownOperation: () => error(200, 'InvalidAction', 'No operation of the service has this method and path.'),
  invalidParameters: (detail) => error(200, 'InvalidParameter', `A parameter is not valid: ${detail}`),
  unreachable: (detail) => error(502, 'InternalError', detail),
  faultCode: (status) => FAULT_CODES[status] ?? 'InternalError',
  retryAfterHeaders: (seconds) => ({ 'retry-after': String(seconds) }),
  // Every answer's Response carries a RequestId: a scripted one without it gets one.
  completeBody(body) {
    const response = asRecord(asRecord(body)?.Response);
    if (response === undefined || Object.hasOwn(response, 'RequestId')) return body;
    return { ...(body as object), Response: { ...response, RequestId: requestId() } };
  },
  completeHeaders: (headers) => headers,
  verify: verifyToy,
};
