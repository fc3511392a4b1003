// Alibaba Cloud Security Center (SAS) as the registry describes it (src/clouds.ts): what the CLI,
// the strict mock, the code generator and the docs read about this cloud.
import { commands as COMMANDS } from '../../generated/sas.cli.js';
import { operationTable as OPERATIONS } from '../../generated/sas.operations.js';
import { validators as VALIDATORS } from '../../generated/sas.validators.js';
import { describedWaiters as WAITERS, waitStarts as WAIT_STARTS } from '../../generated/sas.waiters.js';
import type { CloudDescriptor } from '../core/cloud.js';
import { SasClient } from './client.js';
import { SAS_REGION_ENV } from './endpoints.js';
import { sasGatewayRules } from './gateway-rules.js';
import { SAS_ENV } from './identity/environment.js';
import { alibabaProfileNames } from './identity/profile-names.js';
import type { AlibabaAccessKey } from './signer.js';
import { sasResponses } from './responses.js';

export const sasCloud = {
  id: 'sas',
  title: 'Alibaba Cloud Security Center (SAS, API 2018-12-03)',
  api: 'SAS API 2018-12-03',
  clientName: 'SasClient',
  exampleRegion: 'cn-shanghai',
  regionOption: 'regionId',
  spec: new URL('../../openapi/sas.yaml', import.meta.url),
  operations: OPERATIONS,
  validators: VALIDATORS,
  commands: COMMANDS,
  waiters: WAITERS,
  waitStarts: WAIT_STARTS,
  skeletons: async () => (await import('../../generated/sas.skeleton.js')).skeletons,
  settings: [],
  credentials: {
    secretEnv: [SAS_ENV.accessKeyId, SAS_ENV.accessKeySecret, SAS_ENV.securityToken],
    otherSources:
      'temporary keys add ALIBABA_CLOUD_SECURITY_TOKEN; or OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ' +
      'ALIBABA_CLOUD_OIDC_TOKEN_FILE), an aliyun CLI profile or ~/.alibabacloud/credentials (--profile), ' +
      'ALIBABA_CLOUD_CREDENTIALS_URI, or ALIBABA_CLOUD_ECS_METADATA=<role> on ECS',
    regionEnv: SAS_REGION_ENV,
    profileNames: alibabaProfileNames,
  },
  responses: sasResponses,
  // The SDK calls it `regionId`, as Alibaba's own SDKs do.
  createClient: ({ region, projectId: _unused, ...settings }) => new SasClient({ ...settings, regionId: region }),
  gateway: sasGatewayRules,
} as const satisfies CloudDescriptor<'sas', AlibabaAccessKey>;
