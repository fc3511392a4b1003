// What a SasClient (or a hand-built chain) may say about where credentials come from.
export interface AlibabaIdentityOptions {
  /** Profile name in ~/.aliyun/config.json or the credentials ini file (default: ALIBABA_CLOUD_PROFILE, then the file's own). */
  readonly profile?: string | undefined;
  /**
   * Use the ECS RAM role from instance metadata when nothing before it in the chain is set up.
   * Off by default (the vendor's chain probes it always); also on with ALIBABA_CLOUD_ECS_METADATA
   * (a role name) or IMAGESEC_INSTANCE_METADATA=1.
   */
  readonly instanceMetadata?: boolean | undefined;
  /** STS base URL (default IMAGESEC_ALIBABA_STS_ENDPOINT, else the vendor's per-region host). */
  readonly stsEndpoint?: string | undefined;
  /** Instance metadata base URL (default IMAGESEC_ALIBABA_METADATA_ENDPOINT, else http://100.100.100.200). */
  readonly metadataEndpoint?: string | undefined;
}

export const ALIBABA_IDENTITY_ENV = {
  roleArn: 'ALIBABA_CLOUD_ROLE_ARN',
  oidcProviderArn: 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
  oidcTokenFile: 'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
  roleSessionName: 'ALIBABA_CLOUD_ROLE_SESSION_NAME',
  stsRegion: 'ALIBABA_CLOUD_STS_REGION',
  vpcEndpoint: 'ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED',
  profile: 'ALIBABA_CLOUD_PROFILE',
  cliProfileDisabled: 'ALIBABA_CLOUD_CLI_PROFILE_DISABLED',
  credentialsFile: 'ALIBABA_CLOUD_CREDENTIALS_FILE',
  ecsMetadata: 'ALIBABA_CLOUD_ECS_METADATA',
  ecsMetadataDisabled: 'ALIBABA_CLOUD_ECS_METADATA_DISABLED',
  imdsV1Disabled: 'ALIBABA_CLOUD_IMDSV1_DISABLED',
  credentialsUri: 'ALIBABA_CLOUD_CREDENTIALS_URI',
  stsEndpoint: 'IMAGESEC_ALIBABA_STS_ENDPOINT',
  metadataEndpoint: 'IMAGESEC_ALIBABA_METADATA_ENDPOINT',
  instanceMetadata: 'IMAGESEC_INSTANCE_METADATA',
} as const;

/** Alibaba's own refresh threshold for session credentials (`STALE_TIME` in @alicloud/credentials). */
export const ALIBABA_STALE_MS = 15 * 60_000;
