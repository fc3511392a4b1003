// SasClient against Prism serving openapi/sas.yaml with request validation on: OperateImageVul with
// the vendor's example (Info as typed objects or as raw JSON text) succeeds, what Prism refuses is
// a typed error, and every documented error response maps to its class.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  SasClient,
  ServerError,
  ValidationError,
  type SasClientOptions,
  type sas,
} from 'imagesec';
import { SEED_INFO } from '../contract/seed-requests.js';
import { usePrism } from '../helpers/prism.js';

const prism = usePrism('sas');

const KEY = { accessKeyId: 'LTAI5tSasTestKeyId', accessKeySecret: 'sas-test-secret-0123456789' };
const TARGETS = JSON.parse(SEED_INFO) as sas.OperateImageVulInfo;

function client(overrides: Partial<SasClientOptions> = {}): SasClient {
  return new SasClient({ endpoint: prism.url, credentials: KEY, env: {}, ...overrides });
}

describe('SasClient against the mock', () => {
  it("operateImageVul with the vendor's example as typed objects returns the RequestId", async () => {
    const result = await client().operateImageVul({ Info: TARGETS, OperateType: 'vul_fix', Type: 'cve' });
    expect(result.status).toBe(200);
    expect(result.requestId).toBe(result.data.RequestId);
    expect(result.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('accepts Info as the raw JSON text too, and no Info at all', async () => {
    await expect(
      client().operateImageVul({ Info: SEED_INFO, OperateType: 'vul_fix', Type: 'cve' }),
    ).resolves.toMatchObject({
      status: 200,
    });
    await expect(client().operateImageVul()).resolves.toMatchObject({ status: 200 });
  });

  it('works with STS credentials and with ALIBABA_CLOUD_* variables', async () => {
    const sts = client({ credentials: { ...KEY, securityToken: 'sas-test-sts-token-value' } });
    const fromEnv = new SasClient({
      endpoint: prism.url,
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret },
    });
    for (const c of [sts, fromEnv]) {
      await expect(c.operateImageVul({ Info: TARGETS, OperateType: 'vul_fix', Type: 'cve' })).resolves.toMatchObject({
        status: 200,
      });
    }
  });

  it('a regional client resolves the documented site', () => {
    expect(new SasClient({ regionId: 'cn-hangzhou', credentials: KEY, env: {} }).endpoint).toBe(
      'https://tds.cn-shanghai.aliyuncs.com',
    );
    expect(new SasClient({ regionId: 'eu-central-1', credentials: KEY, env: {} }).endpoint).toBe(
      'https://tds.ap-southeast-1.aliyuncs.com',
    );
  });

  it('an OperateType the spec forbids is refused locally with ValidationError naming the parameter', async () => {
    const error = await client()
      .operateImageVul({ Info: TARGETS, OperateType: 'VUL_FIX', Type: 'cve' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations).toEqual([
      { path: 'OperateType', message: expect.stringContaining('must match') as unknown },
    ]);
  });

  it('Info text that is not a JSON array is refused locally with ValidationError', async () => {
    await expect(client().operateImageVul({ Info: '{"uuid":"x"}' })).rejects.toBeInstanceOf(ValidationError);
    await expect(client().operateImageVul({ Info: '[not json' })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('documented SAS error responses map to typed errors', () => {
  const cases: Array<[number, typeof ApiError, string]> = [
    [400, BadRequestError, 'InvalidParameter'],
    [403, PermissionDeniedError, 'NoPermission'],
    [404, NotFoundError, 'InvalidApi.NotFound'],
    [500, ServerError, 'ServerError'],
    [503, ServerError, 'ServiceUnavailable'],
  ];
  for (const [status, expected, code] of cases) {
    it(`${status} → ${expected.name} ${code}`, async () => {
      const error = await client()
        .operateImageVul({ Info: TARGETS }, { headers: { Prefer: `code=${status}` } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(expected);
      expect(error).toMatchObject({ status, code, requestId: expect.any(String) as unknown });
      expect((error as ApiError).body).toMatchObject({ Code: code });
    });
  }

  it('403 keeps the AccessDeniedDetail in the parsed body', async () => {
    const error = (await client()
      .operateImageVul({ Info: TARGETS }, { headers: { Prefer: 'code=403' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.body).toHaveProperty('AccessDeniedDetail');
  });
});
