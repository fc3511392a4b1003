// The short human-readable form of the bench report: a Markdown table, one row per figure, with its
// goal (issue 18's, and the earlier ones still held) and whether this run met it ('yes' / 'NO');
// rows without a goal are the peers and floors, reported for comparison.
import { BARE, HELP, IMPORT } from './cold-start.js';
import type { SideName, Versus } from './end-to-end.js';
import type { ModuleBytes, OperationBundles } from './bundle-operations.js';
import { SECTIONS, type Report } from './report.js';

type Row = [measure: string, result: string, goal: string, met: string];

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const ratio = (value: number) => `${value.toFixed(2)}x`;
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : 'NO');

function callRows(calls: NonNullable<Report['calls']>): Row[] {
  const rows: Row[] = [];
  const side = (name: SideName) => calls.sides[name];
  const perSecond = (name: SideName) => `${Math.round(side(name).perSecond)}`;
  const cpu = (name: SideName) => `${side(name).cpuMsPerCall.toFixed(3)}`;
  const against = (label: string, ours: SideName, theirs: SideName, versus: Versus, goal: number) => {
    rows.push([
      `calls: ${label} throughput`,
      `${ratio(versus.throughput)} (${perSecond(ours)} vs ${perSecond(theirs)} calls/s)`,
      `>= ${goal.toFixed(2)}x`,
      verdict(versus.throughput >= goal),
    ]);
    rows.push([
      `calls: ${label} client CPU per call (theirs / ours)`,
      `${ratio(versus.cpu)} (${cpu(ours)} vs ${cpu(theirs)} ms)`,
      `>= ${goal.toFixed(2)}x`,
      verdict(versus.cpu >= goal),
    ]);
  };
  const { ratios } = calls;
  against(
    'HssClient / official HcClient',
    'hss imagesec HssClient',
    'hss official HcClient',
    ratios.hssVsHcClient,
    1.5,
  );
  against('SasClient / official callApi', 'sas imagesec SasClient', 'sas official callApi', ratios.sasVsCallApi, 1.5);
  const bare = `bare openapi-fetch over the same transport (${calls.transport.bare})`;
  rows.push([
    `calls: HssClient / ${bare}, throughput`,
    `${ratio(ratios.hssVsBare.throughput)} (${perSecond('hss imagesec HssClient')} vs ${perSecond('hss bare openapi-fetch')} calls/s)`,
    '>= 0.90x',
    verdict(ratios.hssVsBare.throughput >= 0.9),
  ]);
  rows.push([
    `calls: SasClient / ${bare}, throughput`,
    `${ratio(ratios.sasVsBare.throughput)} (${perSecond('sas imagesec SasClient')} vs ${perSecond('sas bare openapi-fetch')} calls/s)`,
    '',
    '',
  ]);
  for (const [name, figures] of Object.entries(calls.sides) as Array<[SideName, (typeof calls.sides)[SideName]]>) {
    const [cloud, ...who] = name.split(' ');
    rows.push([
      `calls (${calls.calls} at concurrency ${calls.concurrency}), ${cloud!.toUpperCase()}: ${who.join(' ')}`,
      `${Math.round(figures.perSecond)} calls/s, p50 ${figures.p50Ms.toFixed(1)} / p99 ${figures.p99Ms.toFixed(1)} ms, ` +
        `CPU ${figures.cpuMsPerCall.toFixed(3)} ms/call, heap ${MB(figures.heapUsedBytes)} after the run (+${MB(figures.heapGrowthBytes)} in it)`,
      '',
      '',
    ]);
  }
  return rows;
}

function signingRows(signing: NonNullable<Report['signing']>): Row[] {
  const rows: Row[] = [];
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
  return rows;
}

function bundleRows({ sizes, operations }: NonNullable<Report['bundles']>): Row[] {
  const rows = sizes.map((size): Row => {
    const single = size.entry.startsWith('imagesec') && !size.entry.includes(',');
    const clouds = size.entry.startsWith('imagesec') ? `, carries ${size.clouds.join('+') || 'no signer'}` : '';
    const goalMet =
      single && size.platform === 'browser' ? size.gzipBytes <= 12_000 && size.clouds.length === 1 : undefined;
    return [
      `bundle (${size.platform}): ${size.entry}`,
      `${kB(size.gzipBytes)} gz (${kB(size.minifiedBytes)} min${clouds})`,
      goalMet === undefined ? '' : '<= 12 kB, one cloud',
      verdict(goalMet),
    ];
  });
  for (const cloud of operations) rows.push(...operationRows(cloud));
  return rows;
}

