// How Alibaba Cloud POP reports errors and request ids: JSON `{RequestId, HostId, Code, Message,
// Recommend, AccessDeniedDetail?}`, or the same fields as XML `<Error>` when the gateway answers XML.
// Throttling is a `Throttling*` code with HTTP 400 (no 429 is documented).
import type { VendorResponses } from '../core/call/read.js';
import { kindOfStatus } from '../core/errors.js';
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
  // Every 2xx is a success; errors come with 4xx/5xx statuses, which carry their meaning.
  errorOf(status, body) {
    if (status >= 200 && status < 300) return undefined;
    const code = field(body, 'Code');
    // The official client treats any code containing "Throttling" as throttling, whatever the status.
    return { code, message: field(body, 'Message'), throttled: code?.includes('Throttling') ?? false };
  },
  errorKind: (status, error) => kindOfStatus(status, error.throttled),
  // `x-acs-retry-after`: its unit is undocumented; the official client reads it as milliseconds.
  retryAfterMs(headers) {
    const value = headers.get('x-acs-retry-after')?.trim();
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  },
};
