// `imagesec mock --script FILE`: scripted answers for shell users. A file of answers makes a local
// image scan go from scanning to success as the CLI sees it, a SAS fix task run once and then give
// the examples back; each answer served is a line on stderr; a file the mock cannot serve is a
// usage error before anything starts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { runCli, spawnCli, type RunningCli } from '../helpers/cli.js';

const TIMEOUT = 60_000;
const HSS_ENV = {
  HUAWEICLOUD_SDK_AK: CANARY.ak,
  HUAWEICLOUD_SDK_SK: CANARY.sk,
  HUAWEICLOUD_SDK_PROJECT_ID: '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c',
};
const SAS_ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};

const directory = mkdtempSync(join(tmpdir(), 'imagesec-mock-script-'));
function scriptFile(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const image = (scan_status: string) => ({
  body: { total_num: 1, data_list: [{ image_id: 'c499ab72-7ee9-4ee6-b6b7-5973230e7a7b', scan_status }] },
});

const started: RunningCli[] = [];
afterEach(async () => {
  for (const cli of started.splice(0)) {
    if (cli.child.exitCode === null && cli.child.signalCode === null) {
      cli.child.kill('SIGINT');
      await cli.result;
    }
  }
});

async function until<T>(probe: () => T | undefined, what: string, cli: RunningCli): Promise<T> {
  const deadline = Date.now() + 40_000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (cli.child.exitCode !== null) throw new Error(`the mock exited:\n${cli.stdout()}\n${cli.stderr()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${cli.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('imagesec mock --script', () => {
  it(
    'plays the file: HSS scanning -> success (the last repeats), SAS running once then the examples; one stderr line per answer',
    async () => {
      const file = scriptFile('loop.json', {
        ListImageLocal: [image('scanning'), image('success')],
        DescribeImageFixTask: {
          answers: [{ body: { BuildTasks: [{ BuildTaskId: 'ivf-1', Status: 1 }] } }],
          then: 'prism',
        },
      });
      const cli = spawnCli(['mock', 'all', '--port', '0', '--script', file], { timeoutMs: TIMEOUT });
      started.push(cli);
      const urls = await until(
        () => {
          const found = new Map(
            [...cli.stdout().matchAll(/imagesec mock: (hss|sas) (http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => [
              m[1],
              m[2],
            ]),
          );
          const [hss, sas] = [found.get('hss'), found.get('sas')];
          return hss !== undefined && sas !== undefined ? { hss, sas } : undefined;
        },
        'the URLs',
        cli,
      );
      expect(cli.stderr()).toContain('imagesec mock: hss ListImageLocal scripted: 2 answers, then repeat-last\n');
      expect(cli.stderr()).toContain('imagesec mock: sas DescribeImageFixTask scripted: 1 answer, then prism\n');

      const states: unknown[] = [];
      for (let i = 0; i < 3; i++) {
        const result = await runCli(
          ['hss', 'list-image-local', '--endpoint', urls.hss, '--region', 'cn-north-4', '--output', 'json'],
          { env: HSS_ENV },
        );
        expect(result.code, result.stderr).toBe(0);
        expectNoSecrets(result.stdout, result.stderr);
        states.push(
          (JSON.parse(result.stdout) as { data: { data_list: { scan_status: string }[] } }).data.data_list[0]
            ?.scan_status,
        );
      }
      expect(states).toEqual(['scanning', 'success', 'success']);

      const tasks: unknown[] = [];
      for (let i = 0; i < 2; i++) {
        const result = await runCli(
          [
            'sas',
            'describe-image-fix-task',
            '--endpoint',
            urls.sas,
            '--region',
            'cn-shanghai',
            '--current-page',
            '1',
            '--page-size',
            '20',
            '--output',
            'json',
          ],
          { env: SAS_ENV },
        );
        expect(result.code, result.stderr).toBe(0);
        const { data } = JSON.parse(result.stdout) as { data: { RequestId: string; BuildTasks: { Status: number }[] } };
        tasks.push([data.BuildTasks.length, data.BuildTasks[0]?.Status, typeof data.RequestId]);
      }
      // The scripted task, then the spec's example page (two tasks, the first succeeded).
      expect(tasks).toEqual([
        [1, 1, 'string'],
        [2, 2, 'string'],
      ]);

      await until(() => (cli.stderr().includes('call 3') ? true : undefined), 'the third scripted line', cli);
      const lines = cli
        .stderr()
        .split('\n')
        .filter((line) => line.startsWith('imagesec mock: scripted'));
      expect(lines).toEqual([
        'imagesec mock: scripted hss ListImageLocal: answer [0] (call 1), 200',
        'imagesec mock: scripted hss ListImageLocal: answer [1] (call 2), 200',
        'imagesec mock: scripted hss ListImageLocal: answer [1] (call 3), 200',
        'imagesec mock: scripted sas DescribeImageFixTask: answer [0] (call 1), 200',
      ]);
      cli.child.kill('SIGINT');
      expect((await cli.result).code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'a file it cannot serve is a usage error (exit 2), one line saying why, before any mock starts',
    async () => {
      const cases: [string[], string][] = [
        [['--script', join(directory, 'missing.json')], 'cannot read it as JSON (ENOENT)'],
        [['--script', scriptFile('not-json.json', '{"ListImageLocal": [')], 'cannot read it as JSON'],
        [['--script', scriptFile('list.json', [])], 'must hold an object keyed by operation id'],
        [
          ['--script', scriptFile('unknown.json', { NoSuchOperation: {} })],
          'no mock has the operation NoSuchOperation',
        ],
        [
          ['sas', '--script', scriptFile('other-cloud.json', { ListImageLocal: image('success') })],
          'ListImageLocal is for the hss mock, which is not served',
        ],
        [
          ['--script', scriptFile('bad-body.json', { ListImageLocal: [image('scanning'), image('done')] })],
          'the scripted answer [1] for ListImageLocal is not one the API could give: body.data_list[0].scan_status must be equal to one of the allowed values',
        ],
        [
          ['--script', scriptFile('bad-then.json', { ListImageLocal: { answers: [image('success')], then: 'stop' } })],
          `then must be 'repeat-last' or 'prism', not "stop"`,
        ],
        [
          ['--script', scriptFile('bad-key.json', { ListImageLocal: { answers: [image('success')], times: 2 } })],
          'ListImageLocal has unknown keys times (answers, then)',
        ],
      ];
      const results = await Promise.all(
        cases.map(([args]) => runCli(['mock', ...args, '--port', '0'], { timeoutMs: TIMEOUT })),
      );
      results.forEach((result, i) => {
        const [, message] = cases[i]!;
        expect(result.code, result.stderr).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')[0]).toContain(message);
        // Refused before Prism started: nothing of it was printed.
        expect(result.stderr).not.toContain('Prism');
      });
    },
    TIMEOUT,
  );
});
