// imagesec/testing as a user's test would use it: the SDK against the strict mock with AK/SK, STS
// and IAM-token credentials; each signature refusal in the vendor's own words; scripted faults seen
// through the SDK's retries; what the mock recorded.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { request } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, HssClient, RateLimitError, SasClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';
import { operationTable as hssOperations } from '../../generated/hss.operations.js';
import { operationTable as sasOperations } from '../../generated/sas.operations.js';
import type { OperationEntry } from '../../src/core/operation-types.js';
import { loadSpec } from '../../scripts/spec/document.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';
import { EMPTY_HOME, NODE_SOURCE_ARGS } from '../helpers/cli.js';
import { listening } from '../helpers/listening-sockets.js';
import { usePrism } from '../helpers/prism.js';
import { hashing } from '../../src/core/crypto/node.js';
import { signHuawei, type HuaweiAkSk } from '../../src/hss/signer.js';

const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const HSS_KEY = { ak: 'STRICTMOCKAK00000001', sk: 'strict-mock-secret-00000001' };
const HSS_TEMP = { ak: 'STRICTMOCKAKTEMP0001', sk: 'strict-mock-temp-secret-01', securityToken: 'strict-token-0001' };
const HSS_TOKEN = { authToken: 'strict-mock-iam-token-0001' };
const SAS_KEY = { accessKeyId: 'LTAI5tStrictMock0001', accessKeySecret: 'strict-mock-sas-secret-01' };
const SAS_STS = {
  accessKeyId: 'STS.StrictMockTemp01',
  accessKeySecret: 'strict-sts-secret-01',
  securityToken: 'sts-0001',
};

const docs = { hss: await loadSpec('hss'), sas: await loadSpec('sas') };

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ credentials: { hss: [HSS_KEY, HSS_TEMP, HSS_TOKEN], sas: [SAS_KEY, SAS_STS] } });
}, 60_000);
afterAll(async () => mock.close());
beforeEach(() => mock.reset());

const hss = (credentials: object, extra: object = {}) =>
  new HssClient({
    endpoint: mock.urls.hss,
    region: 'cn-north-4',
    projectId: PROJECT,
    credentials,
    env: {},
    ...extra,
  } as never);
const sas = (credentials: object, extra: object = {}) =>
  new SasClient({ endpoint: mock.urls.sas, credentials, env: {}, ...extra } as never);

const statistic = (client: HssClient) =>
  client.showImageSecurityReportStatistic({ security_report_type: 'vulnerability', body: { operate_all: true } });
const vulList = (client: SasClient) => client.describeImageVulList({ Type: 'cve' });

describe('the strict mock checks signatures as the clouds do', () => {
  it('accepts AK/SK, temporary keys and IAM tokens (HSS), AccessKeys and STS (SAS), recording who signed', async () => {
    for (const credentials of [HSS_KEY, HSS_TEMP, HSS_TOKEN])
      await expect(statistic(hss(credentials))).resolves.toMatchObject({ status: 200 });
    for (const credentials of [SAS_KEY, SAS_STS])
      await expect(vulList(sas(credentials))).resolves.toMatchObject({ status: 200 });
    expect(mock.requests.map((r) => [r.cloud, r.operation, r.signature, r.signedBy, r.status])).toEqual([
      ['hss', 'ShowImageSecurityReportStatistic', 'valid', HSS_KEY.ak, 200],
      ['hss', 'ShowImageSecurityReportStatistic', 'valid', HSS_TEMP.ak, 200],
      ['hss', 'ShowImageSecurityReportStatistic', 'valid', 'token', 200],
      ['sas', 'DescribeImageVulList', 'valid', SAS_KEY.accessKeyId, 200],
      ['sas', 'DescribeImageVulList', 'valid', SAS_STS.accessKeyId, 200],
    ]);
  });

  it('refuses a wrong secret, an unknown key and a wrong token with the vendor codes', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [() => statistic(hss({ ...HSS_KEY, sk: 'not-the-secret-0000000001' })), 'APIGW.0301'],
      [() => statistic(hss({ ak: 'UNKNOWNAK00000000001', sk: 'whatever-secret-000001' })), 'APIGW.0301'],
      [() => statistic(hss({ authToken: 'not-a-known-token' })), 'APIGW.0301'],
      [() => vulList(sas({ ...SAS_KEY, accessKeySecret: 'not-the-secret-01' })), 'SignatureDoesNotMatch'],
      [
        () => vulList(sas({ accessKeyId: 'LTAI5tUnknownKey0001', accessKeySecret: 'x-secret-01' })),
        'InvalidAccessKeyId.NotFound',
      ],
      [() => vulList(sas({ ...SAS_STS, securityToken: 'sts-9999' })), 'InvalidSecurityToken.MismatchWithAccessKey'],
    ];
    for (const [call, code] of cases) {
      const error = await call().catch((e: unknown) => e);
      expect(error, code).toBeInstanceOf(code.startsWith('APIGW') ? AuthenticationError : BadRequestError);
      expect((error as { code?: string }).code).toBe(code);
    }
    expect(mock.requests.map((r) => r.signature)).toEqual([
      'mismatch',
      'unknown-key',
      'unknown-key',
      'mismatch',
      'unknown-key',
      'token-wrong',
    ]);
    // Nothing secret in what the mock recorded.
    const recorded = JSON.stringify(mock.requests);
    for (const secret of [HSS_KEY.sk, SAS_KEY.accessKeySecret, SAS_STS.accessKeySecret])
      expect(recorded).not.toContain(secret);
  });
});

