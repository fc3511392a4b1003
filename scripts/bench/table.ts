// The short human-readable form of the bench report: one row per figure, with its goal and whether
// this run met it.
import type { BundleSize } from './bundle.js';
import type { CallOverheadResult } from './call-overhead.js';
import type { ColdStart } from './cold-start.js';
import type { JournalCost } from './journal.js';
import type { MemoryResult } from './memory.js';
import type { SigningResult } from './signing.js';

interface Report {
  readonly machine: { node: string; platform: string; cpu: string; cores: number };
  readonly quick: boolean;
  readonly callOverhead: CallOverheadResult;
  readonly signing: SigningResult;
  readonly bundles: BundleSize[];
  readonly coldStart: ColdStart[];
  readonly journal: JournalCost;
  readonly memory: MemoryResult;
}

type Row = [measure: string, result: string, goal: string, met: string];

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (value: number) => `${value.toFixed(2)}x`;
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : 'NO');

export function renderTable(report: Report): string {
  const { callOverhead: call, signing, memory } = report;
  const rows: Row[] = [];
  rows.push([
    `calls: SDK / raw fetch throughput (${call.calls} calls, concurrency ${call.concurrency})`,
    `${ratio(call.throughputRatio)} (${Math.round(call.sdk.perSecond)} vs ${Math.round(call.raw.perSecond)} calls/s)`,
    '>= 0.90x',
    verdict(call.throughputRatio >= 0.9),
  ]);
  rows.push([
    'calls: p50 / p99 latency, SDK',
    `${call.sdk.p50Ms.toFixed(1)} / ${call.sdk.p99Ms.toFixed(1)} ms`,
    '',
    '',
  ]);
  rows.push([
    'calls: p50 / p99 latency, raw fetch',
    `${call.raw.p50Ms.toFixed(1)} / ${call.raw.p99Ms.toFixed(1)} ms`,
    '',
    '',
  ]);

  const r = signing.ratios;
  const rate = (name: string) => Math.round(signing.rates[name]?.opsPerSecond ?? 0);
  rows.push([
    'signing: Huawei ours / official AKSKSigner',
    `${ratio(r.huaweiVsOfficial)} (${rate('huawei ours (node:crypto)')} vs ${rate('huawei official AKSKSigner')} ops/s)`,
    '>= 2x',
    verdict(r.huaweiVsOfficial >= 2),
  ]);
  rows.push([
    'signing: ACS3 ours / official openapi-util',
    `${ratio(r.alibabaVsOfficial)} (${rate('alibaba ours (node:crypto)')} vs ${rate('alibaba official openapi-util')} ops/s)`,
    '>= 1.2x',
    verdict(r.alibabaVsOfficial >= 1.2),
  ]);
  for (const [label, value] of [
    ['Huawei, node:crypto', r.huaweiNodeVsPrimitives],
    ['Huawei, WebCrypto', r.huaweiWebVsPrimitives],
    ['ACS3, node:crypto', r.alibabaNodeVsPrimitives],
    ['ACS3, WebCrypto', r.alibabaWebVsPrimitives],
  ] as const) {
    rows.push([`signing: cost vs bare hash+HMAC, ${label}`, ratio(value), '<= 1.5x', verdict(value <= 1.5)]);
  }

  for (const size of report.bundles) {
    const single = size.entry.startsWith('imagesec') && !size.entry.includes(',');
    const clouds = size.entry.startsWith('imagesec') ? `, carries ${size.clouds.join('+') || 'no signer'}` : '';
    const goalMet =
      single && size.platform === 'browser' ? size.gzipBytes <= 12_000 && size.clouds.length === 1 : undefined;
    rows.push([
      `bundle (${size.platform}): ${size.entry}`,
      `${kB(size.gzipBytes)} gz (${kB(size.minifiedBytes)} min${clouds})`,
      goalMet === undefined ? '' : '<= 12 kB, one cloud',
      verdict(goalMet),
    ]);
  }

  for (const start of report.coldStart) {
    rows.push([
      `cold start: ${start.subject}`,
      `${start.medianMs.toFixed(0)} ms${start.subject.startsWith('node') ? '' : ` (import ${start.importMs.toFixed(0)} ms)`}`,
      '',
      '',
    ]);
  }

  const journal = report.journal;
  rows.push([
    `bulk run: --journal throughput cost (${journal.lines} lines, concurrency ${journal.concurrency}, CLI)`,
    `${(journal.cost * 100).toFixed(1)}% (${Math.round(journal.journaledPerSecond)} vs ${Math.round(journal.plainPerSecond)} lines/s)`,
    '<= 5%',
    verdict(journal.cost <= 0.05),
  ]);
  rows.push([
    `memory: heap growth over ${memory.calls} calls (second half)`,
    `${kB(memory.growthBytes)} (${kB(memory.secondHalfGrowthBytes)})`,
    'bounded: second half < 1 MB',
    verdict(memory.secondHalfGrowthBytes < 1_000_000),
  ]);

  const header: Row = ['measure', 'result', 'goal', 'met'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: Row) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const m = report.machine;
  return [
    `imagesec bench${report.quick ? ' (--quick)' : ''}: Node ${m.node}, ${m.platform}, ${m.cores} cores (${m.cpu})`,
    '',
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
  ].join('\n');
}
