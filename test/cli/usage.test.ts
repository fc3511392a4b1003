// Command lines the CLI cannot run: each exits 2 with one clear `imagesec:` line on stderr (or one
// JSON document with --output json) and sends nothing, even with --endpoint at a live server. And
// the help: every page exits 0 and documents every flag the generated metadata gives the
// operation; no arguments at all is a usage error that prints the help on stderr.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_FLAG_NAMES, GLOBAL_FLAGS, type GlobalFlag } from '../../src/cli/global-flags.js';
import { cloudOf } from '../../src/clouds.js';
import { cliCloud, findOperation, pagination, type CliOperation } from '../../src/cli/operations.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const server = useCaptureServer();
const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const CREDENTIALS = {
  HUAWEICLOUD_SDK_AK: CANARY.ak,
  HUAWEICLOUD_SDK_SK: CANARY.sk,
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};
const OPERATIONS: readonly CliOperation[] = [...cliCloud('hss').operations, ...cliCloud('sas').operations];
const CHANGE = findOperation('hss', 'change-sensitive-info')!;
const IMAGE_TYPE = CHANGE.options.find((o) => o.flag === 'image-type')!;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'imagesec-cli-usage-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A runnable change-sensitive-info command line, aimed at the capture server, with `extra` appended. */
function change(...extra: string[]): string[] {
  return [
    'hss',
    'change-sensitive-info',
    '--endpoint',
    server.url,
    '--project-id',
    PROJECT,
    '--image-type',
    'private_image',
    '--sensitive-info-id',
    '97daa311-d91d-4b9b-97ed-05b168344470',
    ...extra,
  ];
}

/** The same without one flag and its value. */
function changeWithout(flag: string, ...extra: string[]): string[] {
  const args = change(...extra);
  const at = args.indexOf(flag);
  args.splice(at, 2);
  return args;
}

function sas(...extra: string[]): string[] {
  return ['sas', 'operate-image-vul', '--endpoint', server.url, '--info', '[{"ids":[1]}]', ...extra];
}

interface UsageCase {
  readonly name: string;
  readonly args: () => string[];
  /** The message (text line after `imagesec: <Type>: `, and error.message in JSON). */
  readonly message: RegExp;
  readonly hint?: RegExp;
  readonly env?: Record<string, string>;
  /** Also run with --output json (appended) and check the JSON report. */
  readonly json?: boolean;
  readonly type?: string;
}

