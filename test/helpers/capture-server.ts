// A loopback HTTP server that records every request as it arrived on the socket (method, raw
// target, raw header pairs, body bytes) and answers with whatever the test scripted. For asserting
// the exact bytes the SDK sends and for feeding it responses Prism cannot produce.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface CapturedRequest {
  readonly method: string;
  /** The request target exactly as sent (path and query, still encoded). */
  readonly target: string;
  /** Header pairs in wire order, names as sent. */
  readonly rawHeaders: ReadonlyArray<readonly [string, string]>;
  /** Lower-cased names; repeated headers joined with ', '. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface ScriptedResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as UTF-8; an object as JSON (with content-type application/json). */
  readonly body?: string | object;
  /** Never answer (the request hangs until the client gives up). */
  readonly hang?: boolean;
}

export type Responder = (request: CapturedRequest) => ScriptedResponse;

export interface CaptureServer {
  readonly url: string;
  readonly requests: CapturedRequest[];
  /** The response for the following requests (default: 200 with the JSON body `{}`). */
  respond(responder: Responder | ScriptedResponse): void;
  close(): Promise<void>;
}

// An empty JSON object: what the HSS void operations may answer, and a body for the operations
// that document one (a 200 without any body is an error for those).
const DEFAULT_RESPONSE: ScriptedResponse = { status: 200, body: {} };

function pairs(raw: string[]): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);
  return out;
}

function send(res: ServerResponse, scripted: ScriptedResponse): void {
  if (scripted.hang === true) return;
  const headers: Record<string, string> = { ...scripted.headers };
  let body: string | undefined;
  if (typeof scripted.body === 'object') {
    body = JSON.stringify(scripted.body);
    headers['content-type'] ??= 'application/json';
  } else body = scripted.body;
  res.writeHead(scripted.status ?? 200, headers);
  res.end(body);
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  let responder: Responder = () => DEFAULT_RESPONSE;
  const open = new Set<IncomingMessage>();
  const server = createServer((req, res) => {
    open.add(req);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
      }
      const captured: CapturedRequest = {
        method: req.method ?? '',
        target: req.url ?? '',
        rawHeaders: pairs(req.rawHeaders),
        headers,
        body: Buffer.concat(chunks),
      };
      requests.push(captured);
      send(res, responder(captured));
    });
    req.on('close', () => open.delete(req));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond(next) {
      responder = typeof next === 'function' ? next : () => next;
    },
    async close() {
      for (const req of open) req.socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One capture server per suite; requests and the responder are reset before each test. */
export function useCaptureServer(): CaptureServer {
  let server: CaptureServer | undefined;
  beforeAll(async () => {
    server = await startCaptureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    if (server === undefined) return;
    server.requests.length = 0;
    server.respond(DEFAULT_RESPONSE);
  });
  const get = (): CaptureServer => {
    if (server === undefined) throw new Error('the capture server runs only inside tests');
    return server;
  };
  return {
    get url() {
      return get().url;
    },
    get requests() {
      return get().requests;
    },
    respond: (next) => get().respond(next),
    close: () => get().close(),
  };
}
