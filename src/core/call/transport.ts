// The HTTP layer under a call: the openapi-fetch client both clouds use (its requests are
// outgoing-request.ts's) and the fetch it calls (tagging what fetch throws).
import { defaultFetch } from '#fetch';
import createClient, { type Client } from 'openapi-fetch';
import { canonicalQueryOf } from './canonical-query.js';
import { ConfigurationError } from '../errors.js';
import { BodyRejected, bufferedWithin } from '../http/body-limit.js';
import { hintsOf, withHints } from '../http/hints.js';
import { endpointOf, OutgoingRequest } from './outgoing-request.js';
import { stringifyJson } from '../json.js';

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
  const { url, method, headers, sentHeaders, payload, signal, redirect, hints } = input;
  const parts: RequestInit = { method, headers: sentHeaders ?? headers, body: payload, signal, redirect, ...init };
  return [url, withHints(parts, hints)];
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
      const hints = input instanceof OutgoingRequest ? input.hints : hintsOf(fetchInit, fetchInit.method ?? 'GET');
      return await bufferedWithin(response, hints.maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyRejected) throw error;
      throw new TransportFailure(error, true);
    }
  };
}

// The one paths type every cloud's client is created with: any path and method, with parameters by
// location, a JSON or form body and a JSON answer. Each operation's own input and result types are
// the generated methods' (openapi-typescript's `operations`, one method per operation), checked
// where users call them; the call path addresses operations by their table entry's method and path.
type Method = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
interface AnyOperation {
  parameters: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
  };
  requestBody?: { content: { 'application/json': unknown; 'application/x-www-form-urlencoded': string } };
  responses: { default: { headers: Record<string, unknown>; content: { 'application/json': unknown } } };
}
type AnyPaths = Record<string, Record<Method, AnyOperation>>;

/** openapi-fetch's client of one cloud's endpoint. */
export type OperationHttp = Client<AnyPaths>;

/** An entry's method as openapi-fetch names it. */
export function methodOf(httpMethod: string): Method {
  return httpMethod.toLowerCase() as Method;
}

/**
 * The client a cloud's calls go through: queries in the signatures' canonical form (so the signer
 * takes them as they are), JSON bodies with exact bigints, redirects refused, requests as
 * OutgoingRequest.
 */
export function endpointClient(baseUrl: string, fetch: unknown): OperationHttp {
  const endpoint = endpointOf(baseUrl);
  // Each request knows the endpoint it was made for (so none parses its URL again).
  class EndpointRequest extends OutgoingRequest {
    constructor(input: ConstructorParameters<typeof Request>[0], init?: RequestInit) {
      super(input, init, endpoint);
    }
  }
  return createClient<AnyPaths>({
    baseUrl,
    querySerializer: canonicalQueryOf,
    bodySerializer: (body: unknown) => stringifyJson(body, 'body'),
    // A signed request must not be replayed to wherever a redirect points.
    redirect: 'manual',
    fetch: taggedFetch(clientFetch(fetch)),
    Request: EndpointRequest,
  });
}
