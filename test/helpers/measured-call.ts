// Run as a child process by test/transport/response-limits.test.ts: one request against a hostile
// answer, made the way imagesec makes it (an HssClient call, or a credential source's sourceFetch),
// with what it cost measured from outside the code under test: time, peak RSS over the process's
// resident size before the request, and the longest the event loop was kept from a 10 ms timer.
// Prints one JSON line.
//   node <NODE_SOURCE_ARGS> test/helpers/measured-call.ts <base URL> <call|credentials> <timeout ms>
import { nodeFetch } from '../../src/core/http/node-fetch.js';
import { sourceFetch } from '../../src/core/identity/fetch.js';
import { HssClient } from '../../src/hss/client.js';

const [base = '', via = 'call', timeout = '2000'] = process.argv.slice(2);
const timeoutMs = Number(timeout);

const client = new HssClient({
  region: 'cn-north-4',
  endpoint: base,
  projectId: 'p1',
  credentials: { ak: 'AK0000000000', sk: 'SK0000000000' },
  env: {},
  timeoutMs,
});

function request(): Promise<unknown> {
  if (via === 'credentials') {
    return sourceFetch(
      { fetch: nodeFetch },
      { source: 'test source', what: 'credentials', url: `${base}/`, timeoutMs },
    );
  }
  return client.showImageSecurityReportStatistic({ security_report_type: 'vulnerability' });
}

// A first small answer loads every module the hostile one needs, so the baseline includes them.
await fetch(`${base}/warm-up`).then((r) => r.text());
await nodeFetch(`${base}/warm-up`).then((r) => r.text());
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let longestGapMs = 0;
let last = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  longestGapMs = Math.max(longestGapMs, now - last);
  last = now;
}, 10);

const started = performance.now();
let outcome: Record<string, unknown>;
try {
  await request();
  outcome = { ok: true };
} catch (error) {
  const { name, message, problem, code, attempts } = error as Record<string, unknown>;
  outcome = { ok: false, name, message, problem, code, attempts };
}
const elapsedMs = performance.now() - started;
clearInterval(ticker);
// maxRSS is the process's peak resident set, in KiB.
const peakGrowthMiB = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20;
console.log(JSON.stringify({ ...outcome, elapsedMs, peakGrowthMiB, longestGapMs }));
