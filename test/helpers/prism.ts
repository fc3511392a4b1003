// Vitest lifecycle for the mock: a Prism server per suite, started before its tests and stopped
// after them, whether they pass or fail.
import { afterAll, beforeAll } from 'vitest';
import { startPrism, type RunningPrism } from '../../src/mock/prism.js';
import { specPath } from '../../src/mock/specs.js';

export interface PrismHandle {
  /** Base URL of the running server; only valid inside tests. */
  readonly url: string;
}

export function usePrism(spec: string): PrismHandle {
  let server: RunningPrism | undefined;
  beforeAll(async () => {
    server = await startPrism({ spec: specPath(spec) });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get url() {
      if (server === undefined) throw new Error(`the ${spec} mock is not running (use it inside a test)`);
      return server.url;
    },
  };
}
