// Scripted answers of imagesec/testing, as a user's test would use them: the SDK against the
// strict mock (real loopback, real Prism), a scan played from running to done, answers that depend
// on the request, answers the API could not give refused, and what does not consume an answer
// (a refused signature, a request the checks refuse, a request Prism refuses, a fault).
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, HssClient, SasClient } from 'imagesec';
import { startMock, type RunningMock, type ScriptedResponse } from 'imagesec/testing';
import { loadSpec, specOperations, resolveRef } from '../../scripts/spec/document.js';
import { hashing } from '../../src/core/crypto/node.js';
import { signHuawei } from '../../src/hss/signer.js';
import { startGateway } from '../../src/testing/gateway.js';
import { allClouds } from '../helpers/cloud-clients.js';

const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const HSS_KEY = { ak: 'SCRIPTEDMOCKAK000001', sk: 'scripted-mock-secret-000001' };
const SAS_KEY = { accessKeyId: 'LTAI5tScriptedMock01', accessKeySecret: 'scripted-mock-sas-secret-1' };

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ credentials: { hss: [HSS_KEY], sas: [SAS_KEY] } });
}, 60_000);
afterAll(async () => mock.close());
beforeEach(() => mock.reset());

const hss = (credentials: object = HSS_KEY, extra: object = {}) =>
  new HssClient({
    endpoint: mock.urls.hss,
    region: 'cn-north-4',
    projectId: PROJECT,
    credentials,
    env: {},
    ...extra,
  } as never);
const sas = (credentials: object = SAS_KEY) =>
  new SasClient({ endpoint: mock.urls.sas, credentials, env: {} } as never);

/** A ListImageLocal page of one image in `scan_status`. */
const localImage = (scan_status: string): ScriptedResponse => ({
  body: { total_num: 1, data_list: [{ image_id: 'c499ab72-7ee9-4ee6-b6b7-5973230e7a7b', scan_status }] },
});
/** A DescribeImageFixTask page of one task in `Status` (1 running, 2 succeeded, 3 failed). */
const fixTask = (Status: number): ScriptedResponse => ({
  body: {
    PageInfo: { CurrentPage: 1, PageSize: 20, TotalCount: 1, Count: 1 },
    BuildTasks: [{ BuildTaskId: 'ivf-1', Status }],
  },
});

/** What a waiter does, by hand: polls until the image's scan leaves `scanning`, at most `max` times. */
async function pollScan(client: HssClient, max = 10): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const { data } = await client.listImageLocal({ image_name: 'nginx' });
    const state = data.data_list?.[0]?.scan_status ?? 'none';
    seen.push(state);
    if (state !== 'scanning') break;
  }
  return seen;
}

