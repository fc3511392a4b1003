// `<start>AndWait` (core/waiter/start.ts, finder.ts, install.ts) against a loopback server, through
// waiter methods installed on a client class from a table of the test's own: a start whose answer
// names the work; a start whose answer names none, where the task is the new item of a list (found;
// none appears: timeout; several: the newest, with a warning); what the waiter is given and returns;
// the start's own acceptors, read off its answer (and input) once, before any poll or search; the
// start's requirement on its input, checked before anything is sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HssClient,
  ImagesecError,
  ValidationError,
  WaiterFailureError,
  WaiterTimeoutError,
  type ApiResult,
  type StartAndWaitResult,
  type WaiterOptions,
  type WaiterProgress,
  type WaiterResult,
} from 'imagesec';
import { AMBIGUOUS_TASK_WARNING, CREATED_SKEW_MS } from '../../src/core/waiter/finder.js';
import { installWaiterMethods } from '../../src/core/waiter/install.js';
import type { WaitStartEntry } from '../../src/core/waiter/types.js';
import { useCaptureServer, type CapturedRequest, type ScriptedResponse } from '../helpers/capture-server.js';
import { CANARY } from '../helpers/canaries.js';
import { LOCAL_SCANNED, SCAN_AND_WAIT } from './tables.js';

const server = useCaptureServer();

/** The start's answer names the image to follow (a SAS-style start, whose answer holds the task id). */
const NAMED_START: WaitStartEntry = {
  ...SCAN_AND_WAIT,
  operationId: 'BatchScanLocalImageNamed',
  method: 'batchScanNamedAndWait',
  input: '{image_name: output.name, image_version: input.body.image_info_list[0].image_version}',
  find: null,
};
/** Its waiter input breaks the poll's rules (limit is 10-200): the start went out, the wait cannot follow. */
const UNFOLLOWABLE: WaitStartEntry = { ...NAMED_START, method: 'batchScanUnfollowableAndWait', input: '{limit: `5`}' };
/** Failure states read off the start's answer (`refused: true`) and its input (an image version `none`). */
const START_FAILURES: WaitStartEntry['acceptors'] = [
  { state: 'failure', matcher: { output: { path: 'refused', expected: 'true', comparator: 'booleanEquals' } } },
  {
    state: 'failure',
    matcher: {
      inputOutput: {
        path: 'input.body.image_info_list[0].image_version',
        expected: 'none',
        comparator: 'stringEquals',
      },
    },
  },
];
const CHECKED_START: WaitStartEntry = { ...NAMED_START, method: 'batchScanCheckedAndWait', acceptors: START_FAILURES };
const CHECKED_FIND: WaitStartEntry = {
  ...SCAN_AND_WAIT,
  method: 'batchScanCheckedFindAndWait',
  acceptors: START_FAILURES,
};

/** Only an image with a version can be followed (a requirement reading one member of the input). */
const HAS_VERSION = {
  path: "input.body.image_info_list[0].image_version != 'none'",
  message: 'an image of no version cannot be followed',
};
const REQUIRED_START: WaitStartEntry = { ...NAMED_START, method: 'batchScanRequiredAndWait', requires: HAS_VERSION };
const REQUIRED_FIND: WaitStartEntry = {
  ...SCAN_AND_WAIT,
  method: 'batchScanRequiredFindAndWait',
  requires: HAS_VERSION,
};
/** Requirements whose value is true-ish but not `true`, and one reading two members of the input. */
const TRUTHY: WaitStartEntry = {
  ...NAMED_START,
  method: 'batchScanTruthyAndWait',
  requires: { path: 'input.body.image_info_list[0].image_version', message: 'a version is needed' },
};
const TWO_MEMBERS: WaitStartEntry = {
  ...NAMED_START,
  method: 'batchScanTwoMembersAndWait',
  requires: { path: "input.body.host_id == 'h-1' && input.enterprise_project_id == 'all'", message: 'host h-1 only' },
};