describe('nothing reaches Prism but through the gateway', () => {
  /** An HSS and a SAS call with signature headers that sign nothing: Prism alone takes both. */
  const unsigned = async (base: string) => {
    const hssCall = await fetch(
      `${base}/v5/${PROJECT}/image/security-report/statistic?security_report_type=vulnerability`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', region: 'cn-north-4', 'x-auth-token': 'unsigned' },
        body: '{"operate_all":true}',
      },
    );
    const sasCall = await fetch(`${base}/?Type=cve`, {
      method: 'POST',
      headers: {
        'x-acs-action': 'DescribeImageVulList',
        'x-acs-version': '2018-12-03',
        authorization: 'ACS3-HMAC-SHA256 Credential=unsigned,SignedHeaders=host,Signature=none',
        'x-acs-date': new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        'x-acs-signature-nonce': 'unsigned',
        'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
    });
    return `hss ${hssCall.status}, sas ${sasCall.status}`;
  };

  it.runIf(process.platform === 'linux')(
    'the only TCP ports are the gateways; Prism (and the SAS action router) listen on sockets in a directory only this user can enter',
    async () => {
      const gateways = Object.values(mock.urls).map((url) => Number(new URL(url).port));
      const { tcpPorts, unixPaths } = listening();
      // Any other port is a way around the signature check and the record: say what it answers.
      const around = await Promise.all(
        tcpPorts
          .filter((port) => !gateways.includes(port))
          .map(async (port) => `port ${port}: ${await unsigned(`http://127.0.0.1:${port}`)}`),
      );
      expect(around).toEqual([]);
      expect(mock.requests).toEqual([]);
      // Through the gateways the same calls are refused in the vendor's words, and recorded.
      expect(await unsigned(mock.urls.hss!)).toMatch(/^hss 401,/);
      expect(await unsigned(mock.urls.sas!)).toMatch(/, sas 400$/);
      expect(mock.requests).toHaveLength(4);
      expect(unixPaths.length).toBeGreaterThanOrEqual(2);
      for (const path of unixPaths) {
        const directory = statSync(dirname(path));
        expect(directory.mode & 0o777, path).toBe(0o700);
        expect(directory.uid, path).toBe(process.getuid!());
      }
    },
  );
});

describe('a body over the limit (8 MiB by default) is refused unread, in the vendor words', () => {
  const LIMIT = 8 * 1024 * 1024;
  const MiB = 1024 * 1024;
  const STATISTIC = `/v5/${PROJECT}/image/security-report/statistic?security_report_type=vulnerability`;

  interface Upload {
    readonly status: number | undefined;
    readonly body: Record<string, unknown> | undefined;
    /** Bytes handed to the socket before the answer (or the end). */
    readonly sent: number;
    /** The most this process's RSS grew meanwhile (the gateway runs in it). */
    readonly growth: number;
  }

  /**
   * POSTs up to `total` bytes of spaces (chunked, or after a Content-Length of `declared`),
   * stopping as soon as an answer comes; `total` 0 sends only the headers.
   */
  async function upload(base: string, path: string, total: number, declared?: number): Promise<Upload> {
    const start = process.memoryUsage.rss();
    let peak = start;
    const req = request(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        region: 'cn-north-4',
        ...(declared === undefined ? {} : { 'content-length': String(declared) }),
      },
    });
    req.on('error', () => {}); // the upload is cut once answered
    const answered = new Promise<Pick<Upload, 'status' | 'body'>>((resolve) => {
      req.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, body: JSON.parse(Buffer.concat(chunks).toString()) as never }),
        );
      });
      req.on('close', () => resolve({ status: undefined, body: undefined }));
    });
    let answer: Pick<Upload, 'status' | 'body'> | undefined;
    void answered.then((a) => (answer = a));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    req.flushHeaders();
    while (answer === undefined && sent < total) {
      const more = req.write(chunk);
      sent += chunk.length;
      peak = Math.max(peak, process.memoryUsage.rss());
      if (!more) await Promise.race([once(req, 'drain'), answered]);
    }
    if (answer === undefined && total > 0) req.end();
    const timeout = new Promise<Pick<Upload, 'status' | 'body'>>((resolve) =>
      setTimeout(() => resolve({ status: undefined, body: { waited: 'no answer within 3 s' } }), 3_000).unref(),
    );
    const { status, body } = await Promise.race([answered, timeout]);
    req.destroy();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { status, body, sent, growth: peak - start };
  }

  it('a chunked body that never ends: 413 APIGW.0201 once past the limit, the rest unread, memory flat', async () => {
    const result = await upload(mock.urls.hss!, STATISTIC, 64 * MiB);
    expect(result).toMatchObject({ status: 413, body: { error_code: 'APIGW.0201' } });
    // What the socket buffers hold besides, on loopback, is a few MiB at most.
    expect(result.sent).toBeLessThan(LIMIT + 16 * MiB);
    expect(result.growth).toBeLessThan(32 * MiB);
    expect(mock.requests.map((r) => [r.operation, r.status, r.body, r.violations.map((v) => v.path)])).toEqual([
      ['ShowImageSecurityReportStatistic', 413, '', ['body']],
    ]);
  });

  it('a Content-Length over the limit is refused before any of the body is sent (HSS and SAS shapes)', async () => {
    const hss = await upload(mock.urls.hss!, STATISTIC, 0, 1024 * MiB);
    expect(hss).toMatchObject({ status: 413, body: { error_code: 'APIGW.0201' } });
    const sas = await upload(mock.urls.sas!, '/?Type=cve', 0, LIMIT + 1);
    expect(sas).toMatchObject({ status: 413, body: { Code: 'RequestEntityTooLarge', HostId: 'tds.aliyuncs.com' } });
  });

  it('a body of exactly the limit is read whole (and refused for its missing signature, not its size)', async () => {
    const result = await upload(mock.urls.hss!, STATISTIC, LIMIT);
    expect(result).toMatchObject({ status: 401, body: { error_code: 'APIGW.0301' } });
    expect(mock.requests.map((r) => [r.status, r.signature])).toEqual([[401, 'missing']]);
  });
});

