// The Request openapi-fetch builds for each call (its `Request` option). It keeps the serialised body
// as given instead of turning it into a stream: the signer reads it directly, and the transport hands
// it to fetch, so one body stream is made per attempt, inside fetch. Reading a built Request's body
// back (a web stream made, read, and made again for the signed copy) was the largest part of what
// the SDK added to a call on Node 20 (npm run bench: SDK/raw throughput 0.51 before this).

type Body = RequestInit['body'];

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

/** The request's body for signing: the held one without a copy, else read from the Request. */
export async function bodyForSigning(request: Request): Promise<string | Uint8Array> {
  if (!(request instanceof HeldBodyRequest)) {
    return request.body === null ? new Uint8Array(0) : new Uint8Array(await request.arrayBuffer());
  }
  const body = request.heldBody;
  if (body === null || body === undefined) return new Uint8Array(0);
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  // Any other BodyInit (not produced by this SDK's serialisers): its bytes, once.
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** fetch's arguments for a request: a held body and signal go in `init`, so fetch builds the one Request. */
export function fetchArguments(
  input: Parameters<typeof fetch>[0],
  init: RequestInit | undefined,
): Parameters<typeof fetch> {
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
