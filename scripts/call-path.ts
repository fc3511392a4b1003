// npm run call-path: the source files one successful SDK call runs code in, for every operation, read off V8's
// precise coverage around a single call (after a first call has loaded and warmed everything) to a
// loopback server. What "one call crosses N files" means in the notes and the design sketch.
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operations as hssOperations } from '../generated/hss.operations.js';
import { operations as sasOperations } from '../generated/sas.operations.js';
import type { OperationEntry } from '../src/core/operation-types.js';
import { HssClient, SasClient } from '../src/index.js';
import { loadSpec } from './spec/document.js';
import { exampleRequest, sdkInput } from './spec/examples.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-1' });
    response.end('{"total_num":1,"data_list":[],"RequestId":"r-1"}');
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const endpoint = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;

const env = {
  HUAWEICLOUD_SDK_AK: 'AK-CALL-PATH',
  HUAWEICLOUD_SDK_SK: 'SK-CALL-PATH',
  HUAWEICLOUD_SDK_PROJECT_ID: '0123456789abcdef0123456789abcdef',
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-CALL-PATH',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'SECRET-CALL-PATH',
};
const hss = new HssClient({ endpoint, region: 'cn-north-4', env, maxRetries: 0 });
const sas = new SasClient({ endpoint, env, maxRetries: 0 });
const clients = { hss, sas } as Record<'hss' | 'sas', unknown>;
const tables: Record<'hss' | 'sas', Readonly<Record<string, OperationEntry>>> = {
  hss: hssOperations,
  sas: sasOperations,
};
const docs = { hss: await loadSpec('hss'), sas: await loadSpec('sas') };

// Every operation of both tables, called with its spec's example request.
const calls = (['hss', 'sas'] as const).flatMap((cloud) =>
  Object.values(tables[cloud]).map((entry) => {
    const input = sdkInput(exampleRequest(docs[cloud], entry.operationId), entry.constHeaders);
    const method = (clients[cloud] as Record<string, (input: unknown) => Promise<unknown>>)[entry.method]!;
    return { name: `${cloud} ${entry.operationId}`, call: () => method.call(clients[cloud], input) };
  }),
);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
let previous = '';
for (const { name, call } of calls) {
  await call();
  await session.post('Profiler.takePreciseCoverage');
  await call();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const files = result
    .filter((script) => script.url.startsWith('file:') && !script.url.includes('/node_modules/'))
    .filter((script) => !script.url.endsWith('/scripts/call-path.ts'))
    // The first entry is the module's own top level, run once at load: functions after it ran in the call.
    .filter((script) => script.functions.some((f) => f.ranges[0]!.startOffset > 0 && f.ranges[0]!.count > 0))
    .map((script) => relative(root, fileURLToPath(script.url)));
  const list = files.sort().join('\n  ');
  console.log(`${name}: ${files.length} files${list === previous ? ' (the same as above)' : `\n  ${list}`}`);
  previous = list;
}
session.disconnect();
server.close();
