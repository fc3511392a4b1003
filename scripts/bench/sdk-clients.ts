// imagesec's side of the call benchmarks: the two calls measured (HssClient's
// ShowImageSecurityReportStatistic and SasClient's OperateImageVul), the keys, and the inputs, shared
// by the end-to-end comparison, the memory run and the signing benchmark so all measure the same
// request. `imagesec` resolves to the built package, as for a consumer.
import { HssClient, SasClient, type OperateImageVulInput } from 'imagesec';

export const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
export const KEYS = { ak: 'BENCHMARKAK00000000001', sk: 'benchmark-secret-key-000000000000000001' };
export const ALIBABA_KEYS = {
  accessKeyId: 'LTAI5tBenchmark0000001',
  accessKeySecret: 'benchmark-secret-000000000000001',
};
export const HSS_REGION = 'cn-north-4';
export const SAS_REGION = 'cn-shanghai';

/** ShowImageSecurityReportStatistic's input: the query parameter and the JSON body. */
export const HSS_INPUT = {
  security_report_type: 'vulnerability',
  body: { image_type: 'private_image', operate_all: true },
} as const;

/** OperateImageVul's input: everything in the query, `Info` as JSON text (the official client takes it so). */
export const SAS_INPUT: OperateImageVulInput = {
  OperateType: 'vul_fix',
  Type: 'cve',
  Info: [{ repoName: 'web', regionId: 'cn-shanghai', tag: 'v1', newTag: 'v1-fixed', ids: [197540864] }],
};

export function benchClient(endpoint: string, fetch?: typeof globalThis.fetch): HssClient {
  return new HssClient({
    region: HSS_REGION,
    endpoint,
    projectId: PROJECT,
    credentials: KEYS,
    ...(fetch === undefined ? {} : { fetch }),
  });
}

export function callSdk(client: HssClient): Promise<unknown> {
  return client.showImageSecurityReportStatistic(HSS_INPUT);
}

export function sasBenchClient(endpoint: string, fetch?: typeof globalThis.fetch): SasClient {
  return new SasClient({
    regionId: SAS_REGION,
    endpoint,
    credentials: ALIBABA_KEYS,
    env: {},
    ...(fetch === undefined ? {} : { fetch }),
  });
}

export function callSas(client: SasClient): Promise<unknown> {
  return client.operateImageVul(SAS_INPUT);
}
