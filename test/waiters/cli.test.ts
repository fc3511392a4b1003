// The CLI's waiting, as a subprocess against a loopback server playing SAS: `imagesec sas wait
// image-scan-task-finished` (the spec's waiter on GetOnceTaskResultInfo) and `--wait` on
// PublicCreateImageScanTask. Exit 0 on success with the answer on stdout, 5 in a failure state
// (also one read off the start's answer before any poll), 6 out of time, 2 for what cannot run
// (nothing sent; also a start whose input leaves nothing to wait for), 130 on Ctrl-C; one progress line per poll on stderr (none with --output json off
// a terminal), server text shown escaped.
import { describe, expect, it } from 'vitest';
import { findWaiter, summaryOf } from '../../src/cli/wait-table.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer, type CapturedRequest, type ScriptedResponse } from '../helpers/capture-server.js';
import { runCli, spawnCli } from '../helpers/cli.js';

const server = useCaptureServer();
const ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};
const FAST = ['--min-delay', '0.001', '--max-delay', '0.003'];

/** `imagesec sas wait image-scan-task-finished` for task t-1, against the server, with tiny delays and `extra`. */
function waitArgs(...extra: string[]): string[] {
  return [...baseArgs(), ...FAST, ...extra];
}

/** The same without the delay flags. */
function baseArgs(): string[] {
  return [
    'sas',
    'wait',
    'image-scan-task-finished',
    '--endpoint',
    server.url,
    '--task-id',
    't-1',
    '--task-type',
    'IMAGE_SCAN',
    '--task-name',
    'IMAGE_SCAN',
  ];
}

/** Answers GetOnceTaskResultInfo with the statuses in order (the last repeating), the start with task t-1. */
function play(...statuses: string[]): void {
  let n = 0;
  server.respond((request: CapturedRequest): ScriptedResponse => {
    if (request.headers['x-acs-action'] === 'PublicCreateImageScanTask') {
      return { status: 200, body: { RequestId: 'r-start', Data: { TaskId: 't-1', Status: 'INIT', CanCreate: true } } };
    }
    const status = statuses[Math.min(n++, statuses.length - 1)];
    return { status: 200, body: { RequestId: `r-${n}`, TaskInfo: { TaskId: 't-1', Status: status } } };
  });
}

const polls = () => server.requests.filter((r) => r.headers['x-acs-action'] === 'GetOnceTaskResultInfo');

it('the waiter the tests drive is declared in the SAS spec', () => {
  expect(findWaiter('sas', 'image-scan-task-finished')?.operation.operationId).toBe('GetOnceTaskResultInfo');
});

it("a waiter's summary in lists is its description's first sentence, before any colon, without asides", () => {
  expect(summaryOf('Until the task named by `task_id` (give it with `type`, e.g. `image_scan`) ends. More.')).toBe(
    'Until the task named by `task_id` ends.',
  );
  expect(summaryOf('Until every image has a finished scan: all `success`; any `failed` fails.')).toBe(
    'Until every image has a finished scan.',
  );
  expect(summaryOf('Until `a.b: c` is done')).toBe('Until `a.b: c` is done.');
});

