// The HTTP layer under a call: the openapi-fetch client both clouds use, the request it builds (the
// parts of a fetch call, not a platform Request) and the fetch it calls (tagging what fetch throws).
import { defaultFetch } from '#fetch';
import createClient, { type Middleware } from 'openapi-fetch';
import { ConfigurationError } from '../errors.js';
import { BodyRejected, bufferedWithin } from '../http/body-limit.js';
import { hintsOf, TRANSPORT_HINTS, type TransportHints } from '../http/hints.js';
import { stringifyJson } from '../json.js';
import type { RequestParts } from './check-input.js';
import type { RawOutcome } from './read.js';

type Body = NonNullable<RequestInit['body']> | null;

/**
 * The request openapi-fetch builds for each call (its `Request` option): the parts of a fetch call
 * as given, not a platform Request. The signing step (sign.ts) completes its headers and query in
 * place, and the tagged fetch passes the parts to fetch as `(url, init)`, so an attempt makes at most
 * one Request, inside fetch (the Node transport makes none), and its body is serialised once.
 */
export class OutgoingRequest {
  /** As openapi-fetch made it; the URL signing parsed and completed, once signed (parsed once per attempt). */
  url: string | URL;
  readonly method: string;
  readonly headers: Headers;
  /** The body exactly as openapi-fetch serialised it (JSON or form text here), or null. */
  body: Body;
  /** The attempt's signal, passed to fetch as is (not through a Request: nodejs/undici#3644). */
  readonly signal: AbortSignal | null;
  readonly redirect: NonNullable<RequestInit['redirect']>;
  /** The body limit and replay safety the call gave (passed through openapi-fetch's init). */
  readonly hints: TransportHints;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
    this.redirect = init.redirect ?? 'follow';
    this.hints = hintsOf(init, this.method);
  }
}

/** The request a middleware of this client is given: always an OutgoingRequest (the client's `Request`). */
export function outgoing(request: Request): OutgoingRequest {
  if (request instanceof OutgoingRequest) return request;
  throw new TypeError('expected the request this client built');
}

/**
 * A rejection of fetch itself (DNS, refused, reset, TLS, aborted), told apart from a local failure:
 * everything else thrown while building a request is the caller's input. Internal: never reaches users.
 */
export class TransportFailure extends Error {
  /** An answer had begun to arrive: its body was cut off. */
  readonly responded: boolean;

  constructor(cause: unknown, responded = false) {
    super('fetch failed', { cause });
    this.responded = responded;
  }
}

/**
 * The fetch a client uses: the one given (checked now), else the runtime's default (`#fetch`: the
 * node:http transport under the `node` condition, the platform fetch at call time elsewhere).
 */
export function clientFetch(fetch: unknown): typeof globalThis.fetch {
  if (fetch === undefined) return defaultFetch;
  if (typeof fetch !== 'function') throw new ConfigurationError('fetch must be a function');
  return fetch as typeof globalThis.fetch;
}

/** fetch's arguments for a request this client built: its parts go in `init`. */
function fetchArguments(input: Parameters<typeof fetch>[0], init: RequestInit | undefined): Parameters<typeof fetch> {
  if (!(input instanceof OutgoingRequest)) return [input, init];
  const { url, method, headers, body, signal, redirect, hints } = input;
  return [url, { method, headers, body, signal, redirect, [TRANSPORT_HINTS]: hints, ...init } as RequestInit];
}

/**
 * fetch with its failures tagged (TransportFailure) and the answer's body in memory, read within the
 * call's limit whatever fetch it came from (the Node transport's is already: body-limit.ts).
 */
function taggedFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const [url, fetchInit = {}] = fetchArguments(input, init);
    let response: Response;
    try {
      response = await fetch(url, fetchInit);
    } catch (error) {
      if (error instanceof BodyRejected) throw error;
      throw new TransportFailure(error);
    }
    try {
      return await bufferedWithin(response, hintsOf(fetchInit, fetchInit.method ?? 'GET').maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyRejected) throw error;
      throw new TransportFailure(error, true);
    }
  };
}

/**
 * openapi-fetch's client as the call path uses it: by method and path template from the operation
 * table. The types of each operation's input and result are the generated methods' (one per
 * operation, from openapi-typescript's `operations`), so none are needed here.
 */
export interface OperationHttp {
  request(
    method: string,
    path: string,
    init: {
      readonly params: Omit<RequestParts, 'body'>;
      readonly body?: unknown;
      /** This request's serialiser instead of the client's JSON one (a form body, already text). */
      readonly bodySerializer?: (body: unknown) => string;
      readonly signal: AbortSignal;
      readonly headers: Readonly<Record<string, string>>;
      readonly middleware: Middleware[];
      readonly parseAs: 'text';
      readonly [TRANSPORT_HINTS]: TransportHints;
    },
  ): Promise<RawOutcome>;
}

/** The client a cloud's calls go through: JSON bodies with exact bigints, redirects refused. */
export function endpointClient(baseUrl: string, fetch: unknown): OperationHttp {
  // openapi-fetch's `request` is typed by a paths map; the call path addresses operations by table entry.
  return createClient({
    baseUrl,
    bodySerializer: (body: unknown) => stringifyJson(body, 'body'),
    // A signed request must not be replayed to wherever a redirect points.
    redirect: 'manual',
    fetch: taggedFetch(clientFetch(fetch)),
    // openapi-fetch only constructs it and hands it to the middleware and fetch, both ours.
    Request: OutgoingRequest as unknown as typeof Request,
  }) as unknown as OperationHttp;
}