describe('refusals only a hand-made request can cause', () => {
  /** Signs a ShowImageSecurityReportStatistic request as the SDK would, at `time`, and sends it. */
  async function signedAt(time: Date, credentials: HuaweiAkSk) {
    const url = new URL(
      `${mock.urls.hss}/v5/${PROJECT}/image/security-report/statistic?security_report_type=vulnerability`,
    );
    const body = '{"operate_all":true}';
    const request = {
      method: 'POST',
      url,
      headers: [
        ['content-type', 'application/json'],
        ['region', 'cn-north-4'],
      ] as [string, string][],
      body,
    };
    const { headers } = await signHuawei(request, credentials, time, hashing);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', region: 'cn-north-4', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as { error_code?: string } };
  }

  it('a signature 16 minutes old and a temporary key without its token are refused (APIGW.0301)', async () => {
    const stale = await signedAt(new Date(Date.now() - 16 * 60_000), HSS_KEY);
    expect(stale).toMatchObject({ status: 401, body: { error_code: 'APIGW.0301' } });
    const tokenless = await signedAt(new Date(), { ak: HSS_TEMP.ak, sk: HSS_TEMP.sk });
    expect(tokenless).toMatchObject({ status: 401, body: { error_code: 'APIGW.0301' } });
    expect(mock.requests.map((r) => r.signature)).toEqual(['expired', 'token-missing']);
  });

  it('records the parameters as the check read them: typed, the body exact', async () => {
    await hss(HSS_KEY).addImageWhiteLists({
      global_image_type: 'registry',
      type: 'vulnerability',
      body: { vul_ids: ['CVE-2024-6387'], rule_type: 'specific_images', image_info: [{ id: 9223372036854775807n }] },
    });
    const [record] = mock.requests;
    expect(record?.parameters).toMatchObject({
      path: { project_id: PROJECT },
      query: { global_image_type: 'registry', type: 'vulnerability' },
      body: { image_info: [{ id: 9223372036854775807n }] },
    });
  });
});

