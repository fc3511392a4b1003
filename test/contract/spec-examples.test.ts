// Every example a spec contains, assembled into requests, is accepted by the mock serving it:
// examples that only validate one by one (what the linter checks) must also work together. And every
// operation of the generated tables, called through the SDK with its spec's example, passes the
// mock's request validation: a new operation is in this contract without an edit here, and so is a
// new cloud (every cloud of the registry, the test suite's own among them).
import { describe, expect, it } from 'vitest';
import { specOperations } from '../../scripts/spec/document.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';
import { allClouds, cloudClient, cloudSpec, specFile } from '../helpers/cloud-clients.js';
import { exampleRequests, send } from '../helpers/requests.js';
import { usePrism } from '../helpers/prism.js';
import { violations } from './contract-suite.js';

// One mock per spec, for both parts.
for (const cloud of allClouds()) {
  describe(specFile(cloud), async () => {
    const prism = usePrism(cloud.id);
    const doc = await cloudSpec(cloud);

    describe(`examples of ${specFile(cloud)}`, () => {
      const requests = exampleRequests(doc);

      it('cover every operation', () => {
        const ids = specOperations(doc).map((o) => o.operationId);
        expect(new Set(requests.map((r) => r.operationId))).toEqual(new Set(ids));
      });

      it.each(requests.map((r) => [`${r.operationId} (${r.example})`, r] as const))(
        '%s is accepted',
        async (_label, request) => {
          const response = await send(prism.url, request);
          expect(violations(response)).toEqual([]);
          expect(response.status).toBe(200);
        },
      );
    });

    describe(`every operation of ${specFile(cloud)} through the SDK`, () => {
      const client = () =>
        cloudClient(cloud, prism.url, { id: 'CONTRACTAK01', secret: 'contract-sk' }, { maxRetries: 0 }) as Record<
          string,
          (input: unknown) => Promise<{ status: number }>
        >;

      it.each(Object.values(cloud.operations).map((entry) => [entry.method, entry] as const))(
        '%s with its spec example gets 200',
        async (_method, entry) => {
          const input = sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders);
          const c = client();
          await expect(c[entry.method]!.call(c, input)).resolves.toMatchObject({ status: 200 });
        },
      );
    });
  });
}