describe('a sequence plays an asynchronous task through its states', () => {
  it('HSS: a local image scan from scanning to success, seen by the SDK; the records say which answer each poll got', async () => {
    mock.script('ListImageLocal', [localImage('scanning'), localImage('scanning'), localImage('success')]);
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 0, remaining: 3 });
    expect(await pollScan(hss())).toEqual(['scanning', 'scanning', 'success']);
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 3, remaining: 0 });
    expect(mock.requests.map((r) => [r.operation, r.signature, r.status, r.scripted])).toEqual([
      ['ListImageLocal', 'valid', 200, { index: 0, call: 1, error: undefined }],
      ['ListImageLocal', 'valid', 200, { index: 1, call: 2, error: undefined }],
      ['ListImageLocal', 'valid', 200, { index: 2, call: 3, error: undefined }],
    ]);
    // Recorded like any request: the parameters as the check read them.
    expect(mock.requests[0]?.parameters).toMatchObject({ query: { image_name: 'nginx' } });
  });

  it('HSS: each answer carries a fresh X-Request-Id unless the script gives one', async () => {
    mock.script('ListImageLocal', [
      localImage('success'),
      { ...localImage('success'), headers: { 'X-Request-Id': 'fixed-id-1' } },
    ]);
    const first = await hss().listImageLocal({});
    const second = await hss().listImageLocal({});
    expect(first.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(second.requestId).toBe('fixed-id-1');
  });

  it('SAS: a fix task from running (1) to succeeded (2); the body gets its RequestId as SAS bodies have', async () => {
    mock.script('DescribeImageFixTask', [fixTask(1), fixTask(2)]);
    const client = sas();
    const states: unknown[] = [];
    const ids: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const { data, requestId } = await client.describeImageFixTask({ CurrentPage: 1, PageSize: 20 });
      states.push(data.BuildTasks?.[0]?.Status);
      ids.push(requestId);
      if (data.BuildTasks?.[0]?.Status !== 1) break;
    }
    expect(states).toEqual([1, 2]);
    expect(ids).toEqual([expect.stringMatching(/^[0-9A-F-]{36}$/), expect.stringMatching(/^[0-9A-F-]{36}$/)]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('SAS: a scripted error answer (a documented status) reaches the SDK as that error', async () => {
    mock.script('DescribeImageFixTask', {
      status: 400,
      body: { Code: 'InvalidParameter', Message: 'scripted refusal', HostId: 'tds.aliyuncs.com' },
    });
    const error = await sas()
      .describeImageFixTask({ CurrentPage: 1, PageSize: 20 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'InvalidParameter', requestId: expect.any(String) as unknown });
  });
});

describe('once the sequence is served', () => {
  it('the last answer repeats by default: a sequence of one running answer never ends', async () => {
    mock.script('ListImageLocal', localImage('scanning'));
    expect(await pollScan(hss(), 5)).toEqual(['scanning', 'scanning', 'scanning', 'scanning', 'scanning']);
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 5, remaining: 0 });
    expect(mock.requests.map((r) => r.scripted?.index)).toEqual([0, 0, 0, 0, 0]);
    expect(mock.requests.map((r) => r.scripted?.call)).toEqual([1, 2, 3, 4, 5]);
  });

  it("{ then: 'prism' } lets Prism's example answers through again", async () => {
    mock.script('ListImageLocal', [localImage('scanning')], { then: 'prism' });
    const first = await hss().listImageLocal({});
    const second = await hss().listImageLocal({});
    expect(first.data.total_num).toBe(1);
    // The spec's example: two images.
    expect(second.data.total_num).toBe(2);
    expect(mock.requests.map((r) => r.scripted?.index)).toEqual([0, undefined]);
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 1, remaining: 0 });
  });

  it('scripting the operation again replaces its script', async () => {
    mock.script('ListImageLocal', [localImage('scanning'), localImage('scanning')]);
    await hss().listImageLocal({});
    mock.script('ListImageLocal', localImage('failed'));
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 0, remaining: 1 });
    expect((await hss().listImageLocal({})).data.data_list?.[0]?.scan_status).toBe('failed');
  });
});

describe('function answers', () => {
  it('answer from the request and the call number (sync or async)', async () => {
    mock.script('ListImageLocal', (request, call) => ({
      body: {
        total_num: call,
        data_list: [{ image_name: String(request.query.image_name), scan_status: call < 3 ? 'scanning' : 'success' }],
      },
    }));
    mock.script('DescribeImageFixTask', [
      fixTask(1),
      async (request) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return fixTask(Number(request.query.PageSize) === 20 ? 2 : 3);
      },
    ]);
    const answers = await Promise.all(
      [1, 2, 3].map(async () => (await hss().listImageLocal({ image_name: 'nginx' })).data),
    );
    expect(answers.map((a) => a.data_list?.[0]?.image_name)).toEqual(['nginx', 'nginx', 'nginx']);
    expect(answers.map((a) => a.total_num).sort()).toEqual([1, 2, 3]);
    expect((await hss().listImageLocal({ image_name: 'redis' })).data).toMatchObject({
      total_num: 4,
      data_list: [{ image_name: 'redis', scan_status: 'success' }],
    });
    const fix = async () =>
      (await sas().describeImageFixTask({ CurrentPage: 1, PageSize: 20 })).data.BuildTasks?.[0]?.Status;
    expect([await fix(), await fix(), await fix()]).toEqual([1, 2, 2]);
  });

  it("a function's answer the API could not give fails loudly: a 501 MockScriptError (not retried) saying why, and in the record", async () => {
    mock.script('ListImageLocal', () => localImage('done'));
    const error = await hss()
      .listImageLocal({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 501, code: 'MockScriptError' });
    expect((error as ApiError).message).toContain(
      'body.data_list[0].scan_status must be equal to one of the allowed values',
    );
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]).toMatchObject({ status: 501, scripted: { index: 0, call: 1 } });
    expect(mock.requests[0]?.scripted?.error).toContain('"scanning"');
  });

  it('a function that throws fails the same way, with its message', async () => {
    mock.script('DescribeImageFixTask', () => {
      throw new Error('my script broke');
    });
    const error = await sas()
      .describeImageFixTask({ CurrentPage: 1, PageSize: 20 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 501, code: 'MockScriptError' });
    expect((error as ApiError).message).toContain('the function threw: my script broke');
  });
});