describe('imagesec sas wait', () => {
  it('exits 0 once the success state is seen, the answer on stdout and a line per poll on stderr', async () => {
    play('INIT', 'START', 'SUCCESS');
    const result = await runCli(waitArgs(), { env: ENV });
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(
      /^sas wait image-scan-task-finished: success after 3 polls in .*: get-once-task-result-info 200 OK, request id r-3\n/,
    );
    expect(result.stdout).toContain('Status: SUCCESS');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^imagesec: wait image-scan-task-finished: poll 1 at .*: retry \(TaskInfo\.Status = "INIT"\); next poll in \d+ ms$/,
    );
    expect(lines[2]).toMatch(/: poll 3 at .*: success \(TaskInfo\.Status = "SUCCESS"\)$/);
    // Each poll is the operation with the flags given.
    expect(polls()).toHaveLength(3);
    for (const request of polls()) expect(request.target).toContain('TaskId=t-1');
    expectNoSecrets(result.stdout, result.stderr);
  });

  it('--output json: one JSON document with the waiter, its polls and the answer; no progress off a terminal', async () => {
    play('START', 'SUCCESS');
    const result = await runCli(waitArgs('--output', 'json'), { env: ENV });
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    const record = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      ok: true,
      waiter: 'ImageScanTaskFinished',
      state: 'success',
      attempts: 2,
      operation: 'GetOnceTaskResultInfo',
      status: 200,
      requestId: 'r-2',
      data: { TaskInfo: { Status: 'SUCCESS' } },
    });
  });

  it('exits 5 when a failure state is seen, naming the waiter and the last state', async () => {
    play('START', 'TIMEOUT', 'SUCCESS');
    const result = await runCli(waitArgs(), { env: ENV });
    expect(result.code).toBe(EXIT.failureState);
    expect(result.stdout).toBe('');
    const last = result.stderr.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(
      /^imagesec: WaiterFailureError: waiter ImageScanTaskFinished reached a failure state after 2 polls in .*: TaskInfo\.Status = "TIMEOUT" after 2 attempts\. Hint: imagesec sas get-once-task-result-info shows the state in full$/,
    );
    expect(polls()).toHaveLength(2);

    play('START', 'TIMEOUT', 'SUCCESS');
    const json = await runCli(waitArgs('--output', 'json'), { env: ENV });
    expect(json.code).toBe(EXIT.failureState);
    expect(JSON.parse(json.stderr)).toMatchObject({
      ok: false,
      error: {
        type: 'WaiterFailureError',
        exitCode: 5,
        waiter: 'ImageScanTaskFinished',
        lastState: 'TaskInfo.Status = "TIMEOUT"',
      },
    });
  });

  it('exits 6 when --max-wait runs out, with the last state seen', async () => {
    play('START');
    const result = await runCli(waitArgs('--max-wait', '0.05'), { env: ENV });
    expect(result.code).toBe(EXIT.waitTimedOut);
    const last = result.stderr.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(
      /^imagesec: WaiterTimeoutError: waiter ImageScanTaskFinished gave up after .* \(limit 50 ms\) and \d+ polls?; last state: TaskInfo\.Status = "START".*Hint: the work may still end: raise --max-wait/,
    );
  });

  it('server text in progress lines and errors is shown escaped', async () => {
    play('\u001b[2J\u001b]0;owned\u0007\u202e', 'TIMEOUT');
    const result = await runCli(waitArgs(), { env: ENV });
    expect(result.code).toBe(EXIT.failureState);
    // eslint-disable-next-line no-control-regex -- raw control characters are what must not reach the terminal
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    // The value is shown as JSON text (escapes as JSON writes them), the line then made terminal-safe.
    expect(result.stderr).toContain('TaskInfo.Status = "\\u001b[2J\\u001b]0;owned\\u0007\\u202e"');
  });

  it('Ctrl-C during the wait stops it with exit 130', async () => {
    play('START');
    const running = spawnCli([...baseArgs(), '--min-delay', '30', '--max-delay', '30'], { env: ENV });
    while (!running.stderr().includes('poll 1')) await new Promise((resolve) => setTimeout(resolve, 10));
    running.child.kill('SIGINT');
    const result = await running.result;
    expect(result.code).toBe(EXIT.interrupted);
    expect(result.stderr).toMatch(/interrupted by SIGINT before the wait ended/);
  });

  const USAGE: [string, () => string[], RegExp][] = [
    [
      'an unknown waiter, with a did-you-mean',
      () => ['sas', 'wait', 'image-scan-task-finishd'],
      /unknown sas waiter 'image-scan-task-finishd'.*did you mean image-scan-task-finished\?/,
    ],
    [
      'a required flag of the polling operation missing',
      () => waitArgs().filter((a) => a !== '--task-id' && a !== 't-1'),
      /ValidationError: invalid input: --task-id/,
    ],
    ['--wait on the wait command', () => waitArgs('--wait'), /--wait is for operations that start work/],
    [
      'a --max-wait that is no number of seconds',
      () => waitArgs('--max-wait', 'soon'),
      /--max-wait must be a number of seconds above 0/,
    ],
    ['--dry-run', () => waitArgs('--dry-run'), /--dry-run shows one request; it does not go with wait/],
    [
      'a maximum delay below the minimum',
      () => [...baseArgs(), '--min-delay', '2', '--max-delay', '1'],
      /ValidationError: .*the minimum delay \(2000 ms\) is above the maximum \(1000 ms\)/,
    ],
    ['a delay flag given twice', () => waitArgs('--min-delay', '2'), /--min-delay is given more than once/],
    [
      '--max-wait on an operation that starts nothing to wait for',
      () => ['sas', 'describe-image-info-list', '--endpoint', server.url, '--max-wait', '5'],
      /starts no work imagesec can wait for/,
    ],
    [
      '--max-wait without --wait',
      () => ['sas', 'public-create-image-scan-task', '--endpoint', server.url, '--max-wait', '5'],
      /--max-wait, --min-delay and --max-delay go with --wait/,
    ],
  ];

  it.each(USAGE)('exits 2 and sends nothing: %s', async (_, args, message) => {
    play('SUCCESS');
    const result = await runCli(args(), { env: ENV });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it('--help pages: the waiters of a cloud, and one waiter with its polling flags and rules', async () => {
    const [list, one, bare] = await Promise.all([
      runCli(['sas', 'wait', '--help']),
      runCli(['sas', 'wait', 'image-scan-task-finished', '--help']),
      runCli(['sas', 'wait']),
    ]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('image-scan-task-finished');
    expect(one.code).toBe(0);
    for (const text of [
      '--task-id',
      '--max-wait',
      '--min-delay',
      '--max-delay',
      'GetOnceTaskResultInfo',
      'success  when TaskInfo.Status is "SUCCESS"',
      'failure  when TaskInfo.Status is "TIMEOUT"',
    ]) {
      expect(one.stdout).toContain(text);
    }
    expect(bare.code).toBe(EXIT.usage);
    expect(bare.stderr).toBe(list.stdout);
  });
});

describe('--wait on an operation that starts work', () => {
  it('starts once, then waits with the task id from its answer; one JSON document with both', async () => {
    play('START', 'SUCCESS');
    const result = await runCli(
      [
        'sas',
        'public-create-image-scan-task',
        '--endpoint',
        server.url,
        '--digests',
        'sha256:abc',
        '--wait',
        ...FAST,
        '--output',
        'json',
      ],
      { env: ENV },
    );
    expect(result.code).toBe(EXIT.ok);
    const record = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(record).toMatchObject({
      ok: true,
      operation: 'PublicCreateImageScanTask',
      requestId: 'r-start',
      data: { Data: { TaskId: 't-1' } },
      waiterInput: { TaskId: 't-1', TaskType: 'IMAGE_SCAN', TaskName: 'IMAGE_SCAN' },
      wait: { waiter: 'ImageScanTaskFinished', attempts: 2, data: { TaskInfo: { Status: 'SUCCESS' } } },
    });
    const starts = server.requests.filter((r) => r.headers['x-acs-action'] === 'PublicCreateImageScanTask');
    expect(starts).toHaveLength(1);
    expect(polls()).toHaveLength(2);
  });

  it('a wait that runs out after the start says how to wait again for the same task', async () => {
    play('START');
    const result = await runCli(
      [
        'sas',
        'public-create-image-scan-task',
        '--endpoint',
        server.url,
        '--digests',
        'sha256:abc',
        '--wait',
        ...FAST,
        '--max-wait',
        '0.03',
      ],
      { env: ENV },
    );
    expect(result.code).toBe(EXIT.waitTimedOut);
    expect(result.stderr).toContain(
      'wait again later: imagesec sas wait image-scan-task-finished --task-id t-1 --task-type IMAGE_SCAN --task-name IMAGE_SCAN',
    );
  });

  describe('a start answer that says no task will run: exit 5 at once, nothing polled', () => {
    const START = ['sas', 'public-create-image-scan-task', '--digests', 'sha256:abc', '--wait', ...FAST];
    const refuse = () =>
      server.respond({
        status: 200,
        body: { RequestId: 'r-start', Data: { TaskId: 't-1', Status: 'INIT', Result: 'TASK_NOT_SUPPORT_REGION' } },
      });

    it('text: the waiter, the state read off the answer, its request id and a hint that it was sent', async () => {
      refuse();
      const result = await runCli([...START, '--endpoint', server.url], { env: ENV });
      expect(result.code).toBe(EXIT.failureState);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        'imagesec: WaiterFailureError: waiter ImageScanTaskFinished reached a failure state on the answer of ' +
          'PublicCreateImageScanTask, before any poll: Data.Result = "TASK_NOT_SUPPORT_REGION"; Data.Status = "INIT"; ' +
          '!(Data.TaskId) = false (request id r-start). Hint: sas public-create-image-scan-task was sent and answered ' +
          '200; its answer (the values above) leaves nothing to wait for',
      ]);
      expect(polls()).toHaveLength(0);
      expect(server.requests).toHaveLength(1);
    });

    it('--output json: the error record carries the start answer', async () => {
      refuse();
      const result = await runCli([...START, '--endpoint', server.url, '--output', 'json'], { env: ENV });
      expect(result.code).toBe(EXIT.failureState);
      expect(result.stdout).toBe('');
      expect(JSON.parse(result.stderr)).toMatchObject({
        ok: false,
        error: {
          type: 'WaiterFailureError',
          exitCode: 5,
          waiter: 'ImageScanTaskFinished',
          requestId: 'r-start',
          lastState: 'Data.Result = "TASK_NOT_SUPPORT_REGION"; Data.Status = "INIT"; !(Data.TaskId) = false',
          start: { status: 200, data: { Data: { Result: 'TASK_NOT_SUPPORT_REGION' } } },
        },
      });
      expect(polls()).toHaveLength(0);
    });
  });

  describe('OperateImageVul: only a fix is waited for; anything else is refused before it is sent', () => {
    const INFO = JSON.stringify([
      {
        namespace: 'team-a',
        repoName: 'web',
        regionId: 'cn-hangzhou',
        instanceId: 'cri-0123456789abcdef',
        repoId: 'crr-0123456789abcdef',
        tag: 'v1',
        newTag: 'v1-fixed',
        digest: 'e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c0000',
        uuid: '4ad91dd8c0c02de6574fa98085d00000',
        ids: [197540864],
      },
    ]);
    const operate = (type: string, ...extra: string[]) => [
      'sas',
      'operate-image-vul',
      '--endpoint',
      server.url,
      '--info',
      INFO,
      '--type',
      'cve',
      '--operate-type',
      type,
      '--wait',
      ...FAST,
      ...extra,
    ];
    const serveFix = () =>
      server.respond((request: CapturedRequest): ScriptedResponse => {
        if (request.headers['x-acs-action'] === 'OperateImageVul') return { status: 200, body: { RequestId: 'r-op' } };
        return {
          status: 200,
          body: {
            RequestId: 'r-fix',
            PageInfo: { CurrentPage: 1, PageSize: 100, TotalCount: 1, Count: 1 },
            BuildTasks: [{ BuildTaskId: 'ivf-1', TaskType: 'IMAGE_REPAIR', Status: 2 }],
          },
        };
      });

    it('--operate-type vul_ignore --wait: exit 2 as a validation error, naming the flag and the waiter; nothing sent', async () => {
      serveFix();
      const result = await runCli(operate('vul_ignore'), { env: ENV });
      expect(result.code).toBe(EXIT.usage);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        'imagesec: ValidationError: invalid input: --operate-type does not suit waiter ImageFixTaskFinished: only a ' +
          "vul_fix starts image rebuilds (fix tasks) to wait for (`input.OperateType == 'vul_fix'` is false). " +
          'Hint: see imagesec sas operate-image-vul --help',
      ]);
      expect(server.requests).toHaveLength(0);

      const json = await runCli(operate('vul_ignore', '--output', 'json'), { env: ENV });
      expect(json.code).toBe(EXIT.usage);
      expect(JSON.parse(json.stderr)).toMatchObject({
        ok: false,
        error: {
          type: 'ValidationError',
          exitCode: 2,
          violations: [
            {
              path: '--operate-type',
              message:
                'does not suit waiter ImageFixTaskFinished: only a vul_fix starts image rebuilds (fix tasks) to wait ' +
                "for (`input.OperateType == 'vul_fix'` is false)",
            },
          ],
        },
      });
      expect(server.requests).toHaveLength(0);
    });

    it('the same call without --wait is sent as before', async () => {
      serveFix();
      const result = await runCli(
        operate('vul_ignore').filter((a) => a !== '--wait' && !FAST.includes(a)),
        {
          env: ENV,
        },
      );
      expect(result.code).toBe(EXIT.ok);
      expect(server.requests.map((r) => r.headers['x-acs-action'])).toEqual(['OperateImageVul']);
    });

    it('--operate-type vul_fix --wait: sent once, then the fix tasks followed to their end', async () => {
      serveFix();
      const result = await runCli(operate('vul_fix', '--output', 'json'), { env: ENV });
      expect(result.code).toBe(EXIT.ok);
      expect(JSON.parse(result.stdout)).toMatchObject({
        operation: 'OperateImageVul',
        requestId: 'r-op',
        wait: { waiter: 'ImageFixTaskFinished', attempts: 1 },
      });
      expect(server.requests.map((r) => r.headers['x-acs-action'])).toEqual([
        'OperateImageVul',
        'DescribeImageFixTask',
      ]);
    });
  });

  it('the operation help has a Waiting section naming the waiter and the flags', async () => {
    const result = await runCli(['sas', 'public-create-image-scan-task', '--help']);
    expect(result.code).toBe(0);
    for (const text of ['Waiting: with --wait', 'image-scan-task-finished', '--wait', '--max-wait <seconds>']) {
      expect(result.stdout).toContain(text);
    }
  });
});
