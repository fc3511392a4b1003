// The README's first command: `npm start` runs every operation of both tables against the embedded
// mock, then the README's recipes (the image loop's with their scripted scenes), and prints the
// summary; pointed at a real cloud without credentials it stops before any call.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationTable as hssOperations } from '../../generated/hss.operations.js';
import { operationTable as sasOperations } from '../../generated/sas.operations.js';
import { spawnNode, type CliResult } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function start(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return spawnNode('scripts/start.ts', args, { cwd: ROOT, env, timeoutMs: 60_000 }).result;
}

describe('npm start (scripts/start.ts)', () => {
  it('runs every operation against the embedded mock, then the recipes, and prints the summary', async () => {
    const { code, stdout } = await start([]);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^(hss|sas) /.test(line));
    const operations = [
      ...Object.values(hssOperations).map((o) => ['hss', o.method, 'mock', '200']),
      ...Object.values(sasOperations).map((o) => ['sas', o.method, 'mock', '200']),
    ];
    const calls = rows.filter((r) => !/^\w+\s+recipe /.test(r));
    expect(calls.map((r) => r.split(/\s+/).slice(0, 4))).toEqual(operations);
    for (const row of calls) expect(row).toMatch(/\s[0-9a-fA-F*-]{20,}\s+\d+\.\d$/);
    const recipes = rows.filter((r) => /^\w+\s+recipe /.test(r));
    // The five workflows, then the four of the image loop (each played against its scene).
    expect(recipes).toHaveLength(9);
    for (const row of recipes) expect(row).toMatch(/\smock\s+ok\s/);
    expect(stdout).toContain(
      `${operations.length} of ${operations.length} operations sent and succeeded; 9 recipes run`,
    );
  }, 60_000);

  it('refuses a real-cloud run without credentials before calling anything (exit 2)', async () => {
    const { code, stdout, stderr } = await start(['--hss-region', 'cn-north-4'], { HUAWEICLOUD_SDK_PROJECT_ID: 'p1' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/no HSS credentials/);
    expect(stderr).toContain('Usage: npm start');
    expect(stdout).not.toMatch(/^hss /m);
  }, 60_000);
});
