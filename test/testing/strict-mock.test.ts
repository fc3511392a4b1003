// imagesec/testing as a user's test would use it: the SDK against the strict mock with AK/SK, STS
// and IAM-token credentials; each signature refusal in the vendor's own words; scripted faults seen
// through the SDK's retries; what the mock recorded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticationError, BadRequestError, HssClient, RateLimitError, SasClient } from 'imagesec';
import { startMock, type RunningMock } from 'imagesec/testing';

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
