// Every answer is read under a limit (maxResponseBytes, 16 MiB by default), counted as it arrives
// and again as it is decoded: a compression bomb or an endless body ends as a ResponseError (a
// CredentialsError for a credential source) at the limit, fast, in bounded memory and without
// blocking the event loop, and it is not downloaded again. Bad and unknown encodings are said so,
// not reported as connection failures. The costly cases run in a child process
// (helpers/measured-call.ts), which measures its own peak memory and event-loop stalls.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, createBrotliCompress, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, ResponseError } from '../../src/core/errors.js';
import { nodeFetch } from '../../src/core/http/node-fetch.js';
import { HssClient } from '../../src/hss/client.js';
import { NODE_SOURCE_ARGS } from '../helpers/cli.js';

const MiB = 2 ** 20;
const ANSWER = '{"total_num":3}';
const CHILD = fileURLToPath(new URL('../helpers/measured-call.ts', import.meta.url));

let server: Server;
let base: string;
let scenario: (response: ServerResponse) => void = () => undefined;
let hits = 0;
const sockets = new Set<Socket>();

/** 1 GiB of zeros as 1,024 gzip members of 1 MiB each: about 1 MB on the wire. */
const gzipBomb = Buffer.concat(Array.from({ length: 1024 }, () => gzipSync(Buffer.alloc(MiB))));
let brotliBomb: Buffer;

/** Brotli of 1 GiB of zeros: under 2 kB on the wire. */
async function makeBrotliBomb(): Promise<Buffer> {
  const compressor = createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  const chunks: Buffer[] = [];
  compressor.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(MiB);
  for (let i = 0; i < 1024; i++) if (!compressor.write(zeros)) await once(compressor, 'drain');
  compressor.end();
  await once(compressor, 'end');
  return Buffer.concat(chunks);
}

function encoded(coding: string, body: Buffer): (response: ServerResponse) => void {
  return (response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': coding,
      'x-request-id': 'rid-7',
    });
    response.end(body);
  };
}

/** Writes 64 KiB chunks for as long as the client reads. */
function endless(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json' });
  pumpJunk(response);
}

const sleep = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));

/** After whatever was written: 64 KiB chunks of spaces for as long as the client reads. */
function pumpJunk(response: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const pump = () => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once('drain', pump);
  };
  pump();
}