const CASES: readonly UsageCase[] = [
  {
    name: 'an unknown flag, with a did-you-mean for a near miss',
    args: () => changeWithout('--image-type', '--imge-type', 'private_image'),
    message: /^unknown flag --imge-type for hss change-sensitive-info$/,
    hint: /did you mean --image-type\?/,
    json: true,
  },
  {
    name: 'an unknown operation',
    args: () => ['hss', 'change-sensitiv', '--endpoint', server.url],
    message: /^unknown hss operation 'change-sensitiv'$/,
    hint: /did you mean change-sensitive-info\?/,
    json: true,
  },
  {
    name: 'an unknown cloud',
    args: () => ['gcp', 'change-sensitive-info', '--endpoint', server.url],
    message: /^unknown command 'gcp'$/,
    hint: /imagesec --help/,
    json: true,
  },
  {
    name: 'a value outside the enum (names --image-type, lists the choices)',
    args: () => changeWithout('--image-type', '--image-type', 'privat_image'),
    message: new RegExp(`--image-type .*${IMAGE_TYPE.enum!.map((v) => `"${v}"`).join('.*')}`),
    hint: /imagesec hss change-sensitive-info --help/,
    type: 'ValidationError',
    json: true,
  },
  {
    name: 'a malformed JSON --body',
    args: () => change('--body', '{"sensitive_info_id":'),
    message: /^--body is not valid JSON: /,
    json: true,
  },
  {
    name: 'a --body that is an array',
    args: () => change('--body', '[{"sensitive_info_id":"x"}]'),
    message: /^--body must be a JSON object/,
  },
  {
    name: 'an unreadable --body @missing.json',
    args: () => change('--body', '@missing.json'),
    message: /^cannot read --body file 'missing\.json': no such file or directory$/,
  },
  {
    name: 'a flag given twice',
    args: () => change('--image-type', 'shared_image'),
    message: /^--image-type is given more than once$/,
  },
  {
    name: 'a flag without its value',
    args: () => changeWithout('--sensitive-info-id', '--sensitive-info-id'),
    message: /^--sensitive-info-id needs a value$/,
  },
  {
    name: '--body on SAS, which has no request body',
    args: () => sas('--body', '{}'),
    message: /^sas operate-image-vul takes no request body/,
  },
  {
    name: '--project-id on SAS',
    args: () => sas('--project-id', PROJECT),
    message: /^--project-id applies to HSS only$/,
  },
  {
    name: '--concurrency without --each',
    args: () => change('--concurrency', '2'),
    message: /^--concurrency goes with --each$/,
  },
  {
    name: 'a bad --timeout',
    args: () => change('--timeout', '0'),
    message: /^--timeout must be a number of seconds above 0 .*not '0'$/,
  },
  {
    name: 'a bad --max-retries',
    args: () => change('--max-retries', '21'),
    message: /^--max-retries must be a whole number from 0 to 20, not '21'$/,
  },
  {
    name: '--skeleton with --wait (it would send the start)',
    args: () => ['hss', 'create-manual-image-scan-task', '--wait', '--skeleton', '--endpoint', server.url],
    message: /^--skeleton prints an input document and sends nothing; it does not go with --wait$/,
  },
  {
    name: 'a bad --output',
    args: () => change('--output', 'xml'),
    message: /^--output must be one of json, yaml, table, text, jsonl, not 'xml'$/,
  },
  {
    name: 'missing credentials (the hint names the environment variables)',
    args: () => change(),
    env: {},
    message: /^no HSS credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK$/,
    hint: /HUAWEICLOUD_SDK_SECURITY_TOKEN/,
    type: 'UsageError',
    json: true,
  },
  {
    name: 'a missing required flag (no --image-type)',
    args: () => changeWithout('--image-type'),
    message: /--image-type is required/,
    type: 'ValidationError',
    json: true,
  },
];

function cli(args: readonly string[], env: Record<string, string> = CREDENTIALS): Promise<CliResult> {
  return runCli(args, { env, cwd: dir });
}

describe('usage errors: exit 2, one line on stderr, nothing sent', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const env = c.env ?? CREDENTIALS;
    const [text, json] = await Promise.all([
      cli(c.args(), env),
      c.json === true ? cli([...c.args(), '--output', 'json'], env) : undefined,
    ]);

    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr.endsWith('\n')).toBe(true);
    const lines = text.stderr.trimEnd().split('\n');
    expect(lines, 'one line on stderr').toHaveLength(1);
    const line = lines[0]!;
    const head = /^imagesec: (\w+): (.*?)(?:\. Hint: (.*))?$/.exec(line);
    expect(head, `"${line}" reads imagesec: <Type>: <message>. Hint: <hint>`).not.toBeNull();
    const [, type = '', message = '', hint = ''] = head!;
    expect(type).toBe(c.type ?? 'UsageError');
    expect(message).toMatch(c.message);
    expect(hint).not.toBe('');
    if (c.hint !== undefined) expect(hint).toMatch(c.hint);
    expect(line).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack
    expectNoSecrets(text.stdout, text.stderr);

    if (json !== undefined) {
      expect(json.code).toBe(2);
      expect(json.stdout).toBe('');
      expect(json.stderr.trimEnd().split('\n'), 'one JSON document').toHaveLength(1);
      const report = JSON.parse(json.stderr) as { ok: unknown; error: Record<string, unknown> };
      expect(Object.keys(report).sort()).toEqual(['error', 'ok']);
      expect(report.ok).toBe(false);
      expect(report.error).toMatchObject({
        type: c.type ?? 'UsageError',
        exitCode: 2,
        message: expect.stringMatching(c.message) as unknown,
      });
      expect(report.error.hint).toEqual(expect.any(String));
      if (c.hint !== undefined) expect(report.error.hint).toMatch(c.hint);
      if (c.type === 'ValidationError')
        expect(report.error.violations).toEqual(
          expect.arrayContaining([expect.objectContaining({ path: '--image-type' })]),
        );
      expectNoSecrets(json.stdout, json.stderr);
    }

    // --endpoint pointed at a live server, and still nothing was sent.
    expect(server.requests).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------

