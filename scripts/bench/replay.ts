// The floors of the call benchmarks: the exact request an imagesec client sends (captured once, signed,
// then replayed verbatim, so no validation, signing or retry work is left in them) sent by
// - raw `fetch` (the platform's, undici on Node),
// - raw `node:http` with a keep-alive agent (what the official stacks sit on),
// - bare openapi-fetch (`createClient({ baseUrl, fetch })`, default JSON parsing) over the transport
//   the SDK uses by default (sdk-transport.ts): the SDK's own cost is what it adds over this one.
// openapi-fetch hands fetch a Request; when that transport takes only (url, init) (nodeFetch passes
// a Request on to the global fetch), the Request keeps its body string and a two-line adapter gives
// fetch (url, init), as the SDK's own call path does; reading the body back out of a Request would
// put a web stream per call into the floor.
import { Agent, request as httpRequest } from 'node:http';
import createClient from 'openapi-fetch';
import type { SdkTransport } from './sdk-transport.js';

export interface CapturedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent ('' when there is none). */
  readonly body: string;
}

/** The request `send` makes through the fetch it is given (forwarded to the global fetch). */
export async function captureRequest(
  send: (fetch: typeof globalThis.fetch) => Promise<unknown>,
): Promise<CapturedRequest> {
  let captured: Request | undefined;
  await send((input, init) => {
    captured = new Request(input, init);
    return fetch(captured.clone());
  });
  if (captured === undefined) throw new Error('the SDK sent nothing');
  return {
    url: captured.url,
    method: captured.method,
    headers: Object.fromEntries(captured.headers),
    body: await captured.text(),
  };
}

function checked(status: number, side: string): void {
  if (status !== 200) throw new Error(`${side} got HTTP ${status}`);
}

export function rawFetch({ url, method, headers, body }: CapturedRequest): () => Promise<unknown> {
  return async () => {
    const response = await fetch(url, { method, headers, body });
    checked(response.status, 'raw fetch');
    return response.json();
  };
}

export function rawNodeHttp({ url, method, headers, body }: CapturedRequest): () => Promise<unknown> {
  const agent = new Agent({ keepAlive: true });
  const target = new URL(url);
  const outgoing = { ...headers, 'content-length': String(Buffer.byteLength(body)) };
  return () =>
    new Promise((resolve, reject) => {
      const request = httpRequest(target, { method, headers: outgoing, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', reject);
        response.once('end', () => {
          try {
            checked(response.statusCode ?? 0, 'raw node:http');
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      request.once('error', reject);
      request.end(body);
    });
}

/** A Request that keeps its body as given, for a fetch that takes (url, init) only. */
class HeldBodyRequest extends Request {
  readonly heldBody: NonNullable<RequestInit['body']> | null;
  constructor(input: ConstructorParameters<typeof Request>[0], init: RequestInit = {}) {
    const { body = null, ...rest } = init;
    super(input, rest);
    this.heldBody = body;
  }
}

interface BareClient {
  request(
    method: string,
    path: string,
    init: { headers: Record<string, string>; body?: string },
  ): Promise<{ data?: unknown; response: Response }>;
}

export function bareOpenapiFetch(
  { url, method, headers, body }: CapturedRequest,
  transport: SdkTransport,
): () => Promise<unknown> {
  const { origin, pathname, search } = new URL(url);
  const fetch: typeof globalThis.fetch = transport.takesRequest
    ? transport.fetch
    : (input) => {
        const request = input as HeldBodyRequest;
        return transport.fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.heldBody,
        });
      };
  const client = createClient({
    baseUrl: origin,
    fetch,
    // The captured body is already JSON text: sent as is.
    bodySerializer: (text: unknown) => text as string,
    ...(transport.takesRequest ? {} : { Request: HeldBodyRequest }),
  }) as unknown as BareClient;
  const path = `${pathname}${search}`;
  const init = { headers: { ...headers }, ...(body === '' ? {} : { body }) };
  return async () => {
    const { data, response } = await client.request(method.toLowerCase(), path, init);
    checked(response.status, 'bare openapi-fetch');
    return data;
  };
}
