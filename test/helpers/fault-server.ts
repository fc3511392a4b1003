// A loopback HTTP server that misbehaves on purpose, one scripted fault per request: reset the
// connection, never answer, answer late, answer with an error status, an HTML page, cut or
// truncated JSON, an empty body or the wrong content type. It counts the requests that reached it,
// so a test can tell how many attempts a call made.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, beforeEach } from 'vitest';

/** A complete HTTP response. */
export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type Fault =
  /** Answer `reply`, after `delayMs` when given. */
  | { readonly kind: 'reply'; readonly reply: Reply; readonly delayMs?: number }
  /** Send the status line, headers and half of the promised body, then close the connection. */
  | { readonly kind: 'cut'; readonly reply: Reply }
  /** Reset the connection (TCP RST) once the request has arrived. */
  | { readonly kind: 'reset' }
  /** Accept the request and never answer. */
  | { readonly kind: 'hang' };

export type ReplyFault = Extract<Fault, { kind: 'reply' }>;

const JSON_TYPE = { 'content-type': 'application/json' } as const;

const ERROR_PAGE =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>' +
  '<hr><center>nginx</center></body></html>';

const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>';

function reply(status: number, body: string, headers: Readonly<Record<string, string>> = {}): ReplyFault {
  return { kind: 'reply', reply: { status, headers, body } };
}

/** The faults a script is made of. */
export const fault = {
  reset: (): Fault => ({ kind: 'reset' }),
  hang: (): Fault => ({ kind: 'hang' }),
  /** A JSON body (`content-type: application/json`). */
  json: (status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): ReplyFault =>
    reply(status, JSON.stringify(body), { ...JSON_TYPE, ...headers }),
  /** An error status with an optional JSON body and `Retry-After` (seconds or an HTTP date). */
  status: (
    status: number,
    options: { readonly retryAfter?: number | string; readonly body?: unknown } = {},
  ): ReplyFault =>
    reply(status, options.body === undefined ? '' : JSON.stringify(options.body), {
      ...(options.body === undefined ? {} : JSON_TYPE),
      ...(options.retryAfter === undefined ? {} : { 'retry-after': String(options.retryAfter) }),
    }),
  /** A proxy's HTML error page. */
  html: (status: number): ReplyFault => reply(status, ERROR_PAGE, { 'content-type': 'text/html' }),
  /** A complete HTTP response whose JSON text stops half-way. */
  truncatedJson: (
    status: number,
    value: unknown = { error_code: 'HSS.0004', error_msg: 'internal error' },
  ): ReplyFault => {
    const text = JSON.stringify(value);
    return reply(status, text.slice(0, Math.floor(text.length / 2)), JSON_TYPE);
  },
  /** An HTTP response cut on the wire: half of the promised JSON body arrives, then the connection closes. */
  cutBody: (status: number, value: unknown): Fault => ({ kind: 'cut', reply: fault.json(status, value).reply }),
  /** A status with no body at all. */
  empty: (status: number): ReplyFault => reply(status, ''),
  /** A 200 that is not the API: a login page served as text/html. */
  wrongType: (): ReplyFault => reply(200, LOGIN_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
  /** `then`, sent after `delayMs`. */
  slow: (delayMs: number, then: ReplyFault): ReplyFault => ({ ...then, delayMs }),
};

/** A request as it reached the server. */
export interface ReceivedRequest {
  /** 0 for the first request since the server started. */
  readonly index: number;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

/**
 * Request n gets the n-th fault and later requests the last one (so `[f]` faults every request and
 * `[f, ok]` only the first); or a function picks the fault for each request.
 */
export type Script = readonly [Fault, ...Fault[]] | ((request: ReceivedRequest) => Fault);

export interface FaultServer {
  readonly url: string;
  readonly requests: readonly ReceivedRequest[];
  script(script: Script): void;
  close(): Promise<void>;
}

function faultFor(script: Script, request: ReceivedRequest): Fault {
  if (typeof script === 'function') return script(request);
  return script[Math.min(request.index, script.length - 1)] ?? script[0];
}

export async function startFaultServer(): Promise<FaultServer> {
  const requests: ReceivedRequest[] = [];
  let script: Script = [fault.json(200, {})];
  // Tracked so close() leaves nothing behind: hanging sockets and pending slow answers.
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    // Act once the whole request has arrived, as a server that read it and then failed would.
    req.resume();
    req.on('end', () => {
      const received: ReceivedRequest = {
        index: requests.length,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
      };
      requests.push(received);
      const chosen = faultFor(script, received);
      switch (chosen.kind) {
        case 'reset':
          req.socket.resetAndDestroy();
          return;
        case 'hang':
          return;
        case 'cut': {
          const { status, headers, body } = chosen.reply;
          res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
          res.write(body.slice(0, Math.floor(body.length / 2)), () => req.socket.destroy());
          return;
        }
        case 'reply': {
          const send = () => {
            // The client may have given up on a slow answer already.
            if (req.socket.destroyed) return;
            res.writeHead(chosen.reply.status, chosen.reply.headers);
            res.end(chosen.reply.body);
          };
          if (chosen.delayMs === undefined) return send();
          const timer = setTimeout(() => {
            timers.delete(timer);
            send();
          }, chosen.delayMs);
          timers.add(timer);
          return;
        }
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(next) {
      script = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The URL of a loopback port nobody listens on (a server started and closed again). */
export async function closedPortUrl(): Promise<string> {
  const server = await startFaultServer();
  await server.close();
  return server.url;
}

/** A fresh fault server for every test (so request counts start at 0), closed after it. */
export function useFaultServer(): FaultServer {
  let current: FaultServer | undefined;
  beforeEach(async () => {
    current = await startFaultServer();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const get = (): FaultServer => {
    if (current === undefined) throw new Error('the fault server runs only inside tests');
    return current;
  };
  return {
    get url() {
      return get().url;
    },
    get requests() {
      return get().requests;
    },
    script: (next) => get().script(next),
    close: () => get().close(),
  };
}
