// End to end on the strict mock (imagesec/testing) with scripted answers, through the methods the
// specs' waiters generate: SAS publicCreateImageScanTaskAndWait starts a scan and follows its task
// to the end, to a failure state, or until time runs out, and fails at once, before any poll, on a
// start answer that says no task will run; operateImageVulAndWait follows the fix tasks listed
// from five minutes before its call, and refuses anything but a fix before sending it; HSS createManualImageScanTaskAndWait, whose answer names no
// task, finds the new task in ListImageScanTask and follows it. Each request is checked and signed
// as against the real service, each scripted answer against the spec.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  HssClient,
  SasClient,
  ValidationError,
  WaiterFailureError,
  WaiterTimeoutError,
  type ApiResult,
  type WaiterProgress,
} from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';

const credentials = { accessKeyId: 'LTAI5tWAITERTEST00001', accessKeySecret: 'waiter-test-secret-0001' };
const hssCredentials = { ak: 'WAITERTESTAK00000001', sk: 'waiter-test-secret-key-01' };
const TASK = 'a410bb3e68c217a3368bc0238c66886d';
const FAST = { minDelayMs: 1, maxDelayMs: 3 };
const START_INPUT = {
  RegistryTypes: 'acr',
  Digests: 'e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c0000',
};

let mock: RunningMock;
let sas: SasClient;
let hss: HssClient;

beforeAll(async () => {
  mock = await startMock({ credentials: { sas: [credentials], hss: [hssCredentials] } });
  sas = new SasClient({ endpoint: mock.urls.sas, credentials, env: {} });
  hss = new HssClient({
    endpoint: mock.urls.hss,
    region: 'cn-north-4',
    projectId: '0123456789abcdef0123456789abcdef',
    credentials: hssCredentials,
    env: {},
  });
}, 60_000);
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  mock.script('PublicCreateImageScanTask', {
    body: { RequestId: 'r-start', Data: { TaskId: TASK, Status: 'INIT', Result: 'SUCCESS', CanCreate: true } },
  });
});

const task = (Status: string) => ({ body: { RequestId: `r-${Status}`, TaskId: TASK, TaskInfo: { Status } } });

