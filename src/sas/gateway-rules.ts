// How Alibaba Cloud's POP gateway answers where the strict mock stands in for it: the error body
// `{RequestId, HostId, Code, Message, Recommend}` (RequestId a UUID in capitals;
// https://alibabacloud.com/help/en/openapi/user-guide/api-error-diagnosis) and the POP common error
// codes (https://help.aliyun.com/document_detail/51132.html): IncompleteSignature,
// SignatureDoesNotMatch, InvalidAccessKeyId.NotFound (400, as the newer lists say),
// InvalidTimeStamp.Expired, all 400; MissingSecurityToken from Alibaba Cloud's STS troubleshooting
// page (https://www.alibabacloud.com/help/doc-detail/42775.htm). InvalidSecurityToken.MismatchWithAccessKey
// is the gateway's code as SDK users report it (no published list has it: an assumption), as is
// RequestEntityTooLarge (413) for a body over the limit. Messages are ours, in the vendor's sense.
import type { GatewayRules, MockAnswer, SignatureRefusal } from '../core/cloud.js';
import { parseKeyText } from '../core/key-text.js';
import type { AlibabaAccessKey } from './signer.js';
import { verifyAcs3 } from './verifier.js';

const REFUSALS: Readonly<Record<SignatureRefusal['reason'], readonly [code: string, message: string]>> = {
  missing: ['IncompleteSignature', 'The request carries no ACS3-HMAC-SHA256 signature.'],
  malformed: ['IncompleteSignature', 'The request signature is not in the ACS3-HMAC-SHA256 form.'],
  'unknown-key': ['InvalidAccessKeyId.NotFound', 'No such AccessKeyId.'],
  expired: ['InvalidTimeStamp.Expired', 'The x-acs-date is more than 15 minutes from the server time.'],
  'token-missing': ['MissingSecurityToken', 'STS credentials need their security token.'],
  'token-wrong': ['InvalidSecurityToken.MismatchWithAccessKey', 'The security token is not the AccessKey’s.'],
  mismatch: ['SignatureDoesNotMatch', 'The signature differs from the one the server computed.'],
};

// The codes for the statuses a scripted fault may have (throttling is a 400 with a Throttling code).
const FAULT_CODES: Readonly<Record<number, string>> = {
  400: 'Throttling.User',
  429: 'Throttling',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

function requestId(): string {
  return crypto.randomUUID().toUpperCase();
}

function error(status: number, code: string, message: string): MockAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: {
      RequestId: requestId(),
      HostId: 'tds.aliyuncs.com',
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${code}&product=Sas`,
    },
  };
}

export const sasGatewayRules: GatewayRules<AlibabaAccessKey> = {
  credentialFlags: [
    {
      name: 'key',
      value: 'ID:SECRET[:TOKEN]',
      forms: 'ID:SECRET or ID:SECRET:TOKEN',
      description: 'A SAS AccessKey whose signatures pass (with TOKEN: STS).',
      parse: (text) => {
        const key = parseKeyText(text);
        if (key === undefined) return undefined;
        return key.token === undefined
          ? { accessKeyId: key.id, accessKeySecret: key.secret }
          : { accessKeyId: key.id, accessKeySecret: key.secret, securityToken: key.token };
      },
    },
  ],
  // Every action is `POST /`, told apart by this header (RPC style).
  actionHeader: 'x-acs-action',
  requestId,
  error,
  signatureRefusal: (verdict) => error(400, ...REFUSALS[verdict.reason]),
  bodyTooLarge: (limit) => error(413, 'RequestEntityTooLarge', `The request body is over ${limit} bytes.`),
  unknownOperation: () => error(404, 'InvalidApi.NotFound', 'The action or version is not known'),
  invalidParameters: (detail) => error(400, 'InvalidParameter', `The specified parameter is not valid: ${detail}`),
  unreachable: (detail) => error(502, 'ServiceUnavailable', detail),
  faultCode: (status) => FAULT_CODES[status] ?? 'InvalidParameter',
  // `x-acs-retry-after` in milliseconds, as the official client reads it.
  retryAfterHeaders: (seconds) => ({ 'retry-after': String(seconds), 'x-acs-retry-after': String(seconds * 1000) }),
  completeBody: (body) =>
    body !== null && typeof body === 'object' && !Array.isArray(body) && !Object.hasOwn(body, 'RequestId')
      ? { RequestId: requestId(), ...body }
      : body,
  completeHeaders: (headers) => headers,
  verify: verifyAcs3,
};
