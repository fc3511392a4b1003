// The vendors' own signers, loaded as test oracles (dev dependencies only): Huawei's AKSKSigner from
// @huaweicloud/huaweicloud-sdk-core and Alibaba's OpenApiUtil from @alicloud/openapi-util. Both are
// CommonJS; the local types cover only what the tests call.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface HuaweiOracleRequest {
  method: string;
  /** Full URL without the query. */
  endpoint: string;
  /** Array values are repeated keys; the oracle sorts such arrays in place (pass copies). */
  queryParams: Record<string, string | string[]>;
  /** The date is read only under exactly `X-Sdk-Date`; otherwise the oracle stamps its own. */
  headers: Record<string, string>;
  /** Hashed as JSON.stringify(data) when truthy. */
  data?: unknown;
}

export interface HuaweiOracle {
  sign(request: HuaweiOracleRequest, credential: { getAk(): string; getSk(): string }): Record<string, string>;
  CanonicalURI(pathname: string): string;
  buildCanonicalHeaders(headers: Record<string, string>): string;
  urlEncode(value: string): string;
}

export const AKSKSigner = (
  require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js') as { AKSKSigner: HuaweiOracle }
).AKSKSigner;

/** The Authorization header Huawei's Node SDK computes. */
export function huaweiOfficialAuthorization(request: HuaweiOracleRequest, ak: string, sk: string): string {
  return AKSKSigner.sign(request, { getAk: () => ak, getSk: () => sk }).Authorization ?? '';
}

export interface AlibabaOracleRequest {
  method: string;
  /** Taken as the canonical URI almost as is: the caller encodes it (getEncodePath). */
  pathname: string;
  /** Only host, content-type and x-acs-* are read. */
  headers: Record<string, string>;
  /** Names are used raw, values encoded. */
  query: Record<string, string>;
}

export interface AlibabaOracle {
  getAuthorization(
    request: AlibabaOracleRequest,
    algorithm: string,
    payloadHash: string,
    id: string,
    secret: string,
  ): string;
  getEncodePath(path: string): string;
  /** The payload hash as the official SDK computes it (raw digest bytes). */
  hash(raw: Buffer, algorithm: string): Buffer;
}

export const OpenApiUtil = (require('@alicloud/openapi-util') as { default: AlibabaOracle }).default;

/** The Authorization header Alibaba's openapi-util computes for ACS3-HMAC-SHA256. */
export function alibabaOfficialAuthorization(
  request: AlibabaOracleRequest,
  payloadHash: string,
  accessKeyId: string,
  accessKeySecret: string,
): string {
  return OpenApiUtil.getAuthorization(request, 'ACS3-HMAC-SHA256', payloadHash, accessKeyId, accessKeySecret);
}
