// End to end on the strict mock (imagesec/testing) with scripted answers: the SDK's generated
// publicCreateImageScanTaskAndWait starts a SAS scan and follows its task to the end, to a failure
// state, or until time runs out, each request checked and signed as against the real service, and
// each scripted answer checked against the spec's response schema.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SasClient, WaiterFailureError, WaiterTimeoutError } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';

const credentials = { accessKeyId: 'LTAI5tWAITERTEST00001', accessKeySecret: 'waiter-test-secret-0001' };
const TASK = 'a410bb3e68c217a3368bc0238c66886d';
const FAST = { minDelayMs: 1, maxDelayMs: 3 };
const START_INPUT = {
  RegistryTypes: 'acr',
  Digests: 'e1a4fd25884ca2ef8840bb252c9926e4f549df9e046500dd93539b2d458c0000',
};

let mock: RunningMock;
let sas: SasClient;

beforeAll(async () => {
  mock = await startMock({ clouds: ['sas'], credentials: { sas: [credentials] } });
  sas = new SasClient({ endpoint: mock.urls.sas, credentials, env: {} });
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
