// The transport under the `node` condition: a fetch-shaped function over node:http(s) with keep-alive
// agents of its own. Node's fetch (undici) costs about three times the client CPU of node:http for
// the small signed JSON calls an SDK makes (npm run bench: raw node:http vs raw fetch), and the
// vendors' own Node stacks sit on node:http; browsers, Bun and Deno keep their platform fetch
// (http/platform-fetch.ts). What it does not do, on purpose: follow redirects (a signed request is
// never replayed elsewhere; 'manual' answers the 3xx, 'error' rejects), cookies, caches, proxies
// from the environment. Anything it does not carry itself (a Request object as input, a stream or
// form body) goes to the platform fetch unchanged. What it adds, through the hints (hints.ts): a
// limit on the body, received and decoded (receive.ts), and a request found on a stale connection
// is sent again only when it is safe to deliver twice.
import type * as Http from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';
import type * as Https from 'node:https';
import { loadLater } from '../load-later.js';
import { buffered } from './buffered-response.js';
import { atEndOfTurn } from '../end-of-turn.js';
import { hintsOf, originTarget, type RequestTarget, type TransportHints } from './hints.js';
import { receive, type Received } from './receive.js';

// Loaded at the first call that needs them, not with the SDK (load-later.ts): node:http(s) at the
// first request, zlib for an encoded answer (decode.ts), and the Response class (the global is a
// getter that loads Node's fetch implementation, undici, about 10 ms).
const modules = {
  'http:': loadLater<typeof Http>('node:http'),
  'https:': loadLater<typeof Https>('node:https'),
};

interface Transport {
  /** Connections for requests safe to deliver twice. */
  readonly replayable: Http.Agent;
  /** Connections for requests that are not: reused only when used moments ago. */
  readonly oneShot: Http.Agent;
  readonly send: typeof Http.request;
}

/**
 * How long a connection may sit idle and still be reused. Servers close idle connections after
 * their own limit (Node and Apache 5 s, gunicorn 2 s, most load balancers 15-75 s) and a request
 * written as the close crosses it fails with a reset that looks the same whether or not the server
 * read it. 4 s (undici's default, sooner when the server's Keep-Alive header says so) for requests
 * that may be sent again after such a reset; 1 s, well under the common limits, for the others,
 * which cannot be: they then get a fresh connection instead.
 */
export const IDLE_SOCKET_MS = 4_000;
export const ONE_SHOT_IDLE_SOCKET_MS = 1_000;

/** One pair of agents per protocol and process: sockets are reused across clients, as fetch's dispatcher does. */
const transports: Partial<Record<string, Transport>> = {};

function transportFor(protocol: string): Transport | undefined {
  if (protocol !== 'http:' && protocol !== 'https:') return undefined;
  if (transports[protocol] === undefined) {
    const module = modules[protocol]();
    // LIFO keeps the most recently used (warmest) socket busy and lets the others time out.
    const agent = (timeout: number) => new module.Agent({ keepAlive: true, scheduling: 'lifo', timeout });
    transports[protocol] = {
      replayable: agent(IDLE_SOCKET_MS),
      oneShot: agent(ONE_SHOT_IDLE_SOCKET_MS),
      send: module.request,
    };
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
  if (init instanceof Headers || Array.isArray(init)) {
    // Read the way fetch reads them.
    for (const [name, value] of init instanceof Headers ? init : new Headers(init)) headers[name] = value;
  } else if (init !== undefined) {
    // A record (what this SDK's call path passes, names already lower-case): as fetch reads one, a
    // name in two cases is one header, values trimmed; node:http refuses a name or value no header
    // can carry, as fetch would.
    for (const name in init) {
      const key = name.toLowerCase();
      const given: string | readonly string[] = init[name]!;
      const value = (typeof given === 'string' ? given : given.join(', ')).trim();
      const earlier = headers[key];
      headers[key] = earlier === undefined ? value : `${String(earlier)}, ${value}`;
    }
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

function simpleBody(body: RequestInit['body']): string | Uint8Array | null | undefined {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return undefined;
}

/** A failure on the wire, and whether it hit a reused connection before any byte of the answer. */
class WireFailure extends Error {
  constructor(
    readonly error: Error,
    readonly stale: boolean,
  ) {
    super(error.message);
  }
}

// The failures of writing to a connection the server had already closed (Node reports "socket hang
// up" as ECONNRESET).
const STALE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/** What arrived, as fetch answers it: the body in memory, or one whose reading fails where it was cut. */
function settle(received: Received, init: ResponseInit): Response {
  if (received.complete) return buffered(received.body, init);
  const { body, failure } = received;
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        if (body.byteLength > 0) controller.enqueue(new Uint8Array(body));
        controller.error(new TypeError('terminated', { cause: failure }));
      },
    }),
    init,
  );
}

