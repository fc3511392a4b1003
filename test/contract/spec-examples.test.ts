// Every example a spec contains, assembled into requests, is accepted by the mock serving it:
// examples that only validate one by one (what the linter checks) must also work together. And every
// operation of the generated tables, called through the SDK with its spec's example, passes the
// mock's request validation: a new operation is in this contract without an edit here.
import { describe, expect, it } from 'vitest';
import { HssClient, SasClient } from 'imagesec';
import { operations as hssOperations } from '../../generated/hss.operations.js';
import { operations as sasOperations } from '../../generated/sas.operations.js';
import { exampleRequest, sdkInput } from '../../scripts/spec/examples.js';
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

    it.each(requests.map((r) => [`${r.operationId} (${r.example})`, r] as const))(
      '%s is accepted',
      async (_label, request) => {
        const response = await send(prism.url, request);
        expect(violations(response)).toEqual([]);
        expect(response.status).toBe(200);
      },
    );
  });
}

const TABLES = { hss: Object.values(hssOperations), sas: Object.values(sasOperations) } as const;

for (const name of SPEC_NAMES) {
  describe(`every operation of openapi/${name}.yaml through the SDK`, async () => {
    const prism = usePrism(name);
    const doc = await loadSpec(name);
    const client = () =>
      (name === 'hss'
        ? new HssClient({
            region: 'cn-north-4',
            endpoint: prism.url,
            projectId: '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c',
            credentials: { ak: 'CONTRACTAK01', sk: 'contract-sk' },
            env: {},
            maxRetries: 0,
          })
        : new SasClient({
            endpoint: prism.url,
            credentials: { accessKeyId: 'LTAI5tContract', accessKeySecret: 'contract-secret' },
            env: {},
            maxRetries: 0,
          })) as unknown as Record<string, (input: unknown) => Promise<{ status: number }>>;

    it.each(TABLES[name].map((entry) => [entry.method, entry] as const))(
      '%s with its spec example gets 200',
      async (_method, entry) => {
        const input = sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders);
        const c = client();
        await expect(c[entry.method]!.call(c, input)).resolves.toMatchObject({ status: 200 });
      },
    );
  });
}
