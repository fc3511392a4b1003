// Kept-alive connections against servers that close them: at their idle limit, right after an
// answer, or after reading a request without answering. A request that meets a connection the
// server had closed is sent again on a new one only when it is safe to deliver twice; the others
// are never sent twice, fail as an unknown outcome (a ConnectionError) when the race still happens,
// and avoid it by reusing only connections used moments ago. Also: when the client closes idle
// connections (4 s, 1 s for requests not safe to repeat, sooner when the server's Keep-Alive says
// so), and that an aborted request closes its connection at once.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { withHints } from '../../src/core/http/hints.js';
import { IDLE_SOCKET_MS, nodeFetch, ONE_SHOT_IDLE_SOCKET_MS } from '../../src/core/http/node-fetch.js';

interface Peer {
  readonly base: string;
  /** Every request the server read, by the client's `x-seq` header. */
  readonly seen: Map<string, number>;
  /** Connections accepted, with when each closed (ms after its last answer) once it has. */
  readonly connections: { socket: Socket; answeredAt?: number; closedAfterMs?: number }[];
  readonly server: Server;
}

const peers: Peer[] = [];

/** A loopback server; `handle` decides what happens to each request (the n-th on its connection). */
async function peer(
  handle: (request: IncomingMessage, response: ServerResponse, nth: number) => void,
  setup: (server: Server) => void = () => undefined,
): Promise<Peer> {
  const seen = new Map<string, number>();
  const connections: Peer['connections'] = [];
  const counts = new WeakMap<Socket, number>();
  const server = createServer((request, response) => {
    request.resume();
    const seq = String(request.headers['x-seq']);
    seen.set(seq, (seen.get(seq) ?? 0) + 1);
    const nth = (counts.get(request.socket) ?? 0) + 1;
    counts.set(request.socket, nth);
    const entry = connections.find((c) => c.socket === request.socket);
    response.on('finish', () => entry && (entry.answeredAt = performance.now()));
    request.on('end', () => handle(request, response, nth));
  });
  server.on('connection', (socket: Socket) => {
    const entry: Peer['connections'][number] = { socket };
    connections.push(entry);
    socket.on('close', () => {
      if (entry.answeredAt !== undefined) entry.closedAfterMs = performance.now() - entry.answeredAt;
    });
  });
  setup(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const result = { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, connections, server };
  peers.push(result);
  return result;
}

afterEach(async () => {
  for (const { server, connections } of peers.splice(0)) {
    for (const { socket } of connections) socket.destroy();
    server.close();
    await once(server, 'close');
  }
});

// An answer that says nothing of keep-alive timing (Node would add `Keep-Alive: timeout=5`).
const QUIET = { 'content-type': 'application/json', connection: 'keep-alive' };

let seq = 0;
function post(base: string, replaySafe: boolean, signal?: AbortSignal): Promise<Response> {
  const init = { method: 'POST', body: '{}', headers: { 'x-seq': String(++seq) }, signal: signal ?? null };
  return nodeFetch(`${base}/op`, withHints(init, { maxResponseBytes: 1 << 20, replaySafe }));
}

/** `total` requests, `concurrency` at a time; the failures' error codes. */
async function load(base: string, replaySafe: boolean, total: number, concurrency: number): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      try {
        const response = await post(base, replaySafe);
        await response.text();
      } catch (error) {
        failures.push(String(((error as Error).cause as { code?: string } | undefined)?.code));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures;
}

const duplicates = (p: Peer) => [...p.seen.values()].filter((n) => n > 1).length;

describe('a server that closes a connection right after some answers', () => {
  // 10% of answers are followed 0-3 ms later by a close the client was not told of.
  const closing = () =>
    peer((_request, response) => {
      // The socket is taken before the answer: a finished response lets go of it.
      const socket = response.socket;
      response.writeHead(200, QUIET);
      response.end('{}');
      if (Math.random() < 0.1) setTimeout(() => socket?.destroy(), Math.random() * 3);
    });

  it('fails no request safe to repeat (1,000 at 16 at a time): each that met a closed connection went again on a new one', async () => {
    const server = await closing();
    const failures = await load(server.base, true, 1000, 16);
    expect(failures).toEqual([]);
    expect(server.seen.size).toBe(1000);
  });

  it('never delivers a request not safe to repeat twice; when it meets a closed connection the failure says so', async () => {
    const server = await closing();
    const failures = await load(server.base, false, 1000, 16);
    expect(duplicates(server)).toBe(0);
    // What still fails is a connection error the caller reports as an unknown outcome.
    for (const code of failures) expect(['ECONNRESET', 'EPIPE']).toContain(code);
  });
});

describe('a server that reads a request on a reused connection and closes it without answering', () => {
  const dropping = () =>
    peer((_request, response, nth) => {
      if (nth > 1) return void response.socket?.destroy();
      response.writeHead(200, QUIET);
      response.end('{}');
    });

  it('a request safe to repeat is sent again on a new connection and succeeds', async () => {
    const server = await dropping();
    await (await post(server.base, true)).text();
    const response = await post(server.base, true);
    expect(response.status).toBe(200);
    expect(server.connections).toHaveLength(2);
    expect(server.seen.get(String(seq))).toBe(2);
  });

  it('a request not safe to repeat is not: it fails as a reset, delivered once', async () => {
    const server = await dropping();
    await (await post(server.base, false)).text();
    const error: unknown = await post(server.base, false).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET' } });
    expect(server.seen.get(String(seq))).toBe(1);
  });
});

describe('idle connections', () => {
  const answering = () =>
    peer(
      (_request, response) => {
        response.writeHead(200, QUIET);
        response.end('{}');
      },
      (server) => (server.keepAliveTimeout = 60_000),
    );

  it(`a request not safe to repeat reuses a connection idle under ${ONE_SHOT_IDLE_SOCKET_MS} ms and not one idle longer`, async () => {
    const server = await answering();
    await (await post(server.base, false)).text();
    await (await post(server.base, false)).text();
    expect(server.connections).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, ONE_SHOT_IDLE_SOCKET_MS + 300));
    await (await post(server.base, false)).text();
    expect(server.connections).toHaveLength(2);
    // The client closed the idle one itself, about when its limit passed.
    expect(server.connections[0]!.closedAfterMs).toBeGreaterThan(ONE_SHOT_IDLE_SOCKET_MS - 200);
  });

  it(`a request safe to repeat reuses a connection idle ${ONE_SHOT_IDLE_SOCKET_MS + 300} ms; the client closes it after ${IDLE_SOCKET_MS} ms`, async () => {
    const server = await answering();
    await (await post(server.base, true)).text();
    await new Promise((resolve) => setTimeout(resolve, ONE_SHOT_IDLE_SOCKET_MS + 300));
    await (await post(server.base, true)).text();
    expect(server.connections).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SOCKET_MS + 800));
    const [connection] = server.connections;
    expect(connection!.closedAfterMs).toBeGreaterThan(IDLE_SOCKET_MS - 200);
    expect(connection!.closedAfterMs).toBeLessThan(IDLE_SOCKET_MS + 700);
  }, 15_000);

  it("the server's Keep-Alive: timeout=2 hint closes it sooner, before the server would", async () => {
    const server = await peer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        connection: 'keep-alive',
        'keep-alive': 'timeout=2',
      });
      response.end('{}');
    });
    await (await post(server.base, true)).text();
    await new Promise((resolve) => setTimeout(resolve, 2_300));
    expect(server.connections[0]!.closedAfterMs).toBeLessThan(1_900);
  });
});

describe('an aborted request', () => {
  it('closes its connection at once (a connection is never left to an abandoned exchange)', async () => {
    const server = await peer(() => undefined);
    const controller = new AbortController();
    const pending = post(server.base, true, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reason = new Error('gave up');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    const [connection] = server.connections;
    const closed = once(connection!.socket, 'close').then(() => true);
    const late = new Promise((resolve) => setTimeout(() => resolve(false), 1_000));
    expect(connection!.socket.closed || (await Promise.race([closed, late]))).toBe(true);
  });
});