/** A flag as the help shows it: booleans as `--[no-]name`. */
function shownFlag(option: CliOperation['options'][number]): string {
  return option.type === 'boolean' && !option.repeatable ? `--[no-]${option.flag}` : `--${option.flag}`;
}

describe('help and version', () => {
  it('imagesec --help exits 0 and lists every operation and global flag; no arguments prints the same on stderr and exits 2', async () => {
    const [help, bare] = await Promise.all([cli(['--help']), cli([])]);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    for (const operation of OPERATIONS) expect(help.stdout).toContain(operation.command);
    for (const flag of GLOBAL_FLAG_NAMES) expect(help.stdout).toContain(`--${flag}`);
    for (const name of [
      'HUAWEICLOUD_SDK_AK',
      'HUAWEICLOUD_SDK_SK',
      'ALIBABA_CLOUD_ACCESS_KEY_ID',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    ]) {
      expect(help.stdout).toContain(name);
    }
    expect(help.stdout).toMatch(/Exit codes:/);

    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toBe(help.stdout);
  });

  it('imagesec hss --help and imagesec sas --help list their operations', async () => {
    const [hss, sasHelp] = await Promise.all([cli(['hss', '--help']), cli(['sas', '--help'])]);
    for (const [cloud, result] of [
      ['hss', hss],
      ['sas', sasHelp],
    ] as const) {
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      for (const operation of cliCloud(cloud).operations) {
        expect(result.stdout).toContain(operation.command);
        expect(result.stdout).toContain(operation.summary);
      }
    }
  });

  it.each(OPERATIONS.map((o) => [`${o.cloud} ${o.command}`, o] as const))(
    'imagesec %s --help exits 0 and documents every flag of the operation',
    async (_, operation) => {
      const result = await cli([operation.cloud, operation.command, '--help', '--endpoint', server.url]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const text = result.stdout;
      expect(text).toMatch(new RegExp(`^imagesec ${operation.cloud} ${operation.command}: `));
      for (const option of operation.options) {
        expect(text, `${shownFlag(option)} is documented`).toContain(shownFlag(option));
        for (const value of option.enum ?? []) expect(text, `${option.flag} value ${value}`).toContain(value);
        if (option.required) expect(text).toMatch(/Required/);
      }
      for (const filled of operation.clientFilled) expect(text).toContain(`--${filled.flag}`);
      for (const [flag, spec] of Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][]) {
        // --project-id is HSS-only; --body only for operations that have a body;
        // --all and --max-items only for list operations.
        const applies =
          (spec.setting === undefined || cloudOf(operation.cloud).settings.includes(spec.setting)) &&
          (flag !== 'body' || operation.body !== undefined) &&
          (spec.lists !== true || pagination(operation) !== null);
        if (applies) expect(text).toContain(`--${flag}`);
        else expect(text, `--${flag} is not offered for ${operation.cloud}`).not.toMatch(new RegExp(`--${flag}\\b`));
      }
      expect(text).toContain(operation.operationId);
      expect(text).toContain("Example (the spec's example request):");
      // The example runs as printed: it names where to send (--region).
      expect(text.slice(text.indexOf("Example (the spec's example request):"))).toContain('--region ');
      expect(server.requests).toHaveLength(0);
    },
  );

  it('imagesec --version prints the package version', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const result = await cli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