describe('publicCreateImageScanTaskAndWait on the strict mock', () => {
  it('starts the scan and follows its task from INIT to SUCCESS', async () => {
    mock.script('GetOnceTaskResultInfo', [task('INIT'), task('START'), task('SUCCESS')]);
    const done = await sas.publicCreateImageScanTaskAndWait(START_INPUT, FAST);
    expect(done.start.data.Data?.TaskId).toBe(TASK);
    expect(done.waiterInput).toEqual({ TaskId: TASK, TaskType: 'IMAGE_SCAN', TaskName: 'IMAGE_SCAN' });
    expect(done.wait.attempts).toBe(3);
    expect(done.wait.result.data.TaskInfo?.Status).toBe('SUCCESS');
    expect(mock.requests.map((r) => [r.operation, r.status, r.scripted?.call])).toEqual([
      ['PublicCreateImageScanTask', 200, 1],
      ['GetOnceTaskResultInfo', 200, 1],
      ['GetOnceTaskResultInfo', 200, 2],
      ['GetOnceTaskResultInfo', 200, 3],
    ]);
  });

  it("a task that times out on the service side is the waiter's failure state", async () => {
    mock.script('GetOnceTaskResultInfo', [task('START'), task('TIMEOUT')]);
    const error = await sas.publicCreateImageScanTaskAndWait(START_INPUT, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect(error).toMatchObject({
      waiter: 'ImageScanTaskFinished',
      lastState: 'TaskInfo.Status = "TIMEOUT"',
      attempts: 2,
    });
    expect((error as WaiterFailureError).waiterInput).toMatchObject({ TaskId: TASK });
  });

  it('a task that never ends runs into the overall limit', async () => {
    mock.script('GetOnceTaskResultInfo', task('START'));
    const error = await sas
      .publicCreateImageScanTaskAndWait(START_INPUT, { ...FAST, maxWaitMs: 50 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toMatchObject({ lastState: 'TaskInfo.Status = "START"', maxWaitMs: 50 });
    expect(mock.scripted('PublicCreateImageScanTask')).toEqual({ served: 1, remaining: 0 });
  });
});

describe("a scan start's answer that says no task will run fails at once, before any poll", () => {
  const started = (Data: Record<string, unknown>) => ({ body: { RequestId: 'r-start', Data } });

  it('TASK_NOT_SUPPORT_REGION: WaiterFailureError with the answer as result, and no GetOnceTaskResultInfo', async () => {
    mock.script(
      'PublicCreateImageScanTask',
      started({ TaskId: TASK, Status: 'INIT', Result: 'TASK_NOT_SUPPORT_REGION' }),
    );
    mock.script('GetOnceTaskResultInfo', task('SUCCESS'));
    const seen: WaiterProgress[] = [];
    const error = await sas
      .publicCreateImageScanTaskAndWait(START_INPUT, { ...FAST, onProgress: (p) => seen.push(p) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    const failure = error as WaiterFailureError;
    expect(failure.message).toMatch(
      /^waiter ImageScanTaskFinished reached a failure state on the answer of PublicCreateImageScanTask, before any poll: Data\.Result = "TASK_NOT_SUPPORT_REGION"; /,
    );
    expect(failure).toMatchObject({ waiter: 'ImageScanTaskFinished', attempts: 0 });
    expect(failure.lastState).toBe(
      'Data.Result = "TASK_NOT_SUPPORT_REGION"; Data.Status = "INIT"; !(Data.TaskId) = false',
    );
    expect((failure.result as ApiResult<{ Data?: { Result?: string } }>).data.Data?.Result).toBe(
      'TASK_NOT_SUPPORT_REGION',
    );
    expect(mock.requests.map((r) => r.operation)).toEqual(['PublicCreateImageScanTask']);
    expect(seen).toEqual([]);
  });

  it('a task that failed as it was created (Status FAIL)', async () => {
    mock.script('PublicCreateImageScanTask', started({ TaskId: TASK, Status: 'FAIL', Result: 'SUCCESS' }));
    const error = await sas.publicCreateImageScanTaskAndWait(START_INPUT, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect((error as WaiterFailureError).lastState).toContain('Data.Status = "FAIL"');
    expect(mock.requests.map((r) => r.operation)).toEqual(['PublicCreateImageScanTask']);
  });

  it('an answer without a task id (creation refused at the limit of 10): a failure state, not a refused waiter input', async () => {
    const images = [{ registryType: 'acr' as const, repoName: 'script1', digest: START_INPUT.Digests, tag: 'v1' }];
    mock.script('PublicSyncAndCreateImageScanTask', started({ CanCreate: false }));
    const error = await sas.publicSyncAndCreateImageScanTaskAndWait({ Images: images }, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect((error as WaiterFailureError).lastState).toBe(
      'Data.Result = null; Data.Status = null; !(Data.TaskId) = true',
    );
    expect(mock.requests.map((r) => r.operation)).toEqual(['PublicSyncAndCreateImageScanTask']);
  });

  it('CanCreate false with a task id goes on: it speaks of further tasks, not of this one', async () => {
    mock.script(
      'PublicCreateImageScanTask',
      started({ TaskId: TASK, Status: 'INIT', Result: 'SUCCESS', CanCreate: false }),
    );
    mock.script('GetOnceTaskResultInfo', [task('START'), task('SUCCESS')]);
    const done = await sas.publicCreateImageScanTaskAndWait(START_INPUT, FAST);
    expect(done.wait.attempts).toBe(2);
    expect(done.waiterInput).toMatchObject({ TaskId: TASK });
  });
});

describe('operateImageVulAndWait on the strict mock: the fix tasks since the call', () => {
  const FIX = {
    OperateType: 'vul_fix',
    Type: 'cve',
    Info: [
      {
        namespace: 'team-a',
        repoName: 'web',
        regionId: 'cn-hangzhou',
        instanceId: 'cri-0123456789abcdef',
        repoId: 'crr-0123456789abcdef',
        tag: 'v1',
        newTag: 'v1-fixed',
        digest: START_INPUT.Digests,
        uuid: '4ad91dd8c0c02de6574fa98085d00000',
        ids: [197540864],
      },
    ],
  };
  const fixTasks = (...statuses: number[]) => ({
    body: {
      RequestId: `r-fix-${statuses.join('-')}`,
      PageInfo: { CurrentPage: 1, PageSize: 100, TotalCount: statuses.length, Count: statuses.length },
      BuildTasks: statuses.map((Status, i) => ({ BuildTaskId: `ivf-${i}`, TaskType: 'IMAGE_REPAIR', Status })),
    },
  });

  it('polls DescribeImageFixTask from five minutes before the call, one page of 100, from running (1) to done (2)', async () => {
    mock.script('DescribeImageFixTask', [fixTasks(), fixTasks(1), fixTasks(2)]);
    const before = Date.now();
    const done = await sas.operateImageVulAndWait(FIX, FAST);
    const after = Date.now();
    expect(done.wait.attempts).toBe(3);
    expect(done.wait.result.data.BuildTasks?.[0]?.Status).toBe(2);
    const startTime = done.waiterInput.StartTime as number;
    expect(startTime).toBeGreaterThanOrEqual(before - 300_000);
    expect(startTime).toBeLessThanOrEqual(after - 300_000);
    expect(done.waiterInput).toEqual({ StartTime: startTime, CurrentPage: 1, PageSize: 100 });
    expect(mock.requests.map((r) => r.operation)).toEqual([
      'OperateImageVul',
      'DescribeImageFixTask',
      'DescribeImageFixTask',
      'DescribeImageFixTask',
    ]);
    expect(mock.requests[1]!.query).toMatchObject({ StartTime: String(startTime), CurrentPage: '1', PageSize: '100' });
  });

  it('a rebuild that fails (3) is the failure state; the input to wait again with is on the error', async () => {
    mock.script('DescribeImageFixTask', [fixTasks(1), fixTasks(1, 3)]);
    const error = await sas.operateImageVulAndWait(FIX, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect(error).toMatchObject({
      waiter: 'ImageFixTaskFinished',
      attempts: 2,
      lastState: 'BuildTasks[].to_string(Status) = ["1", "3"]',
    });
    expect((error as WaiterFailureError).waiterInput).toMatchObject({ CurrentPage: 1, PageSize: 100 });
  });

  it('anything but a fix, or no OperateType, is refused before it is sent: there is no rebuild to wait for', async () => {
    mock.script('DescribeImageFixTask', fixTasks(2));
    const { OperateType: _fix, ...unnamed } = FIX;
    for (const [input, value] of [
      [{ ...FIX, OperateType: 'vul_ignore' }, 'false'],
      [unnamed, 'false'],
    ] as const) {
      const error = await sas.operateImageVulAndWait(input, FAST).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const message =
        'does not suit waiter ImageFixTaskFinished: only a vul_fix starts image rebuilds (fix tasks) to wait for ' +
        `(\`input.OperateType == 'vul_fix'\` is ${value})`;
      expect((error as ValidationError).violations).toEqual([{ path: 'OperateType', message }]);
      expect((error as ValidationError).message).toBe(`operateImageVulAndWait sent nothing: OperateType ${message}`);
    }
    expect(mock.requests).toEqual([]);
    expect(mock.scripted('DescribeImageFixTask')).toMatchObject({ served: 0 });
  });
});

describe('createManualImageScanTaskAndWait on the strict mock: the task found in its list', () => {
  const SCAN = {
    global_image_type: 'registry' as const,
    body: {
      scan_scope: 2147483647,
      is_all: false,
      image_info: [{ id: 1034, image_name: 'nginx', image_version: '1.25' }],
    },
  };
  const scanTask = (task_id: string, begin_time: number, task_status: number) => ({
    task_id,
    task_name: `manual-${task_id}`,
    begin_time,
    task_type: 'manual',
    image_type: 'registry',
    task_status,
  });

  it('notes the tasks listed before the start, finds the new one, and polls it to 100', async () => {
    const now = Date.now();
    const old = scanTask('old-task', now - 3_600_000, 100);
    let readings = 0;
    let polls = 0;
    mock.script('ListImageScanTask', (request) => {
      if (request.query.task_id !== undefined) {
        polls += 1;
        const task = scanTask(request.query.task_id, now, polls < 3 ? 40 * polls : 100);
        return { body: { total_num: 1, data_list: [task] } };
      }
      readings += 1;
      const listed = readings < 3 ? [old] : [scanTask('our-task', now + 1_000, 0), old];
      return { body: { total_num: listed.length, data_list: listed } };
    });
    const seen: WaiterProgress[] = [];
    const done = await hss.createManualImageScanTaskAndWait(SCAN, { ...FAST, onProgress: (p) => seen.push(p) });
    expect(done.found?.task_id).toBe('our-task');
    expect(done.waiterInput).toEqual({ type: 'image_scan', task_id: 'our-task' });
    expect(done.wait.attempts).toBe(3);
    expect(done.wait.result.data.data_list?.[0]?.task_status).toBe(100);
    expect(mock.requests.map((r) => r.operation)).toEqual([
      'ListImageScanTask',
      'CreateManualImageScanTask',
      'ListImageScanTask',
      'ListImageScanTask',
      'ListImageScanTask',
      'ListImageScanTask',
      'ListImageScanTask',
    ]);
    // The list is read as the spec's find input says; the polls name the task found.
    expect(mock.requests[0]!.query).toMatchObject({
      type: 'image_scan',
      task_type: 'manual',
      global_image_type: 'registry',
    });
    expect(mock.requests.at(-1)!.query).toMatchObject({ type: 'image_scan', task_id: 'our-task' });
    expect(seen.filter((p) => p.phase === 'find').map((p) => p.state)).toEqual(['retry', 'success']);
    expect(seen.at(-1)!.description).toContain('= "100"');
  });

  it('a task that stops (-1) is a failure state', async () => {
    const now = Date.now();
    let readings = 0;
    mock.script('ListImageScanTask', (request) => {
      if (request.query.task_id !== undefined) return { body: { total_num: 1, data_list: [scanTask('t', now, -1)] } };
      readings += 1;
      return { body: { total_num: readings - 1, data_list: readings === 1 ? [] : [scanTask('t', now, 0)] } };
    });
    const error = await hss.createManualImageScanTaskAndWait(SCAN, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect(error).toMatchObject({ waiter: 'ImageScanTaskFinished', waiterInput: { task_id: 't' } });
    expect((error as WaiterFailureError).lastState).toContain('= "-1"');
  });
});
