// npm run bench: imagesec measured side by side with the vendors' official stacks and with the floors
// under it, each comparison interleaved round by round, medians reported. Prints a table with the
// goals of issue 30 (and the earlier ones still held), each met or missed, and writes
// reports/bench.json. Sections:
//   calls       one signed call end to end on a loopback server: HssClient vs HcClient, SasClient vs
//               callApi, and bare openapi-fetch, raw fetch and raw node:http replaying our request
//               (throughput, p50/p99, client CPU per call, heap)   bench/end-to-end.ts
//   profile     each client's calls (and the raw node:http floor's) under --cpu-prof in a process of
//               their own: self time per call by step (node:http, signing, checks, ...) and the
//               costliest functions; a missed calls goal names what dominates it   bench/profile.ts
//   signing     our signers vs the official ones and vs the bare hash/HMAC primitives   bench/signing.ts
//   bundles     a consumer's minified, gzipped bundle per client, and without its operations and per
//               operation   bench/bundle.ts, bench/bundle-operations.ts
//   cold-start  import('imagesec') and `imagesec --help` over `node -e 0`   bench/cold-start.ts
//   journal     the bulk run's --journal cost: throughput, CPU per line, the writer's own CPU
//               bench/journal.ts
//   memory      heap over many calls, in a process of its own   bench/memory.ts
// Options:
//   --quick            fewer calls and rounds (a smoke run; the figures are noisier)
//   --json             print the JSON report instead of the table
//   --only <s1,s2,..>  run only these sections (e.g. `--only calls` or `--only calls,cold-start`)
// Runs the built package (npm run bench builds dist/ first): `imagesec` resolves as for a consumer.
// By hand: `npm run build` once, then `node --import tsx scripts/bench.ts --quick --only calls`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBundles } from './bench/bundle.js';
import { benchColdStart } from './bench/cold-start.js';
import { benchEndToEnd } from './bench/end-to-end.js';
import { benchJournal } from './bench/journal.js';
import { benchMemory } from './bench/memory.js';
import { benchProfile } from './bench/profile.js';
import { benchSigning } from './bench/signing.js';
import { SECTIONS, type Report, type Section } from './bench/report.js';
import { renderTable } from './bench/table.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const quick = values.quick;
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})\n`);
  process.exit(2);
}
const wanted = (section: Section) => only === undefined || only.includes(section);
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

const report: Report = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
  },
  quick,
  sections: SECTIONS.filter(wanted),
};
if (wanted('calls')) {
  progress('calls end to end (imagesec, the official stacks, the floors)');
  report.calls = await benchEndToEnd({ calls: quick ? 1_000 : 3_000, concurrency: 32, rounds: quick ? 3 : 5 });
}
if (wanted('profile')) {
  progress('profile of each client');
  report.profile = await benchProfile({ calls: quick ? 6_000 : 12_000 });
}
if (wanted('signing')) {
  progress('signing');
  report.signing = await benchSigning({ quick });
}
if (wanted('bundles')) {
  progress('bundle sizes');
  report.bundles = await benchBundles();
}
if (wanted('cold-start')) {
  progress('cold start');
  report.coldStart = benchColdStart({ runs: quick ? 5 : 20 });
}
if (wanted('journal')) {
  progress('bulk run journal');
  report.journal = await benchJournal({ lines: quick ? 2_000 : 10_000, rounds: quick ? 1 : 7 });
}
if (wanted('memory')) {
  progress('memory');
  report.memory = await benchMemory({ calls: quick ? 5_000 : 50_000 });
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report));
