// How Alibaba Cloud POP reports errors and request ids: JSON `{RequestId, HostId, Code, Message,
// Recommend, AccessDeniedDetail?}`, or the same fields as XML `<Error>` when the gateway answers XML.
// Throttling is a `Throttling*` code with HTTP 400 (no 429 is documented).
import type { VendorResponses } from '../core/call/read.js';
import { asRecord, nonEmptyString as text } from '../core/values.js';

function xmlField(xml: string, name: string): string | undefined {
  return text(new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]);
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body === 'string') return body.includes('<Error') ? xmlField(body, name) : undefined;
  return text(asRecord(body)?.[name]);
}

export const sasResponses: VendorResponses = {
  requestId: (headers, body) => field(body, 'RequestId') ?? headers.get('x-acs-request-id') ?? undefined,
  errorFields(body) {
    const code = field(body, 'Code');
    // The official client treats any code containing "Throttling" as throttling, whatever the status.
    return { code, message: field(body, 'Message'), throttled: code?.includes('Throttling') ?? false };
  },
  // `x-acs-retry-after`: its unit is undocumented; the official client reads it as milliseconds.
  retryAfterMs(headers) {
    const value = headers.get('x-acs-retry-after')?.trim();
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  },
};