interface Exchange {
  readonly target: RequestTarget;
  readonly method: string;
  readonly headers: OutgoingHttpHeaders;
  readonly body: string | Uint8Array | null;
  readonly redirect: RequestInit['redirect'];
  readonly hints: TransportHints;
  readonly signal: AbortSignal | undefined;
}

/** One request and its answer on `agent`'s connections, or on a new connection of its own (`false`). */
function exchange(transport: Transport, agent: Http.Agent | false, call: Exchange): Promise<Response> {
  const { signal } = call;
  return new Promise<Response>((resolve, reject) => {
    const { protocol, hostname, port, path } = call.target;
    const request = transport.send({
      protocol,
      hostname,
      port: port === '' ? undefined : port,
      path,
      method: call.method,
      headers: call.headers,
      agent,
    });
    let answered = false;
    const onAbort = () => {
      request.destroy();
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);

    request.once('error', (error: NodeJS.ErrnoException) => {
      done();
      const stale = !answered && request.reusedSocket && STALE_CODES.has(error.code ?? '');
      reject(new WireFailure(error, stale));
    });
    request.once('response', (response) => {
      answered = true;
      const status = response.statusCode ?? 0;
      if (call.redirect === 'error' && status >= 300 && status < 400) {
        response.destroy();
        done();
        reject(new WireFailure(new Error(`unexpected redirect (${status})`), false));
        return;
      }
      const init = { status, statusText: response.statusMessage ?? '', headers: responseHeaders(response.rawHeaders) };
      // No body by definition: the status says so, or the request was a HEAD (whose length is the GET's).
      if (NULL_BODY.has(status) || call.method === 'HEAD') {
        response.resume();
        done();
        resolve(new Response(null, init));
        return;
      }
      receive(response, call.hints.maxResponseBytes, init).then(
        (received) => {
          done();
          if (!signal?.aborted) resolve(settle(received, init));
        },
        (error: Error) => {
          done();
          if (!signal?.aborted) reject(error);
        },
      );
    });
    // Written with the other requests of this turn (core/end-of-turn.ts); not if aborted meanwhile.
    atEndOfTurn(() => {
      if (!request.destroyed) request.end(call.body ?? undefined);
    });
  });
}

/** A URL as node:http takes it. */
function targetOf(url: URL): RequestTarget {
  return { ...originTarget(url), path: `${url.pathname}${url.search}` };
}

/** fetch over node:http(s), for string and byte bodies; see the file's header for what it leaves out. */
export async function nodeFetch(input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<Response> {
  const body = simpleBody(init.body);
  if (input instanceof Request || body === undefined) return fetch(input, init);
  const method = (init.method ?? 'GET').toUpperCase();
  const hints = hintsOf(init, method);
  const target = hints.target ?? targetOf(typeof input === 'string' ? new URL(input) : input);
  const transport = transportFor(target.protocol);
  if (transport === undefined) throw fetchFailed(new Error(`unsupported protocol ${target.protocol}`));
  const signal = init.signal ?? undefined;
  signal?.throwIfAborted();
  const headers = outgoingHeaders(init.headers, body);
  if (body === null && BODY_METHODS.has(method)) headers['content-length'] = 0;
  const call = { target, method, headers, body, redirect: init.redirect, hints, signal };

  try {
    return await exchange(transport, hints.replaySafe ? transport.replayable : transport.oneShot, call);
  } catch (failure) {
    if (!(failure instanceof WireFailure)) throw failure;
    // The server closed the reused connection as the request went out: nothing came back, so it may
    // or may not have read the request. Sent once more, on a new connection, only if that is harmless.
    if (!failure.stale || !hints.replaySafe || signal?.aborted) throw fetchFailed(failure.error);
  }
  try {
    return await exchange(transport, false, call);
  } catch (failure) {
    throw failure instanceof WireFailure ? fetchFailed(failure.error) : failure;
  }
}

/** What `#fetch` gives a client that was not given a fetch: this transport, under the `node` condition. */
export { nodeFetch as defaultFetch };
