// The README's first command: `npm start` runs the five operations against the embedded mock and
// prints the summary; pointed at a real cloud without credentials it stops before any call.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnNode, type CliResult } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function start(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return spawnNode('scripts/start.ts', args, { cwd: ROOT, env, timeoutMs: 60_000 }).result;
}

describe('npm start (scripts/start.ts)', () => {
  it('runs all five operations against the embedded mock and prints the summary', async () => {
    const { code, stdout } = await start([]);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^(hss|sas) /.test(line));
    expect(rows.map((r) => r.split(/\s+/).slice(0, 4))).toEqual([
      ['hss', 'changeSensitiveInfo', 'mock', '200'],
      ['hss', 'addImageWhiteLists', 'mock', '200'],
      ['hss', 'batchScanLocalImage', 'mock', '200'],
      ['hss', 'showImageSecurityReportStatistic', 'mock', '200'],
      ['sas', 'operateImageVul', 'mock', '200'],
    ]);
    for (const row of rows) expect(row).toMatch(/\s[0-9a-fA-F-]{20,}\s+\d+\.\d$/);
    expect(stdout).toContain('5 of 5 operations sent and succeeded');
  }, 60_000);

  it('refuses a real-cloud run without credentials before calling anything (exit 2)', async () => {
    const { code, stdout, stderr } = await start(['--hss-region', 'cn-north-4'], { HUAWEICLOUD_SDK_PROJECT_ID: 'p1' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/no HSS credentials/);
    expect(stderr).toContain('Usage: npm start');
    expect(stdout).not.toMatch(/^hss /m);
  }, 60_000);
});
