// How the toy cloud reports errors and request ids, in the style of Tencent Cloud API 3.0
// (https://www.tencentcloud.com/document/api/213/33243): every answer of the service is HTTP 200
// with `{"Response": {..., "RequestId"}}`, and an error is `Response.Error: {Code, Message}` inside
// that 200. Its class comes from the code's family, not from the status; only the front door
// answers with another status (a body over the limit, a service it cannot reach).
import type { VendorResponses } from '../../src/core/call/read.js';
import { kindOfStatus, type ApiErrorKind } from '../../src/core/errors.js';
import { asRecord, nonEmptyString as text } from '../../src/core/values.js';

/** The code families (the part before the first dot) and what each says. */
const FAMILIES: Readonly<Record<string, ApiErrorKind>> = {
  AuthFailure: 'authentication',
  UnauthorizedOperation: 'permission-denied',
  RequestLimitExceeded: 'rate-limit',
  ResourceNotFound: 'not-found',
  InvalidAction: 'not-found',
  InternalError: 'server',
  ResourceUnavailable: 'server',
  InvalidParameter: 'bad-request',
  InvalidParameterValue: 'bad-request',
  MissingParameter: 'bad-request',
  UnknownParameter: 'bad-request',
  RequestSizeLimitExceeded: 'bad-request',
};

function responseOf(body: unknown): Record<string, unknown> | undefined {
  return asRecord(asRecord(body)?.Response);
}

export const toyResponses: VendorResponses = {
  requestId: (_headers, body) => text(responseOf(body)?.RequestId),
  errorOf(status, body) {
    const error = asRecord(responseOf(body)?.Error);
    if (error === undefined) return status >= 200 && status < 300 ? undefined : {};
    const code = text(error.Code);
    return { code, message: text(error.Message), throttled: code?.split('.')[0] === 'RequestLimitExceeded' };
  },
  errorKind(status, error) {
    const family = error.code?.split('.')[0];
    const kind = family === undefined ? undefined : FAMILIES[family];
    if (kind !== undefined) return kind;
    // An unknown code inside a 200 is the service's, of no class; elsewhere the status says it.
    return status >= 200 && status < 300 ? 'other' : kindOfStatus(status, error.throttled);
  },
};
