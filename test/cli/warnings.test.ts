// The CLI prints imagesec's own warnings (a credentials file other users can read) in its own
// shape: `imagesec: warning:` in text mode, a JSON line with --output json, never Node's
// `(node:PID) [CODE] Warning:` line, which a script reading JSON from stderr could not parse.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../helpers/cli.js';

function homeWithReadableProfile(): { home: string; file: string } {
  const home = mkdtempSync(join(tmpdir(), 'imagesec-warning-home-'));
  mkdirSync(join(home, '.huaweicloud'));
  const file = join(home, '.huaweicloud', 'credentials');
  writeFileSync(file, '[basic]\nak = AKWARNING0000000\nsk = SKWARNING0000000000000\nproject_id = p1\n');
  chmodSync(file, 0o644);
  return { home, file };
}

const DRY_RUN = ['hss', 'show-image-security-report-statistic', '--region', 'cn-north-4'];
const ARGS = [...DRY_RUN, '--security-report-type', 'vulnerability', '--dry-run'];

describe('a credentials file other users can read', () => {
  it('is used, with one `imagesec: warning:` line naming it and the fix', async () => {
    const { home, file } = homeWithReadableProfile();
    const result = await runCli(ARGS, { env: { HOME: home } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `imagesec: warning: ${file} holds credentials and other users can read it (mode 644); run chmod 600 ${file}`,
    );
    expect(result.stderr).not.toContain('(node:');
    expect(result.stderr).not.toContain('SKWARNING');
  });

  it('with --output json, the warning is a JSON line of its own', async () => {
    const { home } = homeWithReadableProfile();
    const result = await runCli([...ARGS, '--output', 'json'], { env: { HOME: home } });
    expect(result.code).toBe(0);
    expect(jsonLines(result.stderr)).toEqual([
      {
        warning: {
          code: 'IMAGESEC_CREDENTIALS_FILE_READABLE',
          message: expect.stringContaining('chmod 600') as string,
        },
      },
    ]);
  });
});

describe('--no-warnings', () => {
  it('silences them, as it does Node’s (NODE_OPTIONS or NODE_NO_WARNINGS)', async () => {
    const { home } = homeWithReadableProfile();
    for (const env of [{ NODE_OPTIONS: '--no-warnings' }, { NODE_NO_WARNINGS: '1' }]) {
      const result = await runCli(ARGS, { env: { HOME: home, ...env } });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
    }
  });
});
