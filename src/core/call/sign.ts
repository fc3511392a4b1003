// The signing step of an attempt, as openapi-fetch middleware: takes the exact body the request
// carries, lets the vendor's signer (hss/signer.ts, sas/signer.ts) compute its headers, and
// completes the request with them and the canonical query.
import type { Middleware } from 'openapi-fetch';
import type { RequestSigner } from '../canonical.js';
import { andThen, type MaybePromise } from '../crypto/port.js';
import { outgoing, type OutgoingRequest } from './outgoing-request.js';

/** The body of a request without one, as the signer hashes it. */
const EMPTY = new Uint8Array(0);

// Headers a runtime or proxy may add, drop or rewrite on the way: signing them could only break the
// signature. (The transport adds its own, host and length among them, after this point.)
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

/** Completes the request with its signature (in step when the signer answers at once). */
function signInPlace(
  sign: RequestSigner,
  request: OutgoingRequest,
  body: string | Uint8Array,
): MaybePromise<undefined> {
  // The URL's parts as the client split them, or (a URL it did not make) as parsed.
  const url = request.parts ?? new URL(request.url);
  // Every header as sent (Headers gives the names lower-case), read once; the signable ones apart.
  const sent: Record<string, string> = {};
  const headers: Array<[string, string]> = [];
  for (const [name, value] of request.headers) {
    sent[name] = value;
    // Names with `_` are dropped by common proxies (nginx by default): sent, but never signed.
    if (!NEVER_SIGNED.has(name) && !name.includes('_')) headers.push([name, value]);
  }
  // The client's query serialiser wrote the query in canonical form (canonical-query.ts): signed as it is.
  const canonicalQuery = url.search.slice(1);
  return andThen(sign({ method: request.method, url, headers, body, canonicalQuery }), (signature) => {
    // The signer's headers are its own output (names and values a header can carry): added to the
    // record sent, not through Headers, whose checks of each name and value cost a call more than
    // the rest of this step.
    for (const name in signature.headers) sent[name.toLowerCase()] = signature.headers[name]!;
    request.sentHeaders = sent;
    return undefined;
  });
}

/** Signs the request over the exact bytes it carries. */
function signOutgoing(sign: RequestSigner, request: OutgoingRequest): MaybePromise<undefined> {
  const body = request.payload;
  if (body === null) return signInPlace(sign, request, EMPTY);
  if (typeof body === 'string' || body instanceof Uint8Array) return signInPlace(sign, request, body);
  // Any other BodyInit (not produced by this SDK's serialisers): its bytes, read once and sent as read.
  return new Response(body).arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    request.payload = bytes;
    return signInPlace(sign, request, bytes);
  });
}

/** What the attempt does around signing: the users' middleware before it, its own notes after. */
export interface AroundSigning {
  /** The users' middleware, which may add headers (signed with the others). */
  readonly beforeSigning?: ((request: OutgoingRequest) => Promise<void>) | undefined;
  /** The request as it leaves, signed. */
  readonly signed: (request: OutgoingRequest) => void;
  /** An answer began to arrive. */
  readonly answered: () => void;
}

/**
 * The attempt's one middleware: signs the request in place over its exact body, after the users'
 * middleware has run (the signer's headers are added and the query goes out exactly as it was
 * signed), and notes the request sent and the answer's arrival. One middleware, not one per concern:
 * openapi-fetch waits on every middleware's hook, each a turn of the microtask queue.
 */
export function signingMiddleware(sign: RequestSigner, around: AroundSigning): Middleware {
  const { beforeSigning, signed, answered } = around;
  const signAndNote = (request: OutgoingRequest) =>
    andThen(signOutgoing(sign, request), () => {
      signed(request);
      return undefined;
    });
  return {
    onRequest(context) {
      const request = outgoing(context.request);
      if (beforeSigning === undefined) return signAndNote(request);
      return beforeSigning(request).then(() => signAndNote(request));
    },
    onResponse() {
      answered();
      return undefined;
    },
  };
}