describe('an answer the API could not give is refused when scripted', () => {
  const refused = (operation: string, answers: Parameters<RunningMock['script']>[1]) => {
    try {
      mock.script(operation, answers);
    } catch (error) {
      return (error as Error).message;
    }
    return 'not refused';
  };

  it('a body its schema refuses, a misspelt field, an undocumented status, a body where none is documented', () => {
    expect(refused('ListImageLocal', [localImage('scanning'), localImage('done')])).toBe(
      'the scripted answer [1] for ListImageLocal is not one the API could give: body.data_list[0].scan_status must be ' +
        'equal to one of the allowed values ("unscan", "success", "scanning", "failed", "waiting")',
    );
    expect(refused('ListImageLocal', { body: { total_num: 1, data_list: [{ scan_stauts: 'success' }] } })).toMatch(
      /body\.data_list\[0\]\.scan_stauts is not a field this response documents$/,
    );
    expect(refused('DescribeImageFixTask', { body: { BuildTasks: [{ Status: '2' }] } })).toMatch(
      /body\.BuildTasks\[0\]\.Status must be integer$/,
    );
    expect(refused('ListImageLocal', { body: { total_num: 2 ** 40 } })).toMatch(
      /body\.total_num must match format "int32"/,
    );
    expect(refused('ListImageLocal', { status: 418 })).toMatch(
      /ListImageLocal documents no 418 response \(it documents 200, 400/,
    );
    expect(refused('BatchScanLocalImage', { body: { ok: true } })).toMatch(/body: this response has none$/);
    expect(
      refused('ListImageLocal', { body: localImage('success').body, headers: { 'content-type': 'text/html' } }),
    ).toMatch(/header content-type is the mock's own/);
    expect(refused('ListImageLocal', { statsu: 200 } as never)).toMatch(/unknown keys statsu/);
    // Nothing of a refused script is kept.
    expect(mock.scripted('ListImageLocal')).toBeUndefined();
  });

  it('an unknown operation, an empty sequence, an unknown `then`', () => {
    expect(() => mock.script('NoSuchOperation', localImage('success'))).toThrow(
      'no mocked cloud has the operation NoSuchOperation',
    );
    expect(() => mock.script('ListImageLocal', [])).toThrow('no answers scripted for ListImageLocal');
    expect(() => mock.script('ListImageLocal', [localImage('success')], { then: 'stop' } as never)).toThrow(
      `then must be 'repeat-last' or 'prism', not "stop"`,
    );
  });

  it('an operation answered without a body takes a status alone', async () => {
    mock.script('BatchScanLocalImage', { status: 200, headers: { 'X-Request-Id': 'batch-1' } });
    const { status, requestId } = await hss().batchScanLocalImage({
      body: { image_info_list: [{ image_name: 'nginx', image_version: '1.25', image_id: 'c499ab72' }] },
    });
    expect([status, requestId]).toEqual([200, 'batch-1']);
    expect(mock.requests.map((r) => r.scripted?.index)).toEqual([0]);
  });
});

// Every documented 2xx example (and a bodiless 2xx as a status alone) scripts without complaint:
// the check refuses no more than the spec allows, the no-undocumented-field rule included. Every
// cloud of the registry: the mock serves them all, the test suite's own among them.
const exampleAnswers = await Promise.all(
  allClouds().map(async ({ id }) => {
    const doc = await loadSpec(id);
    return specOperations(doc).flatMap(({ operationId, operation }) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => /^2\d\d$/.test(status))
        .flatMap(([status, documented]) => {
          const response = resolveRef(doc, documented);
          const media = response.content?.['application/json'];
          const examples = Object.entries(media?.examples ?? {}).map(
            ([example, value]) => [example, resolveRef(doc, value).value as unknown] as const,
          );
          const answers = media === undefined ? [['no body', undefined] as const] : examples.length > 0 ? examples : [];
          return answers.map(
            ([example, body]) => [`${operationId} ${status} ${example}`, operationId, Number(status), body] as const,
          );
        }),
    );
  }),
);

describe("the spec's own answers are ones the API could give", () => {
  it.each(exampleAnswers.flat())('%s', (_, operation, status, body) => {
    expect(() => mock.script(operation, { status, body })).not.toThrow();
  });
});

describe('what does not consume an answer', () => {
  /** ListImageLocal signed with `credentials`, `query` as given (unchecked by any SDK). */
  async function rawList(query: string, credentials = HSS_KEY) {
    const url = new URL(`${mock.urls.hss}/v5/${PROJECT}/image/local-repositories?${query}`);
    const { headers } = await signHuawei(
      { method: 'GET', url, headers: [], body: '' },
      credentials,
      new Date(),
      hashing,
    );
    const response = await fetch(url, { headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('a refused signature: the vendor refusal is answered and the script waits', async () => {
    mock.script('ListImageLocal', [localImage('scanning'), localImage('success')]);
    const wrong = await hss({ ...HSS_KEY, sk: 'not-the-secret-00000000001' })
      .listImageLocal({})
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ status: 401, code: 'APIGW.0301' });
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 0, remaining: 2 });
    expect((await hss().listImageLocal({})).data.data_list?.[0]?.scan_status).toBe('scanning');
    expect(mock.requests.map((r) => [r.signature, r.status, r.scripted?.index])).toEqual([
      ['mismatch', 401, undefined],
      ['valid', 200, 0],
    ]);
  });

  it('a request the check refuses (an unknown query parameter): HSS.0001, and the script waits', async () => {
    mock.script('ListImageLocal', [localImage('scanning'), localImage('success')]);
    const bad = await rawList('nosuch=1');
    expect(bad).toMatchObject({ status: 400, body: { error_code: 'HSS.0001' } });
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 0, remaining: 2 });
    const good = await rawList('image_name=nginx');
    expect(good).toMatchObject({ status: 200, body: { data_list: [{ scan_status: 'scanning' }] } });
    expect(mock.requests.map((r) => [r.status, r.violations.length, r.scripted?.index])).toEqual([
      [400, 1, undefined],
      [200, 0, 0],
    ]);
  });

  it('a fault comes first (failNext): the SDK retries past it, then gets the first scripted answer', async () => {
    mock.script('ListImageLocal', [localImage('scanning'), localImage('success')]);
    mock.failNext('ListImageLocal', { status: 429, retryAfter: 0 });
    expect((await hss().listImageLocal({})).data.data_list?.[0]?.scan_status).toBe('scanning');
    expect(mock.requests.map((r) => [r.status, r.fault?.status, r.scripted?.index])).toEqual([
      [429, 429, undefined],
      [200, undefined, 0],
    ]);
    expect(mock.scripted('ListImageLocal')).toEqual({ served: 1, remaining: 1 });
  });

  it('reset() forgets the scripts: Prism answers again', async () => {
    mock.script('ListImageLocal', localImage('scanning'));
    mock.script('DescribeImageFixTask', fixTask(1));
    mock.reset();
    expect(mock.scripted('ListImageLocal')).toBeUndefined();
    expect(mock.scripted('DescribeImageFixTask')).toBeUndefined();
    expect((await hss().listImageLocal({})).data.total_num).toBe(2);
    expect((await sas().describeImageFixTask({ CurrentPage: 1, PageSize: 20 })).data.BuildTasks?.[0]?.Status).toBe(2);
    expect(mock.requests.map((r) => r.scripted)).toEqual([undefined, undefined]);
  });
});