type Poll = ApiResult<{ data_list?: { image_name?: string; scan_status?: string }[] }>;
type Started = StartAndWaitResult<ApiResult<unknown>, Poll, Record<string, unknown>>;
type AndWait = (input: object, options?: WaiterOptions) => Promise<Started>;

// A client class of the test's own with the waiter methods of the test's table installed.
class WaitingClient extends HssClient {}
installWaiterMethods(
  WaitingClient.prototype,
  { LocalImageScanned: LOCAL_SCANNED },
  {
    BatchScanLocalImage: SCAN_AND_WAIT,
    Named: NAMED_START,
    Unfollowable: UNFOLLOWABLE,
    Checked: CHECKED_START,
    CheckedFind: CHECKED_FIND,
    Required: REQUIRED_START,
    RequiredFind: REQUIRED_FIND,
    Truthy: TRUTHY,
    TwoMembers: TWO_MEMBERS,
  },
);
function client(): WaitingClient &
  Record<string, AndWait> & {
    waitForLocalImageScanned(input: object, options?: WaiterOptions): Promise<WaiterResult<Poll>>;
  } {
  return new WaitingClient({
    endpoint: server.url,
    region: 'cn-north-4',
    projectId: '0123456789abcdef0123456789abcdef',
    credentials: { ak: CANARY.ak, sk: CANARY.sk },
    env: {},
    maxRetries: 0,
  }) as never;
}

const SCAN_INPUT = {
  body: {
    image_info_list: [{ image_name: 'nginx', image_version: '1.25', image_digest: 'sha256:abc', image_id: 'img-9' }],
  },
};
const OPTIONS = { minDelayMs: 1, maxDelayMs: 3 };

interface Routes {
  /** The items the find's list shows at its n-th reading (1 = the reading before the start). */
  readonly list?: (n: number) => object[];
  /** The state of the image named `image_name` at its n-th poll. */
  readonly poll?: (name: string, n: number) => string;
  readonly start?: ScriptedResponse;
}

/** Answers the start, the find's list readings and the waiter's polls, each counted. */
function serve(routes: Routes): { starts: () => number; readings: () => number } {
  let starts = 0;
  let readings = 0;
  const polls = new Map<string, number>();
  server.respond((request: CapturedRequest) => {
    const url = new URL(request.target, 'http://x');
    if (request.method === 'POST') {
      starts += 1;
      return routes.start ?? { status: 200, body: {} };
    }
    const name = url.searchParams.get('image_name');
    if (name === null) {
      readings += 1;
      const items = routes.list?.(readings) ?? [];
      return { status: 200, body: { total_num: items.length, data_list: items } };
    }
    const n = (polls.get(name) ?? 0) + 1;
    polls.set(name, n);
    const status = routes.poll?.(name, n) ?? 'success';
    return {
      status: 200,
      body: { total_num: 1, data_list: [{ image_name: name, image_version: '1.25', scan_status: status }] },
    };
  });
  return { starts: () => starts, readings: () => readings };
}

const item = (id: string, createdAt: number) => ({
  image_id: id,
  image_name: `name-${id}`,
  image_version: '1.25',
  latest_update_time: createdAt,
  scan_status: 'scanning',
});

let warnings: { code: unknown; message: string }[];
const onWarning = (warning: Error & { code?: unknown }) =>
  warnings.push({ code: warning.code, message: warning.message });
beforeEach(() => {
  warnings = [];
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
});

