// The README's first command: `npm start` runs the five operations against the embedded mock and
// prints the summary; pointed at a real cloud without credentials it stops before any call.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function start(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const child = spawn(process.execPath, [tsx, 'scripts/start.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
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
