// The transport under the `node` condition: a fetch-shaped function over node:http(s) with keep-alive
// agents of its own. Node's fetch (undici) costs about three times the client CPU of node:http for
// the small signed JSON calls an SDK makes (npm run bench: raw node:http vs raw fetch), and the
// vendors' own Node stacks sit on node:http; browsers, Bun and Deno keep their platform fetch
// (http/platform-fetch.ts). What it does not do, on purpose: follow redirects (a signed request is
// never replayed elsewhere; 'manual' answers the 3xx, 'error' rejects), cookies, caches, proxies
// from the environment. Anything it does not carry itself (a Request object as input, a stream or
// form body) goes to the platform fetch unchanged.
import type * as Http from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type * as Https from 'node:https';
import type * as Zlib from 'node:zlib';
import { loadLater } from '../load-later.js';

// Loaded at the first call that needs them, not with the SDK (load-later.ts): node:http(s) at the
// first request, zlib for an encoded answer, and the Response class (the global is a getter that
// loads Node's fetch implementation, undici, about 10 ms).
const modules = {
  'http:': loadLater<typeof Http>('node:http'),
  'https:': loadLater<typeof Https>('node:https'),
};
const zlib = loadLater<typeof Zlib>('node:zlib');

interface Transport {
  readonly agent: Http.Agent;
  readonly send: typeof Http.request;
}

const IDLE_SOCKET_MS = 4_000;

/** One agent per protocol and process: sockets are reused across clients, as fetch's dispatcher does. */
const transports: Partial<Record<string, Transport>> = {};

function transportFor(protocol: string): Transport | undefined {
  if (protocol !== 'http:' && protocol !== 'https:') return undefined;
  if (transports[protocol] === undefined) {
    const module = modules[protocol]();
    // LIFO keeps the most recently used (warmest) socket busy and lets the others time out. An idle
    // socket is closed after 4 s (undici's keep-alive default; sooner when the server's Keep-Alive
    // header says so), before a server's own idle limit can close it under a request being sent.
    const agent = new module.Agent({ keepAlive: true, scheduling: 'lifo', timeout: IDLE_SOCKET_MS });
    transports[protocol] = { agent, send: module.request };
  }
  return transports[protocol];
}

// Statuses whose response has no body by definition (Response refuses one for them).
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
// Methods for which fetch sends `content-length: 0` when there is no body (node:http would send a
// chunked empty body instead, which some gateways refuse).
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** fetch's own rejection for a failure on the wire: a TypeError whose cause is the node error. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function outgoingHeaders(init: RequestInit['headers'], body: string | Uint8Array | null): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  if (init !== undefined) {
    // A Headers (what this SDK passes) is read as is; anything else is read the way fetch reads it.
    for (const [name, value] of init instanceof Headers ? init : new Headers(init)) headers[name] = value;
  }
  if (body !== null) headers['content-length'] = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return headers;
}

/** The headers as name/value pairs: the Response fills its own Headers from them once. */
function responseHeaders(raw: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

/** The body as sent, decoded as fetch decodes it (the request asks for no encoding; a server may use one). */
function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === undefined) return body;
  const { brotliDecompressSync, gunzipSync, inflateSync } = zlib();
  switch (encoding.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}

const utf8 = new TextDecoder();

/**
 * A response whose whole body is in memory, read without a web stream: a Response built over bytes
 * makes a ReadableStream, about a twentieth of a call's client CPU here (npm run bench profile).
 * Reads as any Response does (text, json, arrayBuffer, bytes, blob, body, clone), once.
 * Defined at the first response: `Response` is the global that loads undici.
 */
