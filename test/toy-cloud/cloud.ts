// The toy cloud as the registry describes it: what the CLI, the strict mock, the code generator and
// the docs read about it. Registered by test/clouds.ts, never shipped.
import type { CloudDescriptor } from '../../src/core/cloud.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { ToyClient } from './client.js';
import { TOY_ENV, TOY_REGION_ENV } from './credentials.js';
import { commands as COMMANDS } from './generated/toy.cli.js';
import { operationTable as OPERATIONS } from './generated/toy.operations.js';
import { validators as VALIDATORS } from './generated/toy.validators.js';
import { describedWaiters as WAITERS, waitStarts as WAIT_STARTS } from './generated/toy.waiters.js';
import { toyGatewayRules } from './gateway-rules.js';
import { toyResponses } from './responses.js';
import type { ToyKey } from './signer.js';

export const toyCloud = {
  id: 'toy',
  title: 'Toy Container Security (test-only, API 2024-01-01)',
  api: 'Toy API 2024-01-01',
  clientName: 'ToyClient',
  exampleRegion: 'toy-east-1',
  regionOption: 'region',
  spec: new URL('./openapi/toy.yaml', import.meta.url),
  operations: OPERATIONS,
  validators: VALIDATORS,
  commands: COMMANDS,
  waiters: WAITERS,
  waitStarts: WAIT_STARTS,
  skeletons: async () => (await import('./generated/toy.skeleton.js')).skeletons,
  settings: [],
  credentials: {
    secretEnv: [TOY_ENV.keyId, TOY_ENV.keySecret, TOY_ENV.sessionToken],
    otherSources: `temporary keys add ${TOY_ENV.sessionToken}`,
    regionEnv: TOY_REGION_ENV,
    // No credential files: the environment and explicit options are the toy's only sources.
    profileNames: () => [],
  },
  responses: toyResponses,
  createClient({ region, projectId: _unused, profile, ...settings }) {
    if (profile !== undefined) throw new ConfigurationError('the toy cloud has no profiles: set TOY_CLOUD_KEY_ID');
    return new ToyClient({ ...settings, region });
  },
  gateway: toyGatewayRules,
} as const satisfies CloudDescriptor<'toy', ToyKey>;
