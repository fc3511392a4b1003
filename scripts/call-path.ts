// npm run call-path: the source files one successful SDK call runs code in, for every operation, read off V8's
// precise coverage around a single call (after a first call has loaded and warmed everything) to a
// loopback server. What "one call crosses N files" means in the notes and the design sketch.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { allClouds } from '../src/clouds.js';
import type { CloudDescriptor } from '../src/core/cloud.js';
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

/** A cloud's client for the loopback server: placeholder keys (and project) through the environment it reads. */
function clientOf(cloud: CloudDescriptor): Record<string, (input: unknown) => Promise<unknown>> {
  const [keyId, secret] = cloud.credentials.secretEnv;
  const env = { [keyId]: 'KEY-ID-CALL-PATH', [secret]: 'SECRET-CALL-PATH' };
  if (cloud.credentials.projectEnv !== undefined)
    env[cloud.credentials.projectEnv] = '0123456789abcdef0123456789abcdef';
  const client = cloud.createClient({ endpoint, region: cloud.exampleRegion, env, maxRetries: 0 });
  return client as unknown as Record<string, (input: unknown) => Promise<unknown>>;
}

// Every operation of every cloud's table, called with its spec's example request.
const calls = (
  await Promise.all(
    allClouds().map(async (cloud) => {
      const client = clientOf(cloud);
      const doc = parse(await readFile(cloud.spec, 'utf8')) as OpenAPI3;
      return Object.values(cloud.operations).map((entry) => {
        const input = sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders);
        const method = client[entry.method]!;
        return { name: `${cloud.id} ${entry.operationId}`, call: () => method.call(client, input) };
      });
    }),
  )
).flat();

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
