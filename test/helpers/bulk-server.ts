// A loopback server for bulk runs (--each) whose answers depend on the request itself and may take
// their time, so that concurrency, interrupts, kills and reruns can be observed from the server's side.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CANARY } from './canaries.js';

export interface Seen {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  /** The JSON body (an empty object when there was none). */
  readonly body: Record<string, unknown>;
  /** Time of arrival (performance.now() of the test process). */
  readonly at: number;
  /** When the answer went out, or undefined while it is pending (or never will). */
  answeredAt: number | undefined;
}

export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Never answer. */
  readonly hang?: boolean;
}

export type Responder = (request: Seen, index: number) => Reply;

export interface BulkServer {
  readonly url: string;
  readonly requests: Seen[];
  /** Requests being answered right now, and the most there ever were at once. */
  inFlight: number;
  maxInFlight: number;
  respond(responder: Responder): void;
  /** Answers every hanging request (with a 200) so that its socket is released. */
  closeHanging(): void;
  close(): Promise<void>;
}

/** The HSS error body (as the service sends it), with the request id header. */
export function hssError(status: number, code: string, message: string, requestId: string): Reply {
  return { status, headers: { 'x-request-id': requestId }, body: { error_code: code, error_msg: message } };
}

/** What a line is about: the finding (ChangeSensitiveInfo) or the first vulnerability (AddImageWhiteLists). */
export function idOf(request: Seen): string {
  const vulIds = request.body.vul_ids;
  return String(request.body.sensitive_info_id ?? (Array.isArray(vulIds) ? vulIds[0] : '') ?? '');
}

/** 200 with `{}` and a request id naming the finding: what ChangeSensitiveInfo answers. */
export function okReply(request: Seen, delayMs = 0): Reply {
  return { status: 200, headers: { 'x-request-id': `rid-${idOf(request)}` }, body: {}, delayMs };
}

export const DEFAULT_RESPONDER: Responder = (request) =>
  idOf(request).startsWith('fail')
    ? hssError(400, 'HSS.1042', `finding ${idOf(request)} is not valid`, `rid-${idOf(request)}`)
    : okReply(request);

export async function startBulkServer(): Promise<BulkServer> {
  let responder: Responder = DEFAULT_RESPONDER;
  const hanging = new Set<ServerResponse>();
  const state: BulkServer = {
    url: '',
    requests: [],
    inFlight: 0,
    maxInFlight: 0,
    respond(next) {
      responder = next;
    },
    closeHanging() {
      for (const res of hanging) if (!res.writableEnded) res.destroy();
      hanging.clear();
    },
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const text = Buffer.concat(chunks).toString('utf8');
      const seen: Seen = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
        at: performance.now(),
        answeredAt: undefined,
      };
      const index = state.requests.push(seen) - 1;
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      let done = false;
      const settle = () => {
        if (done) return;
        done = true;
        state.inFlight -= 1;
        seen.answeredAt = performance.now();
      };
      // A client that gives up (a cancelled call) ends the request as surely as an answer.
      res.on('close', settle);
      const reply = responder(seen, index);
      if (reply.hang === true) {
        hanging.add(res);
        return;
      }
      const answer = () => {
        if (res.destroyed) return;
        const headers: Record<string, string> = { ...reply.headers };
        let body: string | undefined;
        if (reply.body !== undefined) {
          body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
          headers['content-type'] ??= 'application/json';
        }
        // Counted as answered once the answer is on its way, not when the socket closes.
        settle();
        res.writeHead(reply.status ?? 200, headers);
        res.end(body);
      };
      if ((reply.delayMs ?? 0) > 0) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      state.closeHanging();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** Canary HSS credentials for CLI runs against the bulk server (the tests check none is printed). */
export const BULK_ENV = {
  HUAWEICLOUD_SDK_AK: CANARY.ak,
  HUAWEICLOUD_SDK_SK: CANARY.sk,
  HUAWEICLOUD_SDK_SECURITY_TOKEN: CANARY.securityToken,
  HUAWEICLOUD_SDK_PROJECT_ID: 'p1',
};

export interface BulkSuite {
  readonly server: BulkServer;
  /** The suite's temporary folder. */
  readonly dir: string;
  /** A fresh path in the suite's temporary folder. */
  path(name: string): string;
  /** A file of these lines, each ended by a newline, at a fresh path. */
  linesFile(lines: readonly string[], name?: string): Promise<string>;
}

/**
 * One bulk server and one temporary folder per suite; before each test the server forgets its
 * requests, releases hanging ones and answers with DEFAULT_RESPONDER again.
 */
export function useBulkSuite(): BulkSuite {
  let server: BulkServer | undefined;
  let dir: string | undefined;
  let count = 0;
  beforeAll(async () => {
    server = await startBulkServer();
    dir = await mkdtemp(join(tmpdir(), 'imagesec-bulk-'));
  });
  afterAll(async () => {
    await server?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    if (server === undefined) return;
    server.closeHanging();
    server.requests.length = 0;
    server.inFlight = 0;
    server.maxInFlight = 0;
    server.respond(DEFAULT_RESPONDER);
  });
  const running = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the bulk suite runs only inside tests');
    return value;
  };
  const suite: BulkSuite = {
    get server() {
      return running(server);
    },
    get dir() {
      return running(dir);
    },
    path(name) {
      count += 1;
      return join(running(dir), `${count}-${name}`);
    },
    async linesFile(lines, name = 'lines.jsonl') {
      const file = suite.path(name);
      await writeFile(file, lines.map((l) => `${l}\n`).join(''));
      return file;
    },
  };
  return suite;
}
