// How HSS and its API gateway (APIG/APIGW) report errors and request ids. Bodies seen:
// `{error_code, error_msg, request_id?}` (service and gateway), `{code, message}`, and IAM-style
// `{error: {code, message}}`; the X-Request-Id header is on every response.
import type { VendorResponses } from '../core/call/read.js';
import { kindOfStatus } from '../core/errors.js';
import { asRecord as record, nonEmptyString as text } from '../core/values.js';

/** `error_code`/`error_msg`, else `code`/`message`, of one object. */
function codeAndMessage(value: unknown): { code?: string | undefined; message?: string | undefined } {
  const fields = record(value);
  return {
    code: text(fields?.error_code) ?? text(fields?.code),
    message: text(fields?.error_msg) ?? text(fields?.message),
  };
}

const found = (f: ReturnType<typeof codeAndMessage>) => f.code !== undefined || f.message !== undefined;

function errorFields(body: unknown): ReturnType<typeof codeAndMessage> {
  const top = codeAndMessage(body);
  if (found(top)) return top;
  // One level down, as the official Go parser does (IAM answers `{"error": {"code", "message"}}`).
  for (const nested of Object.values(record(body) ?? {})) {
    const inner = codeAndMessage(nested);
    if (found(inner)) return inner;
  }
  return {};
}

export const hssResponses: VendorResponses = {
  requestId: (headers, body) => headers.get('x-request-id') ?? text(record(body)?.request_id),
  // Every 2xx is a success (errors come with 4xx/5xx statuses, which carry their meaning);
  // throttling comes as HTTP 429 (APIGW.0308), which the status already says.
  errorOf: (status, body) => (status >= 200 && status < 300 ? undefined : errorFields(body)),
  errorKind: (status, error) => kindOfStatus(status, error.throttled),
};
