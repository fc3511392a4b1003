// --output json|yaml|table|text|jsonl, --query and -e, from the CLI as users run it, against the
// strict mock (signatures, request checks and Prism's validation on) with scripted answers the spec
// accepts: a single answer, an --all stream, a bulk run's result lines and a wait's last answer.
// Tables at widths 40, 80 and 200 (COLUMNS), on a real terminal (a pty from script(1)) and without one.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startMock, type RunningMock } from '../../src/testing/index.js';
import { displayWidth } from '../../src/cli/display-width.js';
import { CLI, jsonLines, NODE_SOURCE_ARGS, runCli, EMPTY_HOME } from '../helpers/cli.js';

const hssCredentials = { ak: 'OUTPUTTESTAK00000001', sk: 'output-test-secret-key-01' };
const sasCredentials = { accessKeyId: 'LTAI5tOUTPUTTEST00001', accessKeySecret: 'output-test-secret-0001' };
const ENV = {
  HUAWEICLOUD_SDK_AK: hssCredentials.ak,
  HUAWEICLOUD_SDK_SK: hssCredentials.sk,
  HUAWEICLOUD_SDK_PROJECT_ID: '0123456789abcdef0123456789abcdef',
  ALIBABA_CLOUD_ACCESS_KEY_ID: sasCredentials.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: sasCredentials.accessKeySecret,
};

const image = (name: string, version: string, status: string, vulnerabilities: number) => ({
  image_name: name,
  image_id: `c499ab72-7ee9-4ee6-b6b7-5973230e7a7${vulnerabilities % 10}`,
  image_version: version,
  scan_status: status,
  vul_num: vulnerabilities,
});
const IMAGES = [
  image('swr.cn-north-4.myhuaweicloud.com/library/nginx', '1.25', 'success', 12),
  image('swr.cn-north-4.myhuaweicloud.com/team/镜像-支付服务', 'v2.3.1-release-candidate', 'failed', 0),
  image('redis', '7\u001b[31m', 'success', 3),
];

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ credentials: { hss: [hssCredentials], sas: [sasCredentials] } });
}, 60_000);
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  mock.script('ListImageLocal', { body: { total_num: IMAGES.length, data_list: IMAGES } });
});

const hss = (args: readonly string[], env: Record<string, string> = {}) =>
  runCli(['hss', 'list-image-local', ...args, '--endpoint', mock.urls.hss!, '--region', 'cn-north-4'], {
    env: { ...ENV, ...env },
  });

describe('--query', () => {
  it('prints what the expression makes of the answer, in each format', async () => {
    const names = IMAGES.map((i) => i.image_name);
    const json = await hss(['--query', 'data_list[].image_name', '--output', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout)).toEqual(names);
    const text = await hss(['--query', 'data_list[].image_name']);
    expect(text.stdout).toBe(`${names.join('\n')}\n`);
    const rows = await hss(['--query', 'data_list[].[image_name, vul_num]', '--output', 'text']);
    expect(rows.stdout.split('\n')[0]).toBe(`${names[0]}\t12`);
    const yaml = await hss(['--query', 'data_list[?vul_num > `5`]', '--output', 'yaml']);
    expect(parseYaml(yaml.stdout)).toEqual([IMAGES[0]]);
    const jsonl = await hss(['--query', 'data_list[].scan_status', '--output', 'jsonl']);
    expect(jsonLines(jsonl.stdout)).toEqual(['success', 'failed', 'success']);
  });

  it('a wrong expression is a usage error pointing at its column, before anything is sent', async () => {
    const { code, stdout, stderr } = await hss(['--query', 'data_list[?scan_status == ']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--query: the expression ends too early at column 27: data_list\[\?scan_status == >>>/);
    expect(mock.requests).toHaveLength(0);
    const json = await hss(['--query', 'data_list[].nope(@)', '--output', 'json']);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stderr) as { ok: boolean; error: { type: string; message: string } };
    expect(report).toMatchObject({ ok: false, error: { type: 'UsageError' } });
    expect(report.error.message).toMatch(/at column 13/);
  });

  it('applies to each item with --all, leaving out what it makes null', async () => {
    const query = "scan_status == 'failed' && image_name || null";
    const { code, stdout } = await hss(['--all', '--query', query, '--output', 'jsonl']);
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([IMAGES[1]!.image_name]);
    // text: a line per item for the shell, strings bare, a list's values tab-separated.
    expect((await hss(['--all', '--query', query])).stdout).toBe(`${IMAGES[1]!.image_name}\n`);
    const rows = await hss(['--all', '--query', '[image_version, vul_num]']);
    expect(rows.stdout).toBe('1.25\t12\nv2.3.1-release-candidate\t0\n7\\x1b[31m\t3\n');
  });

  it('applies to each result line of a bulk run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'imagesec-output-'));
    const lines = join(dir, 'lines.jsonl');
    await writeFile(lines, '{"image_name":"nginx"}\n{"image_name":"redis"}\n');
    const { code, stdout } = await hss([
      '--each',
      lines,
      '--concurrency',
      '1',
      '--query',
      '{line: line, ok: ok, images: data.total_num}',
    ]);
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([
      { line: 1, ok: true, images: 3 },
      { line: 2, ok: true, images: 3 },
    ]);
  });

  it("reads a wait's last answer", async () => {
    mock.script('ListImageLocal', { body: { total_num: 1, data_list: [IMAGES[0]] } });
    const { code, stdout } = await runCli(
      [
        'hss',
        'wait',
        'local-image-scanned',
        '--image-name',
        'nginx',
        '--query',
        'data_list[0].scan_status',
        '--endpoint',
        mock.urls.hss!,
        '--region',
        'cn-north-4',
      ],
      { env: ENV },
    );
    expect(code).toBe(0);
    expect(stdout).toBe('success\n');
  });
});

