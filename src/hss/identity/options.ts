// What an HssClient (or a hand-built chain) may say about where credentials come from.
export interface HuaweiIdentityOptions {
  /** Section of the credentials ini file (default `basic`, the one the vendor's SDKs read). */
  readonly profile?: string | undefined;
  /**
   * Use the ECS agency's credentials from instance metadata when nothing before it in the chain is
   * set up. Off by default (the vendor's Go chain probes it always); also on with
   * IMAGESEC_INSTANCE_METADATA=1.
   */
  readonly instanceMetadata?: boolean | undefined;
  /** IAM base URL (default HUAWEICLOUD_SDK_IAM_ENDPOINT, the profile's iam_endpoint, the region's IAM host). */
  readonly iamEndpoint?: string | undefined;
  /** Instance metadata base URL (default IMAGESEC_HUAWEI_METADATA_ENDPOINT, else http://169.254.169.254). */
  readonly metadataEndpoint?: string | undefined;
}

/** The chain's options plus the client's region, which picks the IAM host. */
export interface HuaweiChainOptions extends HuaweiIdentityOptions {
  readonly region?: string | undefined;
}

export const HUAWEI_IDENTITY_ENV = {
  idpId: 'HUAWEICLOUD_SDK_IDP_ID',
  idTokenFile: 'HUAWEICLOUD_SDK_ID_TOKEN_FILE',
  credentialsFile: 'HUAWEICLOUD_SDK_CREDENTIALS_FILE',
  iamEndpoint: 'HUAWEICLOUD_SDK_IAM_ENDPOINT',
  metadataEndpoint: 'IMAGESEC_HUAWEI_METADATA_ENDPOINT',
  instanceMetadata: 'IMAGESEC_INSTANCE_METADATA',
} as const;

/** The vendor refreshes federated and metadata credentials this long before expiry (Node core: 40 min). */
export const HUAWEI_REFRESH_MS = 40 * 60_000;
