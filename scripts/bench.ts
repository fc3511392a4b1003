// npm run bench: imagesec measured side by side with raw fetch, the vendors' official signers and
// core packages, and the hash primitives, in one process (each comparison interleaved round by
// round, medians reported). Prints a table with the goals of issue 7 and writes reports/bench.json.
//   --quick   fewer calls and rounds (a smoke run; the figures are noisier)
//   --json    print the JSON report instead of the table
// Runs the built package (npm run bench builds dist/ first): `imagesec` resolves as for a consumer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBundles } from './bench/bundle.js';
import { benchCallOverhead } from './bench/call-overhead.js';
import { benchColdStart } from './bench/cold-start.js';
import { benchJournal } from './bench/journal.js';
import { benchMemory } from './bench/memory.js';
import { renderTable } from './bench/table.js';
import { benchSigning } from './bench/signing.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const quick = values.quick;
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

progress('call overhead (SDK vs raw fetch)');
const callOverhead = await benchCallOverhead({ calls: quick ? 1_000 : 5_000, concurrency: 32, rounds: quick ? 2 : 5 });
progress('signing');
const signing = await benchSigning({ quick });
progress('bundle sizes');
const bundles = await benchBundles();
progress('cold start');
const coldStart = benchColdStart({ runs: quick ? 5 : 20 });
progress('bulk run journal');
const journal = await benchJournal({ lines: quick ? 2_000 : 10_000, rounds: quick ? 1 : 7 });
progress('memory');
const memory = await benchMemory({ calls: quick ? 5_000 : 50_000 });

const report = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
  },
  quick,
  callOverhead,
  signing,
  bundles,
  coldStart,
  journal,
  memory,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report));
