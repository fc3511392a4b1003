// The vendors' own signers, loaded as test oracles (dev dependencies only): Huawei's AKSKSigner from
// @huaweicloud/huaweicloud-sdk-core and Alibaba's OpenApiUtil.getAuthorization from
// @alicloud/openapi-util. Both are CommonJS; the local types cover only what the tests call.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface HuaweiOracleRequest {
  method: string;
  /** Full URL without the query. */
  endpoint: string;
  queryParams: Record<string, string | string[]>;
  headers: Record<string, string>;
  /** The body object; the oracle hashes JSON.stringify(data). */
  data?: unknown;
}

const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: {
    sign(request: HuaweiOracleRequest, credential: { getAk(): string; getSk(): string }): Record<string, string>;
  };
};

/** The Authorization header Huawei's Node SDK computes (it sorts query arrays in place: pass copies). */
export function huaweiOfficialAuthorization(request: HuaweiOracleRequest, ak: string, sk: string): string {
  const headers = AKSKSigner.sign(request, { getAk: () => ak, getSk: () => sk });
  return headers.Authorization as string;
}

export interface AlibabaOracleRequest {
  method: string;
  pathname: string;
  headers: Record<string, string>;
  query: Record<string, string>;
}

const OpenApiUtil = (require('@alicloud/openapi-util') as { default: AlibabaUtil }).default;
interface AlibabaUtil {
  getAuthorization(request: AlibabaOracleRequest, algorithm: string, payloadHash: string, id: string, secret: string): string;
}

/** The Authorization header Alibaba's openapi-util computes for ACS3-HMAC-SHA256. */
export function alibabaOfficialAuthorization(
  request: AlibabaOracleRequest,
  payloadHash: string,
  accessKeyId: string,
  accessKeySecret: string,
): string {
  return OpenApiUtil.getAuthorization(request, 'ACS3-HMAC-SHA256', payloadHash, accessKeyId, accessKeySecret);
}
