// Clients signed with the canary credentials (canaries.ts) against a running strict mock, sending
// through a fetch the test gives (to note what left) and retrying at once: the middleware suites'
// clients (the users' middleware contract, the tracing middleware).
import { HssClient, SasClient, type CallMiddleware, type HssClientOptions, type SasClientOptions } from 'imagesec';
import type { RunningMock } from 'imagesec/testing';
import { HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS } from './canaries.js';

export const CANARY_PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

/** Retries without waiting (the faults the suites script are answered at once). */
const FAST_RETRIES = { backoff: { baseDelayMs: 1 } };

export interface CanaryClientSetup {
  readonly mock: RunningMock;
  readonly fetch: typeof fetch;
}

export function canaryHssClient(
  { mock, fetch }: CanaryClientSetup,
  middleware: readonly CallMiddleware[],
  extra: Partial<HssClientOptions> = {},
): HssClient {
  return new HssClient({
    endpoint: mock.urls.hss,
    region: 'cn-north-4',
    projectId: CANARY_PROJECT,
    credentials: HSS_CANARY_CREDENTIALS,
    env: {},
    fetch,
    middleware,
    ...FAST_RETRIES,
    ...extra,
  });
}

export function canarySasClient(
  { mock, fetch }: CanaryClientSetup,
  middleware: readonly CallMiddleware[],
  extra: Partial<SasClientOptions> = {},
): SasClient {
  return new SasClient({
    endpoint: mock.urls.sas,
    credentials: SAS_CANARY_CREDENTIALS,
    env: {},
    fetch,
    middleware,
    ...FAST_RETRIES,
    ...extra,
  });
}
