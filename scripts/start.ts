// The main job for now (`npm start`): starts the embedded mock for each shipped spec on loopback
// and sends every example request the specs contain, printing status, request id and latency.
// Exits 1 if any example is not answered with a 2xx.
import { exampleRequests, send } from '../src/mock/requests.js';
import { startPrism, type RunningPrism } from '../src/mock/prism.js';
import { SPEC_NAMES, loadSpec, specPath } from '../src/mock/specs.js';

const servers: RunningPrism[] = [];
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

const rows: string[][] = [['spec', 'operation', 'example', 'status', 'request id', 'ms']];
let failures = 0;
try {
  const mocks = await Promise.all(
    SPEC_NAMES.map(async (name) => {
      const server = await startPrism({ spec: specPath(name) });
      servers.push(server);
      console.log(`mock for openapi/${name}.yaml listening on ${server.url}`);
      return { name, server, doc: await loadSpec(name) };
    }),
  );
  for (const { name, server, doc } of mocks) {
    for (const request of exampleRequests(doc)) {
      const started = performance.now();
      const response = await send(server.url, request);
      const ms = (performance.now() - started).toFixed(1);
      const body = response.body as { RequestId?: unknown } | undefined;
      const requestId = response.headers.get('x-request-id') ?? String(body?.RequestId ?? '-');
      if (response.status < 200 || response.status > 299) failures += 1;
      rows.push([name, request.operationId, request.example, String(response.status), requestId, ms]);
    }
  }
} finally {
  await stopAll();
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
console.log(failures === 0 ? `all ${rows.length - 1} example requests succeeded` : `${failures} example requests failed`);
process.exitCode = failures === 0 ? 0 : 1;
