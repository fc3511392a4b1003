// Huawei Cloud HSS as the registry describes it (src/clouds.ts): what the CLI, the strict mock, the
// code generator and the docs read about this cloud.
import { commands as COMMANDS } from '../../generated/hss.cli.js';
import { operationTable as OPERATIONS } from '../../generated/hss.operations.js';
import { validators as VALIDATORS } from '../../generated/hss.validators.js';
import { describedWaiters as WAITERS, waitStarts as WAIT_STARTS } from '../../generated/hss.waiters.js';
import type { CloudDescriptor } from '../core/cloud.js';
import { HssClient } from './client.js';
import type { HssCredentials } from './authentication.js';
import { hssGatewayRules } from './gateway-rules.js';
import { HSS_ENV } from './identity/env-keys.js';
import { huaweiProfileNames } from './identity/profile-names.js';
import { hssResponses } from './responses.js';

export const hssCloud = {
  id: 'hss',
  title: 'Huawei Cloud Host Security Service (HSS, API v5)',
  api: 'HSS API v5',
  clientName: 'HssClient',
  exampleRegion: 'cn-north-4',
  regionOption: 'region',
  spec: new URL('../../openapi/hss.yaml', import.meta.url),
  operations: OPERATIONS,
  validators: VALIDATORS,
  commands: COMMANDS,
  waiters: WAITERS,
  waitStarts: WAIT_STARTS,
  skeletons: async () => (await import('../../generated/hss.skeleton.js')).skeletons,
  settings: ['projectId'],
  credentials: {
    secretEnv: [HSS_ENV.ak, HSS_ENV.sk, HSS_ENV.securityToken],
    otherSources:
      'temporary keys add HUAWEICLOUD_SDK_SECURITY_TOKEN; or OIDC federation (HUAWEICLOUD_SDK_IDP_ID, ' +
      'HUAWEICLOUD_SDK_ID_TOKEN_FILE), ~/.huaweicloud/credentials (--profile), or IMAGESEC_INSTANCE_METADATA=1 on ECS',
    projectEnv: HSS_ENV.projectId,
    projectLookup: 'with --region it is looked up in IAM',
    profileNames: huaweiProfileNames,
  },
  responses: hssResponses,
  createClient: (settings) => new HssClient(settings),
  gateway: hssGatewayRules,
} as const satisfies CloudDescriptor<'hss', HssCredentials>;
