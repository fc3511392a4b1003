// How HSS and its API gateway (APIG/APIGW) report errors and request ids. Bodies seen:
// `{error_code, error_msg, request_id?}` (service and gateway), `{code, message}`, and IAM-style
// `{error: {code, message}}`; the X-Request-Id header is on every response.
import type { VendorResponses } from '../core/outcome.js';
import { asRecord as record, nonEmptyString as text } from '../core/values.js';

function errorFields(body: unknown): { code?: string | undefined; message?: string | undefined } {
  const top = record(body);
  if (top === undefined) return {};
  const code = text(top.error_code) ?? text(top.code);
  const message = text(top.error_msg) ?? text(top.message);
  if (code !== undefined || message !== undefined) return { code, message };
  // One level down, as the official Go parser does (IAM answers `{"error": {"code", "message"}}`).
  for (const nested of Object.values(top)) {
    const inner = record(nested);
    if (inner === undefined) continue;
    const innerCode = text(inner.error_code) ?? text(inner.code);
    const innerMessage = text(inner.error_msg) ?? text(inner.message);
    if (innerCode !== undefined || innerMessage !== undefined) return { code: innerCode, message: innerMessage };
  }
  return {};
}

export const hssResponses: VendorResponses = {
  requestId: (headers, body) => headers.get('x-request-id') ?? text(record(body)?.request_id),
  // Throttling comes as HTTP 429 (APIGW.0308), which the status already says.
  errorFields,
};
