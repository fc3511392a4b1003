// The mock launcher: starts Prism on loopback, reports failures with Prism's own words, and never
// leaves a process behind.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism } from '../../src/mock/prism.js';
import { specPath } from '../../src/mock/specs.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startPrism', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'imagesec-prism-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves a spec on a free loopback port and stops without a trace', async () => {
    const prism = await startPrism({ spec: specPath('sas') });
    expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(isRunning(prism.pid)).toBe(true);
    await prism.stop();
    expect(isRunning(prism.pid)).toBe(false);
    await prism.stop(); // idempotent
    await expect(fetch(prism.url, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  });

  it('starts under NODE_ENV=production too (Prism would fork its server there)', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const prism = await startPrism({ spec: specPath('sas') });
      try {
        const response = await fetch(prism.url, { method: 'POST', signal: AbortSignal.timeout(5_000) });
        expect(response.status).toBeGreaterThanOrEqual(200);
      } finally {
        await prism.stop();
      }
    } finally {
      if (before === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = before;
    }
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startPrism({ spec: specPath('sas'), host: '0.0.0.0' })).rejects.toThrow(/only started on loopback/);
  });

  it("fails with Prism's message, and no process left, when the spec is broken", async () => {
    const spec = join(dir, 'broken.yaml');
    await writeFile(
      spec,
      "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Missing'}\n",
    );
    await expect(startPrism({ spec })).rejects.toThrow(/exited before answering[\s\S]*Missing/);
  });

  it('does not mistake another server on the port for Prism', async () => {
    const squatter = createServer((_req, res) => res.end('not prism'));
    squatter.listen(0, '127.0.0.1');
    await once(squatter, 'listening');
    const { port } = squatter.address() as { port: number };
    try {
      // HSS: Prism itself cannot listen; SAS: Prism listens on a port of its own and the action
      // router in front of it cannot take the public one.
      await expect(startPrism({ spec: specPath('hss'), port })).rejects.toThrow(/exited before answering/);
      await expect(startPrism({ spec: specPath('sas'), port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      squatter.close();
    }
  });
});