describe("a request Prism refuses gets Prism's refusal, and the script waits", () => {
  // Nothing the strict gateway lets through is known to be refused by Prism 5.16 (its check is the
  // stricter one), so an upstream that refuses as Prism does (422, its problem+json) stands in for it.
  let upstream: Server;
  let refuse = true;
  beforeAll(async () => {
    upstream = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      if (refuse) {
        res.writeHead(422, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY', status: 422 }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"total_num":0,"data_list":[]}');
      }
    });
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
  });
  afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

  it('422 passes through unscripted; once the upstream accepts, the first answer is served', async () => {
    const { port } = upstream.address() as AddressInfo;
    const gateway = await startGateway('hss', { url: `http://127.0.0.1:${port}` }, {});
    try {
      gateway.script('ListImageLocal', [localImage('scanning'), localImage('success')]);
      const list = async () => {
        const response = await fetch(`${gateway.url}/v5/${PROJECT}/image/local-repositories`, {
          headers: { 'x-auth-token': 'any' },
        });
        return [
          response.status,
          ((await response.json()) as { data_list?: { scan_status?: string }[] }).data_list?.[0]?.scan_status,
        ];
      };
      expect(await list()).toEqual([422, undefined]);
      expect(gateway.scripted('ListImageLocal')).toEqual({ served: 0, remaining: 2 });
      refuse = false;
      expect(await list()).toEqual([200, 'scanning']);
      expect(gateway.requests.map((r) => [r.status, r.scripted?.index])).toEqual([
        [422, undefined],
        [200, 0],
      ]);
    } finally {
      await gateway.close();
    }
  });
});
