// A loopback stand-in for an STS, IAM, metadata or credentials-URI service: every request is
// recorded (method, path, query, headers, body) and answered by the route the test installs. With
// `tls: true` it serves HTTPS with a throwaway self-signed certificate (for official SDKs that only
// speak https to an endpoint given as a host name).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { join } from 'node:path';

export interface Received {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** host:port as the client sent it (signatures cover it). */
  readonly host: string;
}

export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON. */
  readonly body?: string | object;
  /** Hold the answer this long (for timeouts and single-flight counts). */
  readonly delayMs?: number;
}

export type Route = (request: Received) => Reply | Promise<Reply>;

export interface FakeCloud {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly port: number;
  readonly requests: Received[];
  route(handler: Route): void;
  close(): Promise<void>;
}

let certificate: { key: string; cert: string } | undefined;

/** A self-signed certificate for 127.0.0.1 and localhost, made once per process with openssl. */
function selfSigned(): { key: string; cert: string } {
  if (certificate !== undefined) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'imagesec-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    certificate = {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFakeCloud(options: { tls?: boolean } = {}): Promise<FakeCloud> {
  const requests: Received[] = [];
  let handler: Route = () => ({ status: 404, body: { Code: 'NoRoute' } });
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const received: Received = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        host: req.headers.host ?? '',
      };
      requests.push(received);
      void (async () => {
        let reply: Reply;
        try {
          reply = await handler(received);
        } catch (error) {
          reply = { status: 599, body: { Code: 'FakeFailed', Message: String(error) } };
        }
        if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
        const body =
          reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        const json = typeof reply.body === 'object' ? { 'content-type': 'application/json' } : {};
        if (!res.destroyed) {
          res.writeHead(reply.status ?? 200, { ...json, ...reply.headers });
          res.end(body);
        }
      })();
    });
  };
  const server = options.tls ? createHttpsServer(selfSigned(), onRequest) : createHttpServer(onRequest);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    route(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One fake per suite, emptied and reset before every test. */
export function useFakeCloud(options: { tls?: boolean } = {}): FakeCloud {
  let fake: FakeCloud | undefined;
  beforeAll(async () => {
    fake = await startFakeCloud(options);
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => {
    fake?.requests.splice(0);
    fake?.route(() => ({ status: 404, body: { Code: 'NoRoute' } }));
  });
  const get = (): FakeCloud => {
    if (fake === undefined) throw new Error('the fake runs only inside tests');
    return fake;
  };
  return {
    get url() {
      return get().url;
    },
    get port() {
      return get().port;
    },
    get requests() {
      return get().requests;
    },
    route: (handler) => get().route(handler),
    close: () => get().close(),
  };
}
