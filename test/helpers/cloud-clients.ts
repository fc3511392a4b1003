// The clouds the suites that walk every cloud walk, and a client of any of them. The clouds are the
// registry's (src/clouds.ts) with the test suite's own registered (test/clouds.ts, imported here so
// that a suite importing this module sees them); a client is built as the CLI builds one, through
// the cloud's descriptor, with its key in the environment variables the descriptor names.
import '../clouds.js';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { allClouds, cloudOf } from '../../src/clouds.js';
import type { CloudClientSettings, CloudDescriptor } from '../../src/core/cloud.js';

export { allClouds, cloudOf };

/** The project id a client of a cloud with a `projectId` setting gets. */
export const TEST_PROJECT_ID = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

/** An access key as the environment gives it: id, secret and an optional session token. */
export interface TestKey {
  readonly id: string;
  readonly secret: string;
  readonly token?: string | undefined;
}

/** A client as the suites call it: its methods by name. */
export type AnyClient = Record<string, (input?: unknown, options?: unknown) => unknown>;

/**
 * A client of `cloud` at `endpoint` signing with `key`: the cloud's example region, a project id
 * where the cloud takes one, no other environment; `settings` (limits, backoff, …) on top.
 */
export function cloudClient(
  cloud: CloudDescriptor,
  endpoint: string,
  key: TestKey,
  settings: Omit<CloudClientSettings, 'endpoint' | 'env'> = {},
): AnyClient {
  const [idName, secretName, tokenName] = cloud.credentials.secretEnv;
  const env = {
    [idName]: key.id,
    [secretName]: key.secret,
    ...(key.token === undefined ? {} : { [tokenName]: key.token }),
  };
  return cloud.createClient({
    region: cloud.exampleRegion,
    ...(cloud.settings.includes('projectId') ? { projectId: TEST_PROJECT_ID } : {}),
    ...settings,
    endpoint,
    env,
  }) as unknown as AnyClient;
}

/** The cloud's OpenAPI document, as its descriptor locates it. */
export async function cloudSpec(cloud: CloudDescriptor, options: { exactIntegers?: boolean } = {}): Promise<OpenAPI3> {
  return parse(await readFile(cloud.spec, 'utf8'), { intAsBigInt: options.exactIntegers === true }) as OpenAPI3;
}

/** The cloud's spec as a path in the repository, as suite titles name it: `openapi/hss.yaml`. */
export function specFile(cloud: CloudDescriptor): string {
  return relative(fileURLToPath(new URL('../../', import.meta.url)), fileURLToPath(cloud.spec)).replaceAll('\\', '/');
}
