// Every example a spec contains, assembled into requests, is accepted by the mock serving it:
// examples that only validate one by one (what the linter checks) must also work together.
import { describe, expect, it } from 'vitest';
import { exampleRequests, send } from '../helpers/requests.js';
import { SPEC_NAMES, loadSpec, operations } from '../../scripts/spec/document.js';
import { usePrism } from '../helpers/prism.js';
import { violations } from './contract-suite.js';

for (const name of SPEC_NAMES) {
  describe(`examples of openapi/${name}.yaml`, async () => {
    const prism = usePrism(name);
    const requests = exampleRequests(await loadSpec(name));

    it('cover every operation', async () => {
      const ids = operations(await loadSpec(name)).map((o) => o.operationId);
      expect(new Set(requests.map((r) => r.operationId))).toEqual(new Set(ids));
    });

    it.each(requests.map((r) => [`${r.operationId} (${r.example})`, r] as const))('%s is accepted', async (_label, request) => {
      const response = await send(prism.url, request);
      expect(violations(response)).toEqual([]);
      expect(response.status).toBe(200);
    });
  });
}
