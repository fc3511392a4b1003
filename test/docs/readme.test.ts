// The README's workflow recipes cannot rot: each TypeScript recipe is examples/recipes.ts's code
// as it is there (which runs here against the mock), and each shell recipe runs against the mock
// with bash, jq and the imagesec CLI, as a user would paste it.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HssClient, SasClient } from 'imagesec';
import * as recipes from '../../examples/recipes.js';
import { CLI, EMPTY_HOME, NODE_SOURCE_ARGS } from '../helpers/cli.js';
import { usePrism } from '../helpers/prism.js';

const run = promisify(execFile);
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const RECIPES = readFileSync(new URL('../../examples/recipes.ts', import.meta.url), 'utf8');

/** `name → code` of the blocks after `<!-- marker: name ... -->` in the README. */
function readmeBlocks(marker: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const pattern = new RegExp(`<!-- ${marker}: ([\\w-]+)[^>]*-->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``, 'g');
  for (const [, name, code] of README.matchAll(pattern)) blocks.set(name!, code!);
  return blocks;
}

/** `name → code` of the `// recipe: name` … `// end recipe` parts of examples/recipes.ts. */
function fileRecipes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, code] of RECIPES.matchAll(/\/\/ recipe: ([\w-]+)\n([\s\S]*?)\/\/ end recipe\n/g)) {
    found.set(name!, code!);
  }
  return found;
}

const hssMock = usePrism('hss');
const sasMock = usePrism('sas');
const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

it('the README shows examples/strict-mock.test.ts (run by vitest) as it is', () => {
  const shown = /<!-- example: examples\/strict-mock\.test\.ts -->\n```ts\n([\s\S]*?)```/.exec(README)?.[1];
  expect(shown).toBe(readFileSync(new URL('../../examples/strict-mock.test.ts', import.meta.url), 'utf8'));
});

describe('README workflow recipes', () => {
  const fromFile = fileRecipes();

  it('shows one TypeScript and one shell recipe per seed operation', () => {
    expect([...fromFile.keys()]).toHaveLength(5);
    expect([...readmeBlocks('recipe').keys()]).toEqual([...fromFile.keys()]);
    expect([...readmeBlocks('cli-recipe').keys()]).toEqual([...fromFile.keys()]);
  });

  it.each([...fromFile])('%s: the README shows examples/recipes.ts as it is', (name, code) => {
    expect(readmeBlocks('recipe').get(name)).toBe(code);
  });

  it('every TypeScript recipe runs against the mock', async () => {
    const hss = new HssClient({
      region: 'cn-north-4',
      endpoint: hssMock.url,
      projectId: PROJECT,
      credentials: { ak: 'EXAMPLEAK0123456789', sk: 'example-sk-for-the-mock' },
      env: {},
    });
    const sas = new SasClient({
      endpoint: sasMock.url,
      credentials: { accessKeyId: 'LTAI5tExampleKeyId', accessKeySecret: 'example-secret-for-the-mock' },
      env: {},
    });
    const lines: string[] = [];
    const report = (line: string) => void lines.push(line);
    expect(await recipes.ignoreSensitiveFindings(hss, report)).not.toHaveLength(0);
    expect(await recipes.whitelistVulnerabilities(hss, report)).not.toHaveLength(0);
    expect(await recipes.rescanFailedImages(hss, report)).toBeGreaterThan(0);
    expect(await recipes.exportSecurityReport(hss, report)).toMatch(/\S/);
    expect(await recipes.fixImageVulnerabilities(sas, report)).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/ignore/);
  });

  it.each([...readmeBlocks('cli-recipe')])(
    '%s: the shell recipe runs against the mock (bash, jq, imagesec)',
    async (_, script) => {
      const dir = mkdtempSync(join(tmpdir(), 'imagesec-recipe-'));
      // `imagesec` on PATH: the repository's CLI, from its TypeScript sources.
      const bin = join(dir, 'bin');
      await run('mkdir', ['-p', bin]);
      writeFileSync(
        join(bin, 'imagesec'),
        `#!/bin/sh\nexec "${process.execPath}" ${NODE_SOURCE_ARGS.map((a) => `'${a}'`).join(' ')} '${CLI}' "$@"\n`,
      );
      chmodSync(join(bin, 'imagesec'), 0o755);
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: dir,
        env: {
          PATH: `${bin}:${process.env.PATH ?? ''}`,
          HOME: EMPTY_HOME,
          HSS: `--endpoint ${hssMock.url} --region cn-north-4`,
          SAS: `--endpoint ${sasMock.url}`,
          HUAWEICLOUD_SDK_AK: 'EXAMPLEAK0123456789',
          HUAWEICLOUD_SDK_SK: 'example-sk-for-the-mock',
          HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
          ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tExampleKeyId',
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'example-secret-for-the-mock',
        },
        timeout: 60_000,
      });
      expect(stdout).toMatch(/\S/);
    },
    90_000,
  );
});