/** The largest parts of a bundle, by minified bytes (deferred: loaded at first use where code is split). */
function largest(modules: readonly ModuleBytes[], count: number): string {
  const rest = modules.slice(count).reduce((sum, part) => sum + part.minifiedBytes, 0);
  const parts = modules
    .slice(0, count)
    .map((part) => `${part.module} ${kB(part.minifiedBytes)}${part.deferred ? ' (deferred)' : ''}`);
  return `${parts.join(', ')}, the rest ${kB(rest)}`;
}

function operationRows(cloud: OperationBundles): Row[] {
  const { client, operations, withoutOperations: none, points, firstOperation: first } = cloud;
  const all = points[points.length - 1]!;
  const perOperation = cloud.perOperationGzipBytes;
  const byTable = cloud.tables
    .map(
      (table) => `${table.module} ${Math.round(table.perOperationGzipBytes)} B (${kB(table.minifiedBytes)} min in all)`,
    )
    .join(', ');
  const name = `bundle (browser): imagesec { ${client} }`;
  return [
    [
      `${name} without its ${operations} operations (from src/, tables cut)`,
      `${kB(none.gzipBytes)} gz (${kB(none.minifiedBytes)} min; ${kB(none.upFrontGzipBytes)} gz up front where the bundler splits code)`,
      '<= 12 kB',
      verdict(none.gzipBytes <= 12_000),
    ],
    [`${name} without operations, largest parts (min)`, largest(none.modules, 8), '', ''],
    [
      `${name}, the first operation (its tables and the code only operations use)`,
      `+${first.gzipBytes} B gz (min: ${largest(
        first.modules.filter((part) => part.minifiedBytes >= 100),
        3,
      )})`,
      '',
      '',
    ],
    [
      `${name}, bytes per operation (slope over ${points
        .filter((p) => p.kept >= 1)
        .map((p) => p.kept)
        .join('/')} kept)`,
      `${Math.round(perOperation)} B gz (${Math.round(cloud.perOperationMinifiedBytes)} B min)`,
      '<= 150 B per operation',
      verdict(perOperation <= 150),
    ],
    [`${name}, per operation by generated module (gz, that module alone)`, byTable, '', ''],
    [
      `${name}, every operation: from src/ vs from dist/`,
      `${kB(all.gzipBytes)} vs ${kB(cloud.distGzipBytes)} gz`,
      '',
      '',
    ],
  ];
}

function coldStartRows(coldStart: NonNullable<Report['coldStart']>): Row[] {
  const goals: Record<string, number> = { [IMPORT]: 20, [HELP]: 60 };
  return coldStart.map((start) => {
    const goal = goals[start.subject];
    const over = start.overBareMs >= 0 ? `+${start.overBareMs.toFixed(0)}` : start.overBareMs.toFixed(0);
    return [
      `cold start: ${start.subject}`,
      start.subject === BARE ? `${start.medianMs.toFixed(0)} ms` : `${over} ms (${start.medianMs.toFixed(0)} ms)`,
      goal === undefined ? '' : `<= +${goal} ms over ${BARE}`,
      verdict(goal === undefined ? undefined : start.overBareMs <= goal),
    ];
  });
}

export function renderTable(report: Report): string {
  const rows: Row[] = [];
  if (report.calls !== undefined) rows.push(...callRows(report.calls));
  if (report.signing !== undefined) rows.push(...signingRows(report.signing));
  if (report.bundles !== undefined) rows.push(...bundleRows(report.bundles));
  if (report.coldStart !== undefined) rows.push(...coldStartRows(report.coldStart));
  const { journal, memory } = report;
  if (journal !== undefined) {
    rows.push([
      `bulk run: --journal throughput cost (${journal.lines} lines, concurrency ${journal.concurrency}, CLI)`,
      `${(journal.cost * 100).toFixed(1)}% (${Math.round(journal.journaledPerSecond)} vs ${Math.round(journal.plainPerSecond)} lines/s)`,
      '<= 5%',
      verdict(journal.cost <= 0.05),
    ]);
  }
  if (memory !== undefined) {
    rows.push([
      `memory: heap growth over ${memory.calls} calls (second half)`,
      `${kB(memory.growthBytes)} (${kB(memory.secondHalfGrowthBytes)})`,
      'bounded: second half < 1 MB',
      verdict(memory.secondHalfGrowthBytes < 1_000_000),
    ]);
  }

  const header: Row = ['measure', 'result', 'goal', 'met'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: Row) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const m = report.machine;
  const only = report.sections.length < SECTIONS.length ? `, sections: ${report.sections.join(', ')}` : '';
  return [
    `imagesec bench${report.quick ? ' (--quick)' : ''}: Node ${m.node}, ${m.platform}, ${m.cores} cores (${m.cpu})${only}`,
    '',
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
  ].join('\n');
}
