// End to end on the strict mock (imagesec/testing) with scripted answers, through the methods the
// specs' waiters generate: SAS publicCreateImageScanTaskAndWait starts a scan and follows its task
// to the end, to a failure state, or until time runs out; HSS createManualImageScanTaskAndWait,
// whose answer names no task, finds the new task in ListImageScanTask and follows it. Each request
// is checked and signed as against the real service, each scripted answer against the spec.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HssClient, SasClient, WaiterFailureError, WaiterTimeoutError, type WaiterProgress } from 'imagesec';
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