beforeAll(async () => {
  brotliBomb = await makeBrotliBomb();
  server = createServer((request, response) => {
    request.resume();
    if (request.url === '/warm-up') return void response.end(ANSWER);
    hits++;
    scenario(response);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  server.close();
  await once(server, 'close');
});

interface Measured {
  readonly ok: boolean;
  readonly name?: string;
  readonly message?: string;
  readonly problem?: string;
  readonly code?: string;
  readonly attempts?: number;
  readonly elapsedMs: number;
  readonly peakGrowthMiB: number;
  readonly longestGapMs: number;
}

/** One request from a child process against the current scenario, with its costs. */
async function measured(via: 'call' | 'credentials', timeoutMs = 2000): Promise<Measured> {
  hits = 0;
  const child = spawn(process.execPath, [...NODE_SOURCE_ARGS, '--expose-gc', CHILD, base, via, String(timeoutMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  if (code !== 0) throw new Error(`the child exited ${code}: ${stderr}`);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Measured;
}

// Generous bounds for a loaded 2-core machine; before the limit, the same answers cost 3-8 GB of
// memory, 8-24 s and event-loop stalls of seconds.
const BOUNDS = { elapsedMs: 1500, peakGrowthMiB: 96, longestGapMs: 400 };

function expectBounded(result: Measured): void {
  expect(result.elapsedMs).toBeLessThan(BOUNDS.elapsedMs);
  expect(result.peakGrowthMiB).toBeLessThan(BOUNDS.peakGrowthMiB);
  expect(result.longestGapMs).toBeLessThan(BOUNDS.longestGapMs);
}

describe('a call reads at most maxResponseBytes', () => {
  it('a gzip bomb (1 MB expanding to 1 GiB) is a ResponseError at the limit, in bounded memory, not retried', async () => {
    scenario = encoded('gzip', gzipBomb);
    const result = await measured('call');
    expect(result).toMatchObject({ ok: false, name: 'ResponseError', problem: 'too-large', attempts: 1 });
    expect(result.message).toMatch(/decodes to more than the limit of 16777216 bytes/);
    expect(hits).toBe(1);
    expectBounded(result);
  });

  it('a brotli bomb (under 2 kB expanding to 1 GiB) ends the same way', async () => {
    expect(brotliBomb.byteLength).toBeLessThan(4096);
    scenario = encoded('br', brotliBomb);
    const result = await measured('call');
    expect(result).toMatchObject({ ok: false, name: 'ResponseError', problem: 'too-large', attempts: 1 });
    expect(hits).toBe(1);
    expectBounded(result);
  });

  it('an endless body ends at the limit, not at the timeout', async () => {
    scenario = endless;
    const result = await measured('call', 10_000);
    expect(result).toMatchObject({ ok: false, name: 'ResponseError', problem: 'too-large', attempts: 1 });
    expect(result.message).toMatch(/larger than the limit of 16777216 bytes/);
    expectBounded(result);
  });

  it('a credential source reads at most 1 MiB: a bomb is a CredentialsError naming the source', async () => {
    scenario = encoded('gzip', gzipBomb);
    const result = await measured('credentials');
    expect(result).toMatchObject({ ok: false, name: 'CredentialsError', code: 'RESPONSE_TOO_LARGE' });
    expect(result.message).toMatch(/^test source: credentials at http:\/\/127\.0\.0\.1:\d+: the response body decodes/);
    expectBounded(result);
  });
});

function client(
  options: { fetch?: typeof fetch; maxResponseBytes?: number; maxRetries?: number; timeoutMs?: number } = {},
): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: base,
    projectId: 'p1',
    credentials: { ak: 'AK0000000000', sk: 'SK0000000000' },
    env: {},
    ...options,
  });
}

const call = (c: HssClient, options?: { maxResponseBytes?: number }) =>
  c.showImageSecurityReportStatistic({ security_report_type: 'vulnerability' }, options);

describe('the limit is the caller’s', () => {
  const big = JSON.stringify({ total_num: 3, padding: 'x'.repeat(2000) });

  it('an answer over maxResponseBytes (client or call) fails; the same answer within it succeeds', async () => {
    scenario = (response) => response.end(big);
    await expect(call(client({ maxResponseBytes: 1000 }))).rejects.toMatchObject({
      name: 'ResponseError',
      status: 200,
      problem: 'too-large',
      message: expect.stringMatching(/^HTTP 200: the response body is larger than the limit of 1000 bytes$/) as string,
    });
    await expect(call(client(), { maxResponseBytes: 1000 })).rejects.toBeInstanceOf(ResponseError);
    await expect(call(client({ maxResponseBytes: 1000 }), { maxResponseBytes: 4000 })).resolves.toMatchObject({
      totalNum: 3,
    });
  });

  it('the same limit holds for a fetch the caller gives (the platform fetch here)', async () => {
    scenario = encoded('gzip', gzipBomb);
    hits = 0;
    const error: unknown = await call(client({ fetch: globalThis.fetch, maxResponseBytes: MiB })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'ResponseError', problem: 'too-large', attempts: 1 });
    expect(hits).toBe(1);
  });

  it('a bad limit is refused before anything is sent', async () => {
    expect(() => client({ maxResponseBytes: 0 })).toThrow(/options\.maxResponseBytes must be a whole number of bytes/);
    hits = 0;
    await expect(call(client(), { maxResponseBytes: 1.5 })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(hits).toBe(0);
  });
});

describe('encodings', () => {
  it('stacked codings (gzip, br) are undone in reverse order', async () => {
    scenario = encoded('gzip, br', brotliCompressSync(gzipSync(ANSWER)));
    await expect(call(client())).resolves.toMatchObject({ totalNum: 3 });
  });

  it('a corrupt gzip body is a ResponseError saying so, with the request id, not a connection error; not retried', async () => {
    const corrupt = gzipSync(ANSWER);
    corrupt.fill(0xff, 10, 20);
    scenario = encoded('gzip', corrupt);
    hits = 0;
    const error: unknown = await call(client()).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ name: 'ResponseError', problem: 'bad-encoding', requestId: 'rid-7', attempts: 1 });
    expect((error as Error).message).toMatch(/not valid gzip \(Z_DATA_ERROR\)/);
    expect(hits).toBe(1);
  });

  it('a truncated gzip body is a bad encoding too', async () => {
    scenario = encoded('gzip', gzipSync(ANSWER).subarray(0, 12));
    await expect(call(client())).rejects.toMatchObject({ name: 'ResponseError', problem: 'bad-encoding' });
  });

  it('a coding imagesec does not decode is refused by name, and a hostile name is not echoed', async () => {
    scenario = encoded('compress', Buffer.from(ANSWER));
    await expect(call(client())).rejects.toMatchObject({
      name: 'ResponseError',
      problem: 'unsupported-encoding',
      message: expect.stringContaining('content-encoding compress, which imagesec does not decode') as string,
    });
    scenario = encoded('x-<script>alert(1)</script>', Buffer.from(ANSWER));
    const error: unknown = await call(client()).catch((e: unknown) => e);
    expect((error as Error).message).toContain('content-encoding (unreadable)');
    expect((error as Error).message).not.toContain('script');
  });

  it("a corrupt brotli body is a bad encoding under the platform fetch too, with brotli's own code", async () => {
    // Bytes brotli refuses with one of its format errors (ERR__ERROR_FORMAT_RESERVED).
    scenario = encoded('br', Buffer.from([28, 0x5a, 0xa5, 0x3c, 0xc3, 0x0f, 0xf0, 0x99]));
    for (const c of [client(), client({ fetch: globalThis.fetch })]) {
      hits = 0;
      const error: unknown = await call(c).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ResponseError', problem: 'bad-encoding', attempts: 1 });
      expect((error as Error).message).toMatch(/not valid br \(ERR__ERROR_FORMAT_RESERVED\)/);
      expect(hits).toBe(1);
    }
  });

  it('a compressed body that goes on after its compressed data ends is refused at once', async () => {
    scenario = (response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' });
      response.write(brotliCompressSync(ANSWER));
      pumpJunk(response);
    };
    const started = performance.now();
    const error: unknown = await call(client({ maxRetries: 0, timeoutMs: 5000 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResponseError', problem: 'bad-encoding' });
    expect((error as Error).message).toContain('goes on after the end of its br data');
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('one that stalls after its compressed data ends at the attempt time limit, its connection closed', async () => {
    let socket: Socket | undefined;
    scenario = (response) => {
      socket = response.socket ?? undefined;
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' });
      response.write(brotliCompressSync(ANSWER));
    };
    const error: unknown = await call(client({ maxRetries: 0, timeoutMs: 300 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError' });
    const closed =
      socket?.closed === true || (await Promise.race([once(socket!, 'close').then(() => true), sleep(1000)]));
    expect(closed).toBe(true);
  });

  it('an encoded answer with no bytes is an empty body, as fetch reads it', async () => {
    scenario = (response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end();
    };
    const response = await nodeFetch(`${base}/empty`);
    expect(await response.text()).toBe('');
  });

  it('a HEAD answer has no body, whatever length it announces', async () => {
    scenario = (response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(64 * MiB) });
      response.end();
    };
    const response = await nodeFetch(`${base}/head`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
