// The signing step of an attempt, as openapi-fetch middleware: takes the exact body the request
// carries, lets the vendor's signer (hss/signer.ts, sas/signer.ts) compute its headers, and
// rebuilds the request with them and the canonical query.
import type { Middleware } from 'openapi-fetch';
import type { SignableRequest } from '../canonical.js';
import { HeldBodyRequest } from './transport.js';

export type RequestSigner = (
  request: SignableRequest,
) => Promise<{ readonly headers: Readonly<Record<string, string>>; readonly canonicalQuery?: string }>;

// Headers a runtime or proxy may add, drop or rewrite on the way: signing them could only break the
// signature. (Node's fetch adds its defaults after this point, so they are not seen here anyway.)
const NEVER_SIGNED = new Set([
  'authorization',
  'connection',
  'content-length',
  'expect',
  'keep-alive',
  'te',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'accept-encoding',
]);

/** The request's body for signing: the held one without a copy, else read from the Request. */
async function bodyForSigning(request: Request): Promise<string | Uint8Array> {
  if (!(request instanceof HeldBodyRequest)) {
    return request.body === null ? new Uint8Array(0) : new Uint8Array(await request.arrayBuffer());
  }
  const body = request.heldBody;
  if (body === null || body === undefined) return new Uint8Array(0);
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  // Any other BodyInit (not produced by this SDK's serialisers): its bytes, once.
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/**
 * `signal` is the attempt's own signal, given to the rebuilt Request directly: a Request made from
 * another follows that one's signal only through a weak reference in Node (nodejs/undici#3644), so
 * after a garbage collection a time limit or abort would no longer reach the fetch.
 */
export function signingMiddleware(sign: RequestSigner, signal: AbortSignal): Middleware {
  return {
    async onRequest({ request }) {
      const body = await bodyForSigning(request);
      const url = new URL(request.url);
      // Names with `_` are dropped by common proxies (nginx by default): sent, but never signed.
      const headers = [...request.headers].filter(([name]) => !NEVER_SIGNED.has(name) && !name.includes('_'));
      const signature = await sign({ method: request.method, url, headers, body });
      // The query goes out exactly as it was signed (no `+` for spaces, no raw `*`).
      if (signature.canonicalQuery !== undefined) url.search = signature.canonicalQuery;
      const signed = new Headers(request.headers);
      for (const [name, value] of Object.entries(signature.headers)) signed.set(name, value);
      return new HeldBodyRequest(url, {
        method: request.method,
        headers: signed,
        body: body.length > 0 ? body : null,
        signal,
        redirect: request.redirect,
      });
    },
  };
}