describe('a start whose answer names the work', () => {
  it('starts once, builds the waiter input from the input and the answer, and waits', async () => {
    const counts = serve({
      start: { status: 200, body: { name: 'from-answer' } },
      poll: (_, n) => (n < 3 ? 'scanning' : 'success'),
    });
    const done = await client().batchScanNamedAndWait!(SCAN_INPUT, OPTIONS);
    expect(counts.starts()).toBe(1);
    expect(done.start.status).toBe(200);
    expect(done.start.data).toEqual({ name: 'from-answer' });
    expect(done.found).toBeUndefined();
    expect(done.waiterInput).toEqual({ image_name: 'from-answer', image_version: '1.25' });
    expect(done.wait).toMatchObject({ waiter: 'LocalImageScanned', attempts: 3 });
    expect(done.wait.result.data.data_list?.[0]).toMatchObject({ image_name: 'from-answer', scan_status: 'success' });
    // The start's request went first, with the caller's body.
    expect(server.requests[0]!.method).toBe('POST');
    expect(JSON.parse(server.requests[0]!.body.toString())).toEqual(SCAN_INPUT.body);
  });

  it('a waiter input the poll refuses fails after the start with an error that says the start was sent', async () => {
    const counts = serve({ start: { status: 200, body: {} } });
    const error = await client().batchScanUnfollowableAndWait!(SCAN_INPUT, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesecError);
    expect((error as Error).message).toMatch(
      /^BatchScanLocalImageNamed started, but LocalImageScanned cannot follow it/,
    );
    expect(counts.starts()).toBe(1);
  });

  it('waitFor<Waiter> alone polls the same way', async () => {
    serve({ poll: (_, n) => (n < 2 ? 'scanning' : 'success') });
    const done = await client().waitForLocalImageScanned({ image_name: 'x', image_version: '1' }, OPTIONS);
    expect(done.attempts).toBe(2);
  });
});

