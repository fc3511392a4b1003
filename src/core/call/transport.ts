// The HTTP layer under a call: the openapi-fetch client both clouds use, the Request class it
// builds (holding the serialised body) and the fetch it calls (tagging what fetch itself throws).
import createClient, { type Middleware } from 'openapi-fetch';
import { ConfigurationError } from '../errors.js';
import { stringifyJson } from '../json.js';
import type { RequestParts } from './check.js';
import type { RawOutcome } from './read.js';

type Body = RequestInit['body'];

/**
 * The Request openapi-fetch builds for each call (its `Request` option). It keeps the serialised
 * body as given instead of turning it into a stream: the signer reads it directly, and fetch gets
 * it in `init`, so one body stream is made per attempt, inside fetch. Reading a built Request's body
 * back (a web stream made, read, and made again for the signed copy) was the largest part of what
 * the SDK added to a call on Node 20 (npm run bench: SDK/raw throughput 0.51 before this).
 */
export class HeldBodyRequest extends Request {
  /** The body exactly as openapi-fetch serialised it (a JSON string here), or null. */
  readonly heldBody: Body;
  /**
   * The signal the request was made with, passed to fetch as is: a Request's own `signal` follows
   * the given one only through a weak reference in Node (nodejs/undici#3644).
   */
  readonly heldSignal: AbortSignal | null;

  constructor(input: ConstructorParameters<typeof Request>[0], init: RequestInit = {}) {
    const { body = null, ...rest } = init;
    super(input, rest);
    this.heldBody = body;
    this.heldSignal = init.signal ?? null;
  }
}

/** fetch's arguments for a request: a held body and signal go in `init`, so fetch builds the one Request. */
function fetchArguments(input: Parameters<typeof fetch>[0], init: RequestInit | undefined): Parameters<typeof fetch> {
  if (!(input instanceof HeldBodyRequest)) return [input, init];
  return [
    input.url,
    {
      method: input.method,
      headers: input.headers,
      body: input.heldBody ?? null,
      signal: input.heldSignal,
      redirect: input.redirect,
      ...init,
    },
  ];
}

/**
 * A rejection of fetch itself (DNS, refused, reset, TLS, aborted), told apart from a local failure:
 * everything else thrown while building a request is the caller's input. Internal: never reaches users.
 */
export class TransportFailure extends Error {
  constructor(cause: unknown) {
    super('fetch failed', { cause });
  }
}

/** The fetch a client uses: the one given (checked now), else the global one at call time. */
export function clientFetch(fetch: unknown): typeof globalThis.fetch {
  if (fetch === undefined) return (input, init) => globalThis.fetch(input, init);
  if (typeof fetch !== 'function') throw new ConfigurationError('fetch must be a function');
  return fetch as typeof globalThis.fetch;
}

function taggedFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    try {
      return await fetch(...fetchArguments(input, init));
    } catch (error) {
      throw new TransportFailure(error);
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
      readonly signal: AbortSignal;
      readonly headers: Readonly<Record<string, string>>;
      readonly middleware: Middleware[];
      readonly parseAs: 'text';
    },
  ): Promise<RawOutcome>;
}

/** The client a cloud's calls go through: JSON bodies with exact bigints, redirects refused. */
export function operationClient(baseUrl: string, fetch: unknown): OperationHttp {
  // openapi-fetch's `request` is typed by a paths map; the call path addresses operations by table entry.
  return createClient({
    baseUrl,
    bodySerializer: (body: unknown) => stringifyJson(body, 'body'),
    // A signed request must not be replayed to wherever a redirect points.
    redirect: 'manual',
    fetch: taggedFetch(clientFetch(fetch)),
    Request: HeldBodyRequest,
  }) as unknown as OperationHttp;
}
