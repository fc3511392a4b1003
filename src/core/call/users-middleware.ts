// Runs the users' middleware (middleware.ts) of one call: before each attempt is signed (headers
// they add are checked, then signed and sent), after an answer, after a failure. The request a hook
// sees is masked by the attempt's redactor; nothing of this runs for a client without middleware.
import type { CallMiddleware, MaskedRequest, MiddlewareCall } from '../middleware.js';
import type { SecretPath } from '../operation-types.js';
import type { Redactor } from '../redact.js';
import { checkHeaders } from './check-input.js';
import type { OutgoingRequest } from './outgoing-request.js';

/** The request as a hook sees it: method, URL and headers as they stand, every secret masked. */
export function maskedRequest(
  request: OutgoingRequest,
  redactor: Redactor,
  secrets: readonly SecretPath[],
): MaskedRequest {
  const headers: Record<string, string> = {};
  const given = request.sentHeaders ?? request.headers;
  for (const [name, value] of given instanceof Headers ? given : Object.entries(given)) {
    headers[name] = redactor.header(name, value, secrets);
  }
  return { method: request.method, url: redactor.url(request.url, secrets), headers };
}

/** Each hook's onRequest, in order, before signing; the headers each adds go onto the request. */
export async function beforeSigning(
  middleware: readonly CallMiddleware[],
  call: MiddlewareCall,
  request: OutgoingRequest,
  mask: (request: OutgoingRequest) => MaskedRequest,
): Promise<void> {
  for (const hooks of middleware) {
    if (hooks.onRequest === undefined) continue;
    const headers = new Headers();
    await hooks.onRequest({ ...call, request: mask(request), headers });
    const added = Object.fromEntries(headers);
    checkHeaders(added, 'middleware headers');
    for (const name in added) request.headers.set(name, added[name]!);
  }
}

/** Calls one hook of every middleware in order; what a hook throws is dropped (the outcome stands). */
export async function observe<P>(
  middleware: readonly CallMiddleware[],
  hook: (hooks: CallMiddleware, params: P) => void | Promise<void>,
  params: P,
): Promise<void> {
  for (const hooks of middleware) {
    try {
      await hook(hooks, params);
    } catch {
      // Deliberately ignored: the answer or failure it was told of has already happened.
    }
  }
}

let calls = 0;

/** An id for one call's hooks: the same across its attempts, another for every call. */
export function nextCallId(): string {
  calls += 1;
  return `call-${calls}`;
}
