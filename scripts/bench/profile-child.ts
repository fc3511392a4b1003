// The profile section's own process, started with --cpu-prof by profile.ts: one client's calls (or
// the floor's: SasClient's request replayed over raw node:http) against the loopback server the
// parent started, a warm-up, then `calls` calls at `concurrency`.
// Prints, as JSON, the window of the measured calls on the profile's clock (process.hrtime in µs,
// the monotonic clock V8 stamps its samples with) and the process CPU over it, so the parent reads
// only the samples of the measured calls, not the start-up, module loading or warm-up around them.
import { runPool } from './pool.js';
import { captureRequest, rawNodeHttp } from './replay.js';
import { benchClient, callSas, callSdk, sasBenchClient } from './sdk-clients.js';

const [client, url = '', callsText, concurrencyText] = process.argv.slice(2);
const calls = Number(callsText);
const concurrency = Number(concurrencyText);
async function callOf(subject: string | undefined): Promise<() => Promise<unknown>> {
  if (subject === 'SasClient') {
    const sas = sasBenchClient(url);
    return () => callSas(sas);
  }
  if (subject === 'HssClient') {
    const hss = benchClient(url);
    return () => callSdk(hss);
  }
  if (subject === 'raw node:http')
    return rawNodeHttp(await captureRequest((fetch) => callSas(sasBenchClient(url, fetch))));
  throw new Error(`profile child: nothing called ${String(subject)}`);
}
const call = await callOf(client);

await runPool(call, Math.min(calls, 3_000), concurrency);
const cpuBefore = process.cpuUsage();
const startUs = Number(process.hrtime.bigint() / 1000n);
const { perSecond } = await runPool(call, calls, concurrency);
const endUs = Number(process.hrtime.bigint() / 1000n);
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(JSON.stringify({ startUs, endUs, perSecond, cpuUs: cpu.user + cpu.system }));
