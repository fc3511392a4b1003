// The memory benchmark's own process: a warm-up, then `calls` SDK calls at concurrency 32 against the
// loopback server, heap used after a forced GC at 11 checkpoints, printed as JSON.
import { heapAfterGc, runPool } from './pool.js';
import { benchClient, callSdk } from './sdk-clients.js';
import { startLoopback } from './loopback.js';

const calls = Number(process.argv[2] ?? 50_000);
const server = await startLoopback();
const client = benchClient(server.url);
await runPool(() => callSdk(client), 2_000, 32);

const steps = 10;
const checkpoints = [{ calls: 0, heapUsedBytes: heapAfterGc() }];
for (let step = 1; step <= steps; step++) {
  await runPool(() => callSdk(client), calls / steps, 32);
  checkpoints.push({ calls: (calls / steps) * step, heapUsedBytes: heapAfterGc() });
}
server.stop();
process.stdout.write(JSON.stringify(checkpoints));