describe('-e/--exit-status', () => {
  it('exits 5 when the result is null, false or empty, 0 otherwise', async () => {
    const failed = await hss(['--query', "data_list[?scan_status=='failed'].image_name", '-e']);
    expect(failed.code).toBe(0);
    const none = await hss(['--query', "data_list[?scan_status=='unscan'].image_name", '--exit-status']);
    expect(none).toMatchObject({ code: 5, stdout: '' });
    expect((await hss(['--query', 'contains(data_list[].scan_status, `"failed"`)', '-e'])).code).toBe(0);
    expect((await hss(['--query', 'contains(data_list[].scan_status, `"unscan"`)', '-e'])).code).toBe(5);
  });

  it('with --all: 5 when no item gave a result', async () => {
    const none = await hss(['--all', '--query', "scan_status == 'unscan' && image_name || null", '-e']);
    expect(none).toMatchObject({ code: 5, stdout: '' });
    const some = await hss(['--all', '--query', "scan_status == 'failed' && image_name || null", '-e']);
    expect(some.code).toBe(0);
  });

  it('an API error keeps its own exit status', async () => {
    mock.failNext('ListImageLocal', { status: 500 });
    const { code } = await hss(['--query', 'data_list', '-e', '--max-retries', '0']);
    expect(code).toBe(1);
  });
});

describe('--output yaml and jsonl', () => {
  it('yaml prints the record json prints; jsonl the list in the answer, an item a line', async () => {
    const json = JSON.parse((await hss(['--output', 'json'])).stdout) as Record<string, unknown>;
    const yaml = parseYaml((await hss(['--output', 'yaml'])).stdout) as Record<string, unknown>;
    expect({ ...yaml, elapsedMs: 0, requestId: null }).toEqual({ ...json, elapsedMs: 0, requestId: null });
    expect(yaml.data).toEqual({ total_num: 3, data_list: IMAGES });
    expect(jsonLines((await hss(['--output', 'jsonl'])).stdout)).toEqual(IMAGES);
  });

  it('--all --output yaml is a stream of documents', async () => {
    const { stdout } = await hss(['--all', '--output', 'yaml']);
    expect(
      stdout
        .split(/^---$/m)
        .filter((d) => d.trim() !== '')
        .map((d) => parseYaml(d) as unknown),
    ).toEqual(IMAGES);
  });
});

/** The table's lines, each no wider than `width`. */
function tableLines(stdout: string, width: number | undefined): string[] {
  const lines = stdout.replace(/\n$/, '').split('\n');
  if (width !== undefined) for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  return lines;
}

describe('--output table', () => {
  it.each([40, 80, 200])('fits COLUMNS=%i, cut values marked', async (width) => {
    const { code, stdout } = await hss(['--output', 'table'], { COLUMNS: String(width) });
    expect(code).toBe(0);
    const lines = tableLines(stdout, width);
    expect(lines).toHaveLength(1 + IMAGES.length);
    expect(lines[0]).toMatch(/^image_name\s/);
    expect(stdout).not.toContain('\u001b');
    // The escape in an answer is shown, not acted on.
    if (width === 200) expect(stdout).toContain('7\\x1b[31m');
    if (width < 200) expect(stdout).toContain('…');
    else expect(stdout).toContain('镜像-支付服务');
  });

  it('without a terminal nothing is cut', async () => {
    const { stdout } = await hss(['--output', 'table']);
    expect(stdout).not.toContain('…');
    for (const item of IMAGES.slice(0, 2)) expect(stdout).toContain(item.image_name);
  });

  it('--all collects the items into one table; --query output as a table', async () => {
    const all = tableLines((await hss(['--all', '--output', 'table'])).stdout, undefined);
    expect(all).toHaveLength(1 + IMAGES.length);
    const queried = tableLines(
      (await hss(['--query', 'data_list[].{name: image_name, vulnerabilities: vul_num}', '--output', 'table'])).stdout,
      undefined,
    );
    expect(queried[0]).toMatch(/^name\s+vulnerabilities$/);
  });

  it('on a terminal: its width, the header bold unless NO_COLOR is set', async () => {
    const run = promisify(execFile);
    const command = (noColor: boolean) =>
      [
        'stty cols 60 rows 20;',
        `env -i PATH="$PATH" HOME=${EMPTY_HOME} ${noColor ? 'NO_COLOR=1' : ''}`,
        ...Object.entries(ENV).map(([name, value]) => `${name}=${value}`),
        process.execPath,
        ...NODE_SOURCE_ARGS,
        CLI,
        'hss list-image-local --output table --region cn-north-4 --endpoint',
        mock.urls.hss!,
      ].join(' ');
    for (const noColor of [false, true]) {
      const { stdout } = await run('script', ['-q', '-e', '-c', command(noColor), '/dev/null'], {
        env: { PATH: process.env.PATH ?? '' },
      });
      const lines = stdout.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
      expect(lines).toHaveLength(1 + IMAGES.length);
      expect(lines[0]!.startsWith('\u001b[1m')).toBe(!noColor);
      const plain = (line: string) => line.replaceAll('\u001b[1m', '').replaceAll('\u001b[0m', '');
      for (const line of lines) expect(displayWidth(plain(line))).toBeLessThanOrEqual(60);
    }
  });
});
