// HssClient against Prism serving openapi/hss.yaml with request validation on: every method with
// the vendors' example inputs succeeds, what Prism refuses comes back as a typed error, and every
// documented error response maps to its class. Imported as users do, from 'imagesec'.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  HssClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  type CallOptions,
  type HssClientOptions,
} from 'imagesec';
import { loadSpec, specOperations } from '../../scripts/spec/document.js';
import { hssSeeds, PROJECT_ID } from '../contract/seed-requests.js';
import { usePrism } from '../helpers/prism.js';
import { operationTable as hssOperations } from '../../generated/hss.operations.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';

const prism = usePrism('hss');

const AK_SK = { ak: 'HSSTESTAK0123456789', sk: 'hss-test-sk-0123456789abcdef' };

function client(overrides: Partial<HssClientOptions> = {}): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: prism.url,
    projectId: PROJECT_ID,
    credentials: AK_SK,
    env: {},
    ...overrides,
  });
}

const seeds = {
  changeSensitiveInfo: (c: HssClient, options?: CallOptions) =>
    c.changeSensitiveInfo(
      {
        image_type: 'private_image',
        body: { sensitive_info_id: hssSeeds.ChangeSensitiveInfo.body.sensitive_info_id, operate_type: 'ignore' },
      },
      options,
    ),
  addImageWhiteLists: (c: HssClient, options?: CallOptions) =>
    c.addImageWhiteLists(
      {
        global_image_type: 'registry',
        type: 'vulnerability',
        body: {
          vul_ids: ['CVE-2024-6387'],
          rule_type: 'specific_images',
          image_info: [{ id: 1034, image_name: 'nginx' }],
        },
      },
      options,
    ),
  batchScanLocalImage: (c: HssClient, options?: CallOptions) =>
    c.batchScanLocalImage(
      { enterprise_project_id: 'all_granted_eps', body: hssSeeds.BatchScanLocalImage.body },
      options,
    ),
  showImageSecurityReportStatistic: (c: HssClient, options?: CallOptions) =>
    c.showImageSecurityReportStatistic({ security_report_type: 'vulnerability', body: { operate_all: true } }, options),
} as const;

describe('HssClient against the mock', () => {
  for (const [method, call] of Object.entries(seeds)) {
    it(`${method} with the vendor's example is accepted (AK/SK signed) and returns the request id`, async () => {
      const result = await call(client());
      expect(result.status).toBe(200);
      expect(result.requestId).toMatch(/^[0-9a-f]{32}$/);
    });
  }

  it('showImageSecurityReportStatistic lifts total_num out as totalNum', async () => {
    const result = await seeds.showImageSecurityReportStatistic(client());
    expect(result.totalNum).toBe(result.data?.total_num);
    expect(typeof result.totalNum).toBe('number');
  });

  it('bodies whose fields are all optional may be left out', async () => {
    await expect(client().batchScanLocalImage()).resolves.toMatchObject({ status: 200 });
    await expect(client().showImageSecurityReportStatistic({ security_report_type: 'apps' })).resolves.toMatchObject({
      status: 200,
    });
  });

  it('works with temporary AK/SK (security token) and with an IAM token', async () => {
    const sts = client({ credentials: { ...AK_SK, securityToken: 'hss-test-security-token-value' } });
    const token = client({ credentials: { authToken: 'hss-test-iam-token-value' } });
    for (const c of [sts, token]) {
      for (const call of Object.values(seeds)) await expect(call(c)).resolves.toMatchObject({ status: 200 });
    }
  });

  it('takes credentials and project id from the HUAWEICLOUD_SDK_* variables', async () => {
    const c = new HssClient({
      region: 'cn-north-4',
      endpoint: prism.url,
      env: {
        HUAWEICLOUD_SDK_AK: AK_SK.ak,
        HUAWEICLOUD_SDK_SK: AK_SK.sk,
        HUAWEICLOUD_SDK_PROJECT_ID: PROJECT_ID,
      },
    });
    expect(c.projectId).toBe(PROJECT_ID);
    await expect(seeds.showImageSecurityReportStatistic(c)).resolves.toMatchObject({ status: 200 });
  });

  it('an input the spec forbids is refused locally with ValidationError naming the parameter', async () => {
    const error = await client()
      .changeSensitiveInfo({ image_type: 'PRIVATE_IMAGE' as 'private_image', body: { sensitive_info_id: 'x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).violations).toEqual([
      { path: 'image_type', message: expect.stringContaining('"private_image"') as unknown },
    ]);
  });
});

// Every error status the spec documents for an operation, asked of Prism with `Prefer: code=`.
const EXPECTED_CLASS: Record<string, typeof ApiError> = {
  '400': BadRequestError,
  '401': AuthenticationError,
  '403': PermissionDeniedError,
  '404': NotFoundError,
  '413': ApiError,
  '414': ApiError,
  '429': RateLimitError,
  '494': ApiError,
  '500': ServerError,
  '502': ServerError,
  '503': ServerError,
  '504': ServerError,
};

describe('documented HSS error responses map to typed errors', async () => {
  const spec = await loadSpec('hss');
  // Every operation of the table, called with its spec's example request.
  for (const { operation } of specOperations(spec)) {
    const id = operation.operationId as string;
    const entry = hssOperations[id as keyof typeof hssOperations];
    const input = sdkInput(exampleRequest(spec, id), entry.constHeaders);
    const method = entry.method;
    const call = (c: HssClient, options: CallOptions) =>
      (c as unknown as Record<string, (i: unknown, o: CallOptions) => Promise<unknown>>)[method]!.call(
        c,
        input,
        options,
      );
    const statuses = Object.keys(operation.responses as object).filter((s) => s !== '200');
    it(`${method}: ${statuses.join(', ')}`, async () => {
      for (const status of statuses) {
        // Not retried: the class of the first answer's error is the point (retries: retry-policy.test.ts).
        const error = await call(client(), { headers: { Prefer: `code=${status}` }, maxRetries: 0 }).catch(
          (e: unknown) => e,
        );
        const expected = EXPECTED_CLASS[status] ?? ApiError;
        expect(error, `status ${status}`).toBeInstanceOf(expected);
        const apiError = error as ApiError;
        expect(apiError.status).toBe(Number(status));
        expect(apiError.code, `status ${status}`).toMatch(/^(HSS|APIGW)\.\d{4}$/);
        expect(apiError.requestId).toMatch(/^[0-9a-f]{32}$/);
      }
    });
  }
});