function defineBufferedResponse() {
  // Response as a base class without its declared members: undici's types declare the body readers as
  // properties, which a subclass may not replace with methods (they are methods at run time).
  const ResponseBase = Response as unknown as new (
    body: null,
    init: ResponseInit,
  ) => Pick<Response, 'headers' | 'status' | 'statusText'>;

  class BufferedResponse extends ResponseBase {
    readonly #bytes: Uint8Array;
    #used = false;

    constructor(bytes: Uint8Array, init: ResponseInit) {
      super(null, init);
      this.#bytes = bytes;
    }

    #take(): Uint8Array {
      if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
      this.#used = true;
      return this.#bytes;
    }

    get bodyUsed(): boolean {
      return this.#used;
    }

    get body(): ReadableStream<Uint8Array> | null {
      return this.#used ? null : new Response(this.#bytes).body;
    }

    text(): Promise<string> {
      // A read of a used body rejects, as on any Response (the executor's throw).
      return new Promise((resolve) => resolve(utf8.decode(this.#take())));
    }

    async json(): Promise<unknown> {
      return JSON.parse(await this.text()) as unknown;
    }

    async arrayBuffer(): Promise<ArrayBuffer> {
      await Promise.resolve();
      const bytes = this.#take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    }

    async bytes(): Promise<Uint8Array> {
      return new Uint8Array(await this.arrayBuffer());
    }

    async blob(): Promise<Blob> {
      return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
    }

    clone(): Response {
      if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
      const init = { status: this.status, statusText: this.statusText, headers: this.headers };
      return new BufferedResponse(this.#bytes, init) as unknown as Response;
    }
  }
  return BufferedResponse;
}

type BufferedResponseClass = ReturnType<typeof defineBufferedResponse>;
let bufferedResponse: BufferedResponseClass | undefined;

function buffered(bytes: Uint8Array, init: ResponseInit): Response {
  bufferedResponse ??= defineBufferedResponse();
  return new bufferedResponse(bytes, init) as unknown as Response;
}

function settleResponse(response: IncomingMessage, chunks: Buffer[], failure: Error | undefined): Response {
  const status = response.statusCode ?? 0;
  const init = { status, statusText: response.statusMessage ?? '', headers: responseHeaders(response.rawHeaders) };
  if (NULL_BODY.has(status)) return new Response(null, init);
  const received = Buffer.concat(chunks);
  const body = failure === undefined ? decoded(received, response.headers['content-encoding']) : undefined;
  if (body !== undefined) return buffered(body, init);
  // Cut off after the headers: as with fetch, the response arrives and reading its body fails.
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        if (received.byteLength > 0) controller.enqueue(new Uint8Array(received));
        controller.error(new TypeError('terminated', { cause: failure }));
      },
    }),
    init,
  );
}

function simpleBody(body: RequestInit['body']): string | Uint8Array | null | undefined {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return undefined;
}

/** fetch over node:http(s), for string and byte bodies; see the file's header for what it leaves out. */
export function nodeFetch(input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<Response> {
  const body = simpleBody(init.body);
  if (input instanceof Request || body === undefined) return fetch(input, init);
  const url = typeof input === 'string' ? new URL(input) : input;
  const transport = transportFor(url.protocol);
  if (transport === undefined) return Promise.reject(fetchFailed(new Error(`unsupported protocol ${url.protocol}`)));
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = outgoingHeaders(init.headers, body);
  if (body === null && BODY_METHODS.has(method)) headers['content-length'] = 0;

  return new Promise<Response>((resolve, reject) => {
    const request = transport.send(url, { method, headers, agent: transport.agent });
    const onAbort = () => {
      request.destroy();
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);

    request.once('error', (error) => {
      done();
      reject(fetchFailed(error));
    });
    request.once('response', (response) => {
      const status = response.statusCode ?? 0;
      if (init.redirect === 'error' && status >= 300 && status < 400) {
        response.destroy();
        done();
        reject(fetchFailed(new Error(`unexpected redirect (${status})`)));
        return;
      }
      const chunks: Buffer[] = [];
      let failure: Error | undefined;
      const settle = () => {
        done();
        if (signal?.aborted) return;
        try {
          resolve(settleResponse(response, chunks, failure));
        } catch (error) {
          reject(fetchFailed(error));
        }
      };
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', settle);
      response.once('error', (error) => (failure = error));
      // Closed before its end: the body was cut off on the wire.
      response.once('close', () => {
        if (response.complete) return;
        failure ??= new Error('other side closed');
        settle();
      });
    });
    request.end(body ?? undefined);
  });
}

/** What `#fetch` gives a client that was not given a fetch: this transport, under the `node` condition. */
export { nodeFetch as defaultFetch };
