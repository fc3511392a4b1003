// The answers the strict mock gives where a cloud's gateway refuses a request, in that vendor's own
// status, code and body. Sources: HSS, the API gateway's error-code page (devg-apisign,
// api-sign-errorcode; ../shared/reference/hss-api.md): APIGW.0301 (401) for every IAM
// authentication failure (unknown AK, wrong or expired signature, bad token). SAS, the POP common
// error list (../shared/reference/sas-api.md): IncompleteSignature, SignatureDoesNotMatch,
// InvalidAccessKeyId.NotFound (400, as the newer lists say), InvalidTimeStamp.Expired, all 400,
// with the {RequestId, HostId, Code, Message, Recommend} body; MissingSecurityToken from Alibaba's
// STS troubleshooting page (help/doc-detail/42775); InvalidSecurityToken.MismatchWithAccessKey is
// the POP gateway's code as SDK users report it (no list we have documents it: an assumption).
// Messages are ours, in the vendors' sense.
import type { SignatureVerdict } from '../core/canonical.js';

export type Cloud = 'hss' | 'sas';

export interface MockAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readonly<Record<string, unknown>>;
}

type Refusal = Extract<SignatureVerdict, { ok: false }>['reason'];

const SAS_CODES: Readonly<Record<Refusal, readonly [code: string, message: string]>> = {
  missing: ['IncompleteSignature', 'The request carries no ACS3-HMAC-SHA256 signature.'],
  malformed: ['IncompleteSignature', 'The request signature is not in the ACS3-HMAC-SHA256 form.'],
  'unknown-key': ['InvalidAccessKeyId.NotFound', 'No such AccessKeyId.'],
  expired: ['InvalidTimeStamp.Expired', 'The x-acs-date is more than 15 minutes from the server time.'],
  'token-missing': ['MissingSecurityToken', 'STS credentials need their security token.'],
  'token-wrong': ['InvalidSecurityToken.MismatchWithAccessKey', 'The security token is not the AccessKey’s.'],
  mismatch: ['SignatureDoesNotMatch', 'The signature differs from the one the server computed.'],
};

/** A request id in the vendor's shape: 32 hex digits (HSS), a UUID in capitals (SAS). */
export function requestId(cloud: Cloud): string {
  const uuid = crypto.randomUUID();
  return cloud === 'hss' ? uuid.replaceAll('-', '') : uuid.toUpperCase();
}

/** The vendor's error answer with `code` and `message` (also for scripted faults by code). */
export function vendorError(cloud: Cloud, status: number, code: string, message: string): MockAnswer {
  const id = requestId(cloud);
  if (cloud === 'hss') {
    return {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: { error_code: code, error_msg: message, request_id: id },
    };
  }
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: {
      RequestId: id,
      HostId: 'tds.aliyuncs.com',
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${code}&product=Sas`,
    },
  };
}

/** How the cloud's gateway refuses a request whose signature (or token) it does not accept. */
export function signatureRefusal(cloud: Cloud, verdict: Extract<SignatureVerdict, { ok: false }>): MockAnswer {
  if (cloud === 'hss') {
    return vendorError(cloud, 401, 'APIGW.0301', `Incorrect IAM authentication information: ${verdict.detail}`);
  }
  const [code, message] = SAS_CODES[verdict.reason];
  return vendorError(cloud, 400, code, message);
}
