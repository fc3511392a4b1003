// SAS region id → endpoint. Security Center is two sites: every mainland-China (and Hong Kong,
// finance, gov) region is served by tds.cn-shanghai, every other region by tds.ap-southeast-1, as the
// official client's endpoint map and openapi/sas.yaml `servers[].x-regions` say (a test keeps them equal).
import { ConfigurationError } from '../core/errors.js';

/** The default region's variable, as the aliyun CLI reads it (first of its several spellings). */
export const SAS_REGION_ENV = 'ALIBABA_CLOUD_REGION_ID';

const MAINLAND = 'https://tds.cn-shanghai.aliyuncs.com';
const INTERNATIONAL = 'https://tds.ap-southeast-1.aliyuncs.com';

export const SAS_REGION_ENDPOINTS = {
  'cn-qingdao': MAINLAND,
  'cn-beijing': MAINLAND,
  'cn-zhangjiakou': MAINLAND,
  'cn-huhehaote': MAINLAND,
  'cn-wulanchabu': MAINLAND,
  'cn-hangzhou': MAINLAND,
  'cn-shanghai': MAINLAND,
  'cn-nanjing': MAINLAND,
  'cn-fuzhou': MAINLAND,
  'cn-shenzhen': MAINLAND,
  'cn-heyuan': MAINLAND,
  'cn-guangzhou': MAINLAND,
  'cn-chengdu': MAINLAND,
  'cn-hongkong': MAINLAND,
  'cn-beijing-finance-1': MAINLAND,
  'cn-hangzhou-finance': MAINLAND,
  'cn-shanghai-finance-1': MAINLAND,
  'cn-shenzhen-finance-1': MAINLAND,
  'cn-heyuan-acdr-1': MAINLAND,
  'cn-north-2-gov-1': MAINLAND,
  'cn-qingdao-acdr-ut-1': MAINLAND,
  'cn-shanghai-mybk': MAINLAND,
  'cn-wuhan-lr': MAINLAND,
  'cn-zhengzhou-jva': MAINLAND,
  'ap-southeast-1': INTERNATIONAL,
  'ap-southeast-2': INTERNATIONAL,
  'ap-southeast-3': INTERNATIONAL,
  'ap-southeast-5': INTERNATIONAL,
  'ap-southeast-6': INTERNATIONAL,
  'ap-southeast-7': INTERNATIONAL,
  'ap-northeast-1': INTERNATIONAL,
  'ap-northeast-2': INTERNATIONAL,
  'ap-south-1': INTERNATIONAL,
  'eu-central-1': INTERNATIONAL,
  'eu-west-1': INTERNATIONAL,
  'us-east-1': INTERNATIONAL,
  'us-west-1': INTERNATIONAL,
  'me-east-1': INTERNATIONAL,
  'me-central-1': INTERNATIONAL,
} as const;

export type SasRegion = keyof typeof SAS_REGION_ENDPOINTS;

export function sasEndpoint(regionId: string): string {
  if (!Object.hasOwn(SAS_REGION_ENDPOINTS, regionId)) {
    throw new ConfigurationError(
      `unknown SAS region ${JSON.stringify(regionId)}; valid regions: ${Object.keys(SAS_REGION_ENDPOINTS).join(', ')} ` +
        '(or pass `endpoint`, e.g. a VPC endpoint such as https://tds.vpc-proxy.aliyuncs.com)',
    );
  }
  return SAS_REGION_ENDPOINTS[regionId as SasRegion];
}