describe('scripted faults, seen through the SDK', () => {
  it('two 429s with Retry-After, then the answer: the SDK retries and succeeds', async () => {
    mock.failNext('ShowImageSecurityReportStatistic', { status: 429, retryAfter: 0, times: 2 });
    await expect(statistic(hss(HSS_KEY))).resolves.toMatchObject({ status: 200 });
    expect(mock.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('a 429 past the retries is a RateLimitError with the vendor code', async () => {
    mock.failNext('DescribeImageVulList', { status: 400, code: 'Throttling.User', times: 5 });
    const error = await vulList(sas(SAS_KEY, { maxRetries: 1, backoff: { baseDelayMs: 1 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe('Throttling.User');
    expect(mock.requests).toHaveLength(2);
  });

  it('a connection reset on a read is retried; on an operation not safe to repeat it is not', async () => {
    mock.failNext('ListImageLocal', { reset: true });
    await expect(hss(HSS_KEY).listImageLocal({})).resolves.toMatchObject({ status: 200 });
    mock.failNext('AddImageWhiteLists', { reset: true });
    const add = hss(HSS_KEY).addImageWhiteLists({
      global_image_type: 'registry',
      type: 'vulnerability',
      body: { vul_ids: ['CVE-2024-6387'], rule_type: 'all_images' },
    });
    await expect(add).rejects.toMatchObject({ name: 'ConnectionError' });
    expect(mock.requests.map((r) => [r.operation, r.status])).toEqual([
      ['ListImageLocal', undefined],
      ['ListImageLocal', 200],
      ['AddImageWhiteLists', undefined],
    ]);
  });

  it('refuses to script a fault for an operation neither spec has', () => {
    expect(() => mock.failNext('NoSuchOperation', { status: 500 })).toThrow(/NoSuchOperation/);
  });
});

describe('every operation of both specs, through the SDK, with each kind of credentials', () => {
  const cases = (['hss', 'sas'] as const).flatMap((cloud) =>
    Object.values(cloud === 'hss' ? hssOperations : sasOperations).map((entry: OperationEntry) => ({
      cloud,
      entry,
      input: sdkInput(exampleRequest(docs[cloud], entry.operationId), entry.constHeaders),
    })),
  );
  const KINDS = { hss: [HSS_KEY, HSS_TEMP, HSS_TOKEN], sas: [SAS_KEY, SAS_STS] } as const;

  it.each(cases.map((c) => [`${c.cloud} ${c.entry.operationId}`, c] as const))(
    '%s',
    async (_, { cloud, entry, input }) => {
      for (const credentials of KINDS[cloud]) {
        const client = (cloud === 'hss' ? hss(credentials) : sas(credentials)) as unknown as Record<
          string,
          (input: unknown) => Promise<{ status: number }>
        >;
        await expect(client[entry.method]!.call(client, input)).resolves.toMatchObject({ status: 200 });
      }
      expect(mock.requests.every((r) => r.signature === 'valid' && r.violations.length === 0)).toBe(true);
    },
  );
});

describe('what the strict mock refuses and Prism alone lets through (plain HTTP, signatures not checked)', () => {
  let open: RunningMock;
  let prismAlone: { hss: string; sas: string };
  const prisms = { hss: usePrism('hss'), sas: usePrism('sas') };
  beforeAll(async () => {
    open = await startMock();
    prismAlone = { hss: prisms.hss.url, sas: prisms.sas.url };
  }, 60_000);
  afterAll(async () => open.close());

  const WHITELIST = `/v5/${PROJECT}/image/whitelists`;
  const addBody = (id: string) =>
    `{"vul_ids":["CVE-2024-6387"],"rule_type":"specific_images","image_info":[{"id":${id},"image_name":"nginx"}]}`;
  const post = (base: string, path: string, query: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-auth-token': 'any', ...headers },
      body,
    });
  const sasPost = (base: string, query: string) =>
    fetch(`${base}/?${query}`, {
      method: 'POST',
      headers: {
        'x-acs-action': 'OperateImageVul',
        'x-acs-version': '2018-12-03',
        authorization: 'ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=b',
        'x-acs-date': '2026-12-06T00:00:00Z',
        'x-acs-signature-nonce': 'n',
        'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      },
    });
  const INFO = encodeURIComponent(
    '[{"namespace":"n","repoName":"r","regionId":"cn-shanghai","instanceId":"cri-1","repoId":"crr-1","tag":"t","ids":[1]}]',
  );

  it('an int64 id up to 2^63-1 passes, one past it is refused (Prism alone does the reverse at 2^53)', async () => {
    const query = 'global_image_type=registry&type=vulnerability';
    expect((await post(open.urls.hss!, WHITELIST, query, addBody('9223372036854775807'))).status).toBe(200);
    expect((await post(open.urls.hss!, WHITELIST, query, addBody('9223372036854775808'))).status).toBe(400);
    expect((await post(prismAlone.hss, WHITELIST, query, addBody('9223372036854775807'))).status).toBe(400);
  });

  it('an empty query value is checked like any other (enterprise_project_id=, minLength 1)', async () => {
    const query = 'global_image_type=registry&type=vulnerability&enterprise_project_id=';
    const refused = await post(open.urls.hss!, WHITELIST, query, addBody('1'));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error_code: string }).error_code).toBe('HSS.0001');
    expect((await post(prismAlone.hss, WHITELIST, query, addBody('1'))).status).toBe(200);
  });

  it('parameter names are exact: operatetype is not OperateType', async () => {
    const query = `Type=cve&operatetype=vul_fix&Info=${INFO}`;
    const refused = await sasPost(open.urls.sas!, query);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { Code: string }).Code).toBe('InvalidParameter');
    expect((await sasPost(prismAlone.sas, query)).status).toBe(200);
  });

  it('SAS Info is decoded and checked: text that is not JSON, fields of the wrong type (the spec keeps its items open to new fields)', async () => {
    for (const info of ['[not json]', '[{"namespace":5}]', '[{"ids":["x"]}]']) {
      const query = `Type=cve&OperateType=vul_fix&Info=${encodeURIComponent(info)}`;
      expect((await sasPost(open.urls.sas!, query)).status, info).toBe(400);
      expect((await sasPost(prismAlone.sas, query)).status, info).toBe(200);
    }
    expect((await sasPost(open.urls.sas!, `Type=cve&OperateType=vul_fix&Info=${INFO}`)).status).toBe(200);
  });
});

describe('from other test runners', () => {
  it('examples/strict-mock.node-test.ts passes under node --test', { timeout: 60_000 }, async () => {
    const file = fileURLToPath(new URL('../../examples/strict-mock.node-test.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...NODE_SOURCE_ARGS, '--test', '--test-reporter=tap', file],
      {
        env: { PATH: process.env.PATH ?? '', HOME: EMPTY_HOME },
        timeout: 50_000,
      },
    );
    expect(stdout).toMatch(/# pass 1\n# fail 0/);
  });
});
