// The Node transport (src/core/http/node-fetch.ts) against a real loopback server: what it sends
// (exact bytes, lengths, no chunked empty bodies), what it answers (a Response that reads as any
// other, decoded bodies, null-body statuses), and what it refuses to do (follow redirects), with
// fetch's own failure shapes (TypeError 'fetch failed' with the node error as its cause); and that
// it is what the clients use under Node when given no fetch.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch } from '../../src/core/http/node-fetch.js';
import { HssClient } from '../../src/hss/client.js';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
const sockets = new Set<Socket>();
let connections = 0;

/** Answers by path; every request is recorded with its exact body. */
function answer(request: IncomingMessage, response: ServerResponse, body: Buffer): void {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const text = '{"ok":true,"name":"\u00e9t\u00e9"}';
  switch (path) {
    case '/json':
      response.writeHead(201, 'Made', [
        ['content-type', 'application/json'],
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
        ['x-request-id', 'rid-1'],
      ]);
      return void response.end(text);
    case '/echo':
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      return void response.end(body);
    case '/empty':
      response.writeHead(204);
      return void response.end();
    case '/gzip':
    case '/deflate':
    case '/br': {
      const encode = { '/gzip': gzipSync, '/deflate': deflateSync, '/br': brotliCompressSync }[path];
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': path.slice(1) });
      return void response.end(encode(text));
    }
    case '/redirect':
      response.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' });
      return void response.end();
    case '/cut':
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"partial":');
      return void setTimeout(() => response.socket?.destroy(), 20);
    case '/hang':
      return;
    case '/v5/p1/image/security-report/statistic':
      response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'rid-2' });
      return void response.end('{"total_num":3}');
    default:
      response.writeHead(404);
      response.end();
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      answer(request, response, body);
    });
  });
  server.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  for (const socket of sockets) socket.destroy();
  server.close();
});

const last = () => seen.at(-1)!;

describe('what it sends', () => {
  it('the method, the headers and the exact body bytes, with their length', async () => {
    const body = '{"name":"\u00e9t\u00e9 \ud83d\ude00"}';
    const response = await nodeFetch(`${base}/echo?a=%20b`, {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json', 'x-sdk-date': '20261207T000000Z' }),
      body,
    });
    expect(response.status).toBe(200);
    expect(last()).toMatchObject({ method: 'POST', url: '/echo?a=%20b' });
    expect(last().headers).toMatchObject({
      'content-type': 'application/json',
      'x-sdk-date': '20261207T000000Z',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(last().body.equals(Buffer.from(body))).toBe(true);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(body))).toBe(true);
  });

  it('bytes as given, and headers as a record or pairs', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13]);
    await nodeFetch(`${base}/echo`, { method: 'PUT', headers: [['x-one', '1']], body: bytes });
    expect(last().body.equals(Buffer.from(bytes))).toBe(true);
    expect(last().headers['x-one']).toBe('1');
    await nodeFetch(`${base}/echo`, { method: 'PATCH', headers: { 'X-Two': '2' }, body: 'x' });
    expect(last().headers['x-two']).toBe('2');
  });

  it('a POST without a body says content-length 0, as fetch does, never a chunked empty body', async () => {
    await nodeFetch(`${base}/echo`, { method: 'POST' });
    expect(last().headers['content-length']).toBe('0');
    expect(last().headers['transfer-encoding']).toBeUndefined();
  });

  it('a GET has neither a length nor a chunked body', async () => {
    await nodeFetch(`${base}/echo`);
    expect(last().method).toBe('GET');
    expect(last().headers['content-length']).toBeUndefined();
    expect(last().headers['transfer-encoding']).toBeUndefined();
  });

  it('keeps the connection: calls one after the other share one socket', async () => {
    await nodeFetch(`${base}/echo`);
    const before = connections;
    for (let i = 0; i < 5; i++) await (await nodeFetch(`${base}/echo`)).text();
    expect(connections).toBe(before);
  });
});

describe('what it answers', () => {
  it('a Response with status, status text, every header (repeated ones too) and the body as UTF-8', async () => {
    const response = await nodeFetch(`${base}/json`);
    expect(response).toBeInstanceOf(Response);
    expect(response).toMatchObject({ status: 201, statusText: 'Made', ok: true });
    expect(response.headers.get('x-request-id')).toBe('rid-1');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ ok: true, name: '\u00e9t\u00e9' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('reads as any Response does: a clone, a stream, a blob', async () => {
    const response = await nodeFetch(`${base}/json`);
    const copy = response.clone();
    expect(await new Response(response.body).text()).toBe('{"ok":true,"name":"\u00e9t\u00e9"}');
    const blob = await copy.blob();
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toMatchObject({ ok: true });
  });

  it('a 204 has no body', async () => {
    const response = await nodeFetch(`${base}/empty`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe('');
  });

  it.each(['gzip', 'deflate', 'br'])('a %s-encoded answer is decoded', async (encoding) => {
    const response = await nodeFetch(`${base}/${encoding}`);
    expect(await response.json()).toEqual({ ok: true, name: '\u00e9t\u00e9' });
  });

  it('a body cut off after the headers: the response arrives, reading it fails', async () => {
    const response = await nodeFetch(`${base}/cut`);
    expect(response.status).toBe(200);
    const error: unknown = await response.text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'terminated' });
  });
});

describe('what it refuses', () => {
  it("a redirect is answered, not followed ('manual'), or rejected ('error')", async () => {
    const response = await nodeFetch(`${base}/redirect`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://127.0.0.1:9/elsewhere');
    const error: unknown = await nodeFetch(`${base}/redirect`, { redirect: 'error' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
  });

  it("a refused connection is fetch's TypeError with the node error as its cause", async () => {
    const error: unknown = await nodeFetch('http://127.0.0.1:9/').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('an unsupported protocol is refused before anything is sent', async () => {
    await expect(nodeFetch('ftp://127.0.0.1/')).rejects.toMatchObject({ message: 'fetch failed' });
  });

  it("an abort rejects with the signal's reason, before and during the request", async () => {
    const reason = new Error('gave up');
    await expect(nodeFetch(`${base}/echo`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const controller = new AbortController();
    const pending = nodeFetch(`${base}/hang`, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });
});

describe('what it hands to the platform fetch', () => {
  it('a Request object, unchanged', async () => {
    const response = await nodeFetch(new Request(`${base}/echo`, { method: 'POST', body: 'via fetch' }));
    expect(await response.text()).toBe('via fetch');
    expect(last().headers['user-agent']).toBeDefined();
  });
});

describe("the clients' default under Node", () => {
  it('is this transport, not the global fetch', async () => {
    const platform = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new Error('the global fetch was used'));
    try {
      const client = new HssClient({
        region: 'cn-north-4',
        endpoint: base,
        projectId: 'p1',
        credentials: { ak: 'AK0000000000', sk: 'SK0000000000' },
        env: {},
        maxRetries: 0,
      });
      const result = await client.showImageSecurityReportStatistic({ security_report_type: 'vulnerability' });
      expect(result).toMatchObject({ status: 200, requestId: 'rid-2', totalNum: 3 });
      expect(last().headers.authorization).toMatch(/^SDK-HMAC-SHA256 /);
    } finally {
      globalThis.fetch = platform;
    }
  });
});
