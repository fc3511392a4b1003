// The fetch under the bare openapi-fetch floor: the one the SDK uses by default on this runtime, so
// the floor differs from the SDK only in the SDK's own work. Under Node that is src/core/http/
// node-fetch.ts's `nodeFetch` (node:http with keep-alive agents, `#fetch` under the node condition);
// checked, not assumed: one SDK call (no `fetch` option) is made with the global fetch wrapped, and
// if the wrapper ran, the SDK is on the platform fetch and so is the floor.
import { nodeFetch } from '../../src/core/http/node-fetch.js';
import { benchClient, callSdk } from './sdk-clients.js';

export interface SdkTransport {
  readonly name: 'nodeFetch' | 'global fetch';
  readonly fetch: typeof globalThis.fetch;
  /** Whether fetch takes a Request object as its input (nodeFetch hands those to the global fetch). */
  readonly takesRequest: boolean;
  /** What the SDK was seen to use: the global fetch, or a transport of its own. */
  readonly sdkDefault: 'global fetch' | 'its own';
}

export async function sdkTransport(endpoint: string): Promise<SdkTransport> {
  const platform = globalThis.fetch;
  let usedGlobal = false;
  globalThis.fetch = (input, init) => {
    usedGlobal = true;
    return platform(input, init);
  };
  try {
    await callSdk(benchClient(endpoint));
  } finally {
    globalThis.fetch = platform;
  }
  return usedGlobal
    ? { name: 'global fetch', fetch: platform, takesRequest: true, sdkDefault: 'global fetch' }
    : { name: 'nodeFetch', fetch: nodeFetch, takesRequest: false, sdkDefault: 'its own' };
}
