// The README's workflow recipes cannot rot: each TypeScript recipe is examples/recipes.ts's code
// as it is there (which runs here against the strict mock), and each shell recipe runs against the
// strict mock with bash, jq and the imagesec CLI, as a user would paste it. The image-loop recipes
// run with their scene (examples/scenes.ts: the scripted answers that take a scan to its end).
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HssClient, SasClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';
import * as recipes from '../../examples/recipes.js';
import { playScene, SCENES } from '../../examples/scenes.js';
import { CLI, EMPTY_HOME, NODE_SOURCE_ARGS } from '../helpers/cli.js';

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

/** The exit status a shell recipe's marker announces (`<!-- cli-recipe: name (exit 1 …) -->`), else 0. */
function announcedExit(name: string): number {
  const marker = new RegExp(`<!-- cli-recipe: ${name}\\b([^>]*)-->`).exec(README)?.[1] ?? '';
  return Number(/\(exit (\d+)/.exec(marker)?.[1] ?? 0);
}

/** `name → code` of the `// recipe: name` … `// end recipe` parts of examples/recipes.ts. */
function fileRecipes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, code] of RECIPES.matchAll(/\/\/ recipe: ([\w-]+)\n([\s\S]*?)\/\/ end recipe\n/g)) {
    found.set(name!, code!);
  }
  return found;
}

const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
/** Short waits between polls against the mock (the spec's are seconds to minutes). */
const POLLS = { minDelayMs: 10, maxDelayMs: 50 } as const;
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock();
}, 60_000);
afterAll(() => mock.close());

/** The clients the TypeScript recipes get: the mock's endpoints, the example keys. */
function mockClients(): { hss: HssClient; sas: SasClient } {
  const hss = new HssClient({
    region: 'cn-north-4',
    endpoint: mock.urls.hss,
    projectId: PROJECT,
    credentials: { ak: 'EXAMPLEAK0123456789', sk: 'example-sk-for-the-mock' },
    env: {},
  });
  const sas = new SasClient({
    endpoint: mock.urls.sas,
    credentials: { accessKeyId: 'LTAI5tExampleKeyId', accessKeySecret: 'example-secret-for-the-mock' },
    env: {},
  });
  return { hss, sas };
}

it.each(['strict-mock.test.ts', 'strict-mock-scripted.test.ts'])(
  'the README shows examples/%s (run by vitest) as it is',
  (file) => {
    const marker = `<!-- example: examples/${file} -->\n\`\`\`ts\n`;
    const start = README.indexOf(marker);
    expect(start).toBeGreaterThan(0);
    const shown = README.slice(start + marker.length, README.indexOf('```', start + marker.length));
    expect(shown).toBe(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
  },
);

describe('README workflow recipes', () => {
  const fromFile = fileRecipes();

  it('shows one TypeScript and one shell recipe per seed operation and four of the image loop', () => {
    expect([...fromFile.keys()]).toHaveLength(9);
    expect(SCENES.every((name) => fromFile.has(name))).toBe(true);
    expect([...readmeBlocks('recipe').keys()]).toEqual([...fromFile.keys()]);
    expect([...readmeBlocks('cli-recipe').keys()]).toEqual([...fromFile.keys()]);
  });

  it.each([...fromFile])('%s: the README shows examples/recipes.ts as it is', (name, code) => {
    expect(readmeBlocks('recipe').get(name)).toBe(code);
  });

  it('every TypeScript recipe runs against the mock', async () => {
    const { hss, sas } = mockClients();
    const lines: string[] = [];
    const report = (line: string) => void lines.push(line);
    expect(await recipes.ignoreSensitiveFindings(hss, report)).not.toHaveLength(0);
    expect(await recipes.whitelistVulnerabilities(hss, report)).not.toHaveLength(0);
    expect(await recipes.rescanFailedImages(hss, report)).toBeGreaterThan(0);
    expect(await recipes.exportSecurityReport(hss, report)).toMatch(/\S/);
    expect(await recipes.fixImageVulnerabilities(sas, report)).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/ignore/);
  });

  it('every image-loop recipe plays its scene to the end against the mock', async () => {
    const { hss, sas } = mockClients();
    const lines: string[] = [];
    const report = (line: string) => void lines.push(line);
    // The scene's image has findings: the gate says no.
    playScene(mock, 'hss-scan-gate');
    expect(await recipes.hssScanGate(hss, POLLS, report)).toBe(false);
    expect(mock.scripted('ListImageScanTask')).toEqual({ served: 4, remaining: 0 });
    expect(lines).toContain('library/nginx:1.25: 2 to repair now, 1 malicious files');
    playScene(mock, 'hss-accept-and-verify');
    const accepted = { vulnerabilities: ['CVE-2024-6387'], baselineRules: ['1.1'] };
    expect(await recipes.hssAcceptAndVerify(hss, accepted, POLLS, report)).toEqual(['1.6']);
    expect(lines).toContain('CVE-2024-6387: whitelisted');
    playScene(mock, 'sas-scan-gate');
    expect(await recipes.sasScanGate(sas, POLLS, report)).toBe(false);
    expect(mock.scripted('GetOnceTaskResultInfo')).toEqual({ served: 2, remaining: 0 });
    playScene(mock, 'sas-accept-and-verify');
    const key = 'hc.image.checklist.identify.ak_leak.item';
    expect(await recipes.sasAcceptAndVerify(sas, [key], POLLS, report)).toEqual([
      'hc.image.checklist.identify.duplicate_uid.item',
    ]);
    expect(lines).toContain(`${key}: whitelisted`);
  });

  it.each([...readmeBlocks('cli-recipe')])(
    '%s: the shell recipe runs against the mock (bash, jq, imagesec)',
    async (name, script) => {
      const dir = mkdtempSync(join(tmpdir(), 'imagesec-recipe-'));
      // `imagesec` on PATH: the repository's CLI, from its TypeScript sources.
      const bin = join(dir, 'bin');
      await run('mkdir', ['-p', bin]);
      writeFileSync(
        join(bin, 'imagesec'),
        `#!/bin/sh\nexec "${process.execPath}" ${NODE_SOURCE_ARGS.map((a) => `'${a}'`).join(' ')} '${CLI}' "$@"\n`,
      );
      chmodSync(join(bin, 'imagesec'), 0o755);
      if (SCENES.includes(name)) playScene(mock, name);
      else mock.reset();
      const outcome = await run('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: dir,
        env: {
          PATH: `${bin}:${process.env.PATH ?? ''}`,
          HOME: EMPTY_HOME,
          HSS: `--endpoint ${mock.urls.hss} --region cn-north-4`,
          SAS: `--endpoint ${mock.urls.sas}`,
          POLL: '--min-delay 0.01 --max-delay 0.05',
          HUAWEICLOUD_SDK_AK: 'EXAMPLEAK0123456789',
          HUAWEICLOUD_SDK_SK: 'example-sk-for-the-mock',
          HUAWEICLOUD_SDK_PROJECT_ID: PROJECT,
          ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tExampleKeyId',
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'example-secret-for-the-mock',
        },
        timeout: 60_000,
      }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code?: unknown; stdout?: string; stderr?: string }) => ({
          code: typeof error.code === 'number' ? error.code : -1,
          stdout: `${error.stdout ?? ''}${error.stderr ?? ''}`,
        }),
      );
      expect(outcome.stdout).toMatch(/\S/);
      expect(outcome.code, outcome.stdout).toBe(announcedExit(name));
    },
    90_000,
  );
});