describe('a start whose answer names no task: the new item of the list is found', () => {
  it('notes the ids listed before the start and follows the item that appears after it', async () => {
    const now = Date.now();
    const before = [item('old', now - 3_600_000), item('recent', now - 60_000)];
    // After the start: nothing new at the first look; the new task at the second, among the others.
    const counts = serve({
      list: (n) => (n <= 2 ? before : [...before, item('new', now + 1_000)]),
      poll: (_, n) => (n < 2 ? 'scanning' : 'success'),
    });
    const seen: WaiterProgress[] = [];
    const done = await client().batchScanLocalImageAndWait!(SCAN_INPUT, {
      ...OPTIONS,
      onProgress: (p) => seen.push(p),
    });
    expect(counts.readings()).toBe(3);
    expect(done.found).toMatchObject({ image_id: 'new', image_name: 'name-new' });
    expect(done.waiterInput).toEqual({ image_name: 'name-new', image_version: '1.25' });
    expect(done.wait.attempts).toBe(2);
    // The list is read with the spec's find input; the reading before the start comes before the POST.
    const list = server.requests.filter((r) => r.method === 'GET' && !r.target.includes('image_name='));
    for (const request of list) expect(request.target).toMatch(/scan_status=scanning/);
    expect(server.requests.map((r) => r.method).slice(0, 2)).toEqual(['GET', 'POST']);
    expect(seen.map((p) => [p.phase, p.attempt, p.state])).toEqual([
      ['find', 1, 'retry'],
      ['find', 2, 'success'],
      ['wait', 1, 'retry'],
      ['wait', 2, 'success'],
    ]);
    expect(seen[0]!.description).toBe('no new task in ListImageLocal yet (2 listed)');
    expect(seen[1]!.description).toBe('found image_id = "new" in ListImageLocal');
    expect(warnings.filter((w) => w.code === AMBIGUOUS_TASK_WARNING)).toEqual([]);
  });

  it('an item not listed before but created long before the start is not taken for the new task', async () => {
    const now = Date.now();
    const counts = serve({
      list: (n) =>
        n === 1
          ? []
          : n === 2
            ? [item('lagging', now - CREATED_SKEW_MS - 60_000)]
            : [item('lagging', now - CREATED_SKEW_MS - 60_000), item('new', now)],
    });
    const done = await client().batchScanLocalImageAndWait!(SCAN_INPUT, OPTIONS);
    expect(done.found).toMatchObject({ image_id: 'new' });
    expect(counts.readings()).toBe(3);
  });

  it("a creation time within the clocks' allowance before the start still counts", async () => {
    const now = Date.now();
    serve({ list: (n) => (n === 1 ? [] : [item('skewed', now - CREATED_SKEW_MS + 30_000)]) });
    const done = await client().batchScanLocalImageAndWait!(SCAN_INPUT, OPTIONS);
    expect(done.found).toMatchObject({ image_id: 'skewed' });
  });

  it('no new item before the limit: WaiterTimeoutError saying none appeared, the start sent once', async () => {
    const now = Date.now();
    const counts = serve({ list: () => [item('old', now - 60_000)] });
    const error = await client().batchScanLocalImageAndWait!(SCAN_INPUT, { ...OPTIONS, maxWaitMs: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    const timeout = error as WaiterTimeoutError;
    expect(timeout.lastState).toBe('no new task in ListImageLocal yet (1 listed)');
    expect(timeout.waiter).toBe('LocalImageScanned');
    expect(timeout.attempts).toBe(counts.readings() - 1);
    // Nothing was found, so there is no waiter input to wait again with.
    expect(timeout.waiterInput).toBeUndefined();
    expect(counts.starts()).toBe(1);
  });

  it('several new items at once: the newest is followed, and the ambiguity reported in progress and a warning', async () => {
    const now = Date.now();
    serve({
      list: (n) => (n === 1 ? [] : [item('first', now + 10), item('newest', now + 20), item('other', now + 5)]),
    });
    const seen: WaiterProgress[] = [];
    const done = await client().batchScanLocalImageAndWait!(SCAN_INPUT, {
      ...OPTIONS,
      onProgress: (p) => seen.push(p),
    });
    expect(done.found).toMatchObject({ image_id: 'newest' });
    const found = seen.find((p) => p.phase === 'find' && p.state === 'success')!;
    expect(found.warning).toBe(
      '3 new tasks appeared in ListImageLocal after the start (image_id "first", "newest", "other"); waiting for the newest, "newest": another client, the console or a schedule may have started one at the same time',
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([{ code: AMBIGUOUS_TASK_WARNING, message: found.warning }]);
  });

  it('a wait that runs out after the task was found carries the waiter input to wait again with', async () => {
    serve({ list: (n) => (n === 1 ? [] : [item('new', Date.now())]), poll: () => 'scanning' });
    const error = await client().batchScanLocalImageAndWait!(SCAN_INPUT, { ...OPTIONS, maxWaitMs: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect((error as WaiterTimeoutError).waiterInput).toEqual({ image_name: 'name-new', image_version: '1.25' });
    expect((error as WaiterTimeoutError).toJSON()).toMatchObject({ waiterInput: { image_name: 'name-new' } });
  });

  it("an abort while looking for the task ends with the signal's reason", async () => {
    serve({ list: () => [] });
    const controller = new AbortController();
    const reason = new Error('stop');
    const waiting = client().batchScanLocalImageAndWait!(SCAN_INPUT, {
      ...OPTIONS,
      signal: controller.signal,
      onProgress: () => controller.abort(reason),
    });
    await expect(waiting).rejects.toBe(reason);
  });
});

describe("the start's own acceptors: a failure state read off its answer before any poll", () => {
  it('an answer that matches rejects at once with WaiterFailureError, the answer as result; nothing is polled', async () => {
    const counts = serve({ start: { status: 200, body: { name: 'x', refused: true } } });
    const seen: WaiterProgress[] = [];
    const error = await client().batchScanCheckedAndWait!(SCAN_INPUT, {
      ...OPTIONS,
      onProgress: (p) => seen.push(p),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    const failure = error as WaiterFailureError;
    expect(failure.message).toBe(
      'waiter LocalImageScanned reached a failure state on the answer of BatchScanLocalImageNamed, before any poll: ' +
        'refused = true; input.body.image_info_list[0].image_version = "1.25"',
    );
    expect(failure).toMatchObject({ waiter: 'LocalImageScanned', attempts: 0, waiterInput: undefined });
    expect(failure.lastState).toBe('refused = true; input.body.image_info_list[0].image_version = "1.25"');
    expect((failure.result as ApiResult<unknown>).data).toEqual({ name: 'x', refused: true });
    expect(counts.starts()).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(seen).toEqual([]);
  });

  it("an inputOutput acceptor reads the start's input as given", async () => {
    serve({ start: { status: 200, body: { name: 'x' } } });
    const input = { body: { image_info_list: [{ ...SCAN_INPUT.body.image_info_list[0]!, image_version: 'none' }] } };
    const error = await client().batchScanCheckedAndWait!(input, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect((error as WaiterFailureError).lastState).toBe(
      'refused = null; input.body.image_info_list[0].image_version = "none"',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('an answer no acceptor matches goes on to the waiter as before', async () => {
    serve({
      start: { status: 200, body: { name: 'fine', refused: false } },
      poll: (_, n) => (n < 2 ? 'scanning' : 'success'),
    });
    const done = await client().batchScanCheckedAndWait!(SCAN_INPUT, OPTIONS);
    expect(done.waiterInput).toEqual({ image_name: 'fine', image_version: '1.25' });
    expect(done.wait.attempts).toBe(2);
  });

  it('a start whose task is searched for: the failure comes before the search (the list read only before the start)', async () => {
    const counts = serve({ start: { status: 200, body: { refused: true } }, list: () => [] });
    const error = await client().batchScanCheckedFindAndWait!(SCAN_INPUT, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect(counts.readings()).toBe(1);
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
  });
});

describe("the start's requirement on its input: checked before anything is sent", () => {
  const NO_VERSION = {
    body: { image_info_list: [{ ...SCAN_INPUT.body.image_info_list[0]!, image_version: 'none' }] },
  };

  it('not met: ValidationError naming the waiter, at the member the requirement reads; no request at all', async () => {
    const counts = serve({ start: { status: 200, body: { name: 'x' } } });
    const seen: WaiterProgress[] = [];
    const error = await client().batchScanRequiredAndWait!(NO_VERSION, {
      ...OPTIONS,
      onProgress: (p) => seen.push(p),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const refused = error as ValidationError;
    const message =
      'does not suit waiter LocalImageScanned: an image of no version cannot be followed ' +
      "(`input.body.image_info_list[0].image_version != 'none'` is false)";
    expect(refused.violations).toEqual([{ path: 'body.image_info_list[0].image_version', message }]);
    expect(refused.message).toBe(
      `batchScanRequiredAndWait sent nothing: body.image_info_list[0].image_version ${message}`,
    );
    expect(server.requests).toHaveLength(0);
    expect(counts.starts()).toBe(0);
    expect(seen).toEqual([]);
  });

  it("not met on a start whose task is searched for: not even the list's first reading is made", async () => {
    const counts = serve({ list: () => [] });
    const error = await client().batchScanRequiredFindAndWait!(NO_VERSION, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(counts.readings()).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('met: the start is sent and followed as before', async () => {
    const counts = serve({
      start: { status: 200, body: { name: 'fine' } },
      poll: (_, n) => (n < 2 ? 'scanning' : 'success'),
    });
    const done = await client().batchScanRequiredAndWait!(SCAN_INPUT, OPTIONS);
    expect(done.wait.attempts).toBe(2);
    expect(counts.starts()).toBe(1);

    serve({ list: (n) => (n === 1 ? [] : [item('new', Date.now())]) });
    const found = await client().batchScanRequiredFindAndWait!(SCAN_INPUT, OPTIONS);
    expect(found.found).toMatchObject({ image_id: 'new' });
  });

  it('only `true` meets it: a value that is merely there (a string) does not', async () => {
    serve({});
    const error = await client().batchScanTruthyAndWait!(SCAN_INPUT, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations[0]!.message).toBe(
      'does not suit waiter LocalImageScanned: a version is needed (`input.body.image_info_list[0].image_version` is "1.25")',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('a requirement reading several members is located at the whole input', async () => {
    serve({});
    const error = await client().batchScanTwoMembersAndWait!(SCAN_INPUT, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations[0]!.path).toBe('');
    expect((error as ValidationError).message).toMatch(/^batchScanTwoMembersAndWait sent nothing: input does not suit/);
    expect(server.requests).toHaveLength(0);
  });
});
