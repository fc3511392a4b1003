// The short human-readable form of the bench report: a Markdown table, one row per figure, with its
// goal (issue 30's, and the earlier ones still held) and whether this run met it ('yes' / 'NO');
// rows without a goal are the peers and floors, reported for comparison. Where the profile section
// ran, a missed call goal names the categories that dominate that client's profile, and the profile's
// own rows follow the calls.
import { BARE, HELP, IMPORT } from './cold-start.js';
import type { SideName, Versus } from './end-to-end.js';
import type { ModuleBytes, OperationBundles } from './bundle-operations.js';
import type { ClientProfile } from './profile.js';
import { SECTIONS, type Report } from './report.js';

type Row = [measure: string, result: string, goal: string, met: string];

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const ratio = (value: number) => `${value.toFixed(2)}x`;
const us = (value: number) => `${value >= 10 ? Math.round(value) : value.toFixed(1)} µs`;
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : 'NO');

/** Issue 30's goals for one signed call end to end. */
const GOALS = {
  /** HssClient over the official HcClient, throughput and client CPU per call. */
  hssVsOfficial: 2,
  /** SasClient over the official callApi, throughput and client CPU per call. */
  sasVsOfficial: 1.5,
  /** Either client's throughput over raw node:http sending its request (the floor). */
  vsRawNodeHttp: 0.5,
  /** Either client's CPU per call, absolute. */
  cpuUsPerCall: 150,
} as const;

type Client = Exclude<ClientProfile['client'], 'raw node:http'>;

/** A call goal's verdict; a miss names what dominates the client's profile, when it ran. */
function callVerdict(ok: boolean, client: Client, profile: Report['profile']): string {
  if (ok) return 'yes';
  const profiled = profile?.clients.find((entry) => entry.client === client);
  if (profiled === undefined) return 'NO';
  // Beside each, the same category's cost in the floor's profile, where it has it (node:http's own cost).
  const floor = profile?.clients.find((entry) => entry.client === 'raw node:http');
  const top = profiled.categories.slice(0, 3).map(({ category, usPerCall }) => {
    const there = floor?.categories.find((entry) => entry.category === category);
    return `${category} ${us(usPerCall)}${there === undefined ? '' : ` (raw node:http ${us(there.usPerCall)})`}`;
  });
  return `NO (profile: ${top.join(', ')})`;
}

function callRows(calls: NonNullable<Report['calls']>, profile: Report['profile']): Row[] {
  const rows: Row[] = [];
  const side = (name: SideName) => calls.sides[name];
  const perSecond = (name: SideName) => `${Math.round(side(name).perSecond)}`;
  const cpu = (name: SideName) => `${side(name).cpuMsPerCall.toFixed(3)}`;
  const against = (client: Client, theirs: SideName, ours: SideName, versus: Versus, goal: number) => {
    const label = `${client} / ${theirs.split(' ').slice(1).join(' ')}`;
    rows.push([
      `calls: ${label} throughput`,
      `${ratio(versus.throughput)} (${perSecond(ours)} vs ${perSecond(theirs)} calls/s)`,
      `>= ${goal.toFixed(2)}x`,
      callVerdict(versus.throughput >= goal, client, profile),
    ]);
    rows.push([
      `calls: ${label} client CPU per call (theirs / ours)`,
      `${ratio(versus.cpu)} (${cpu(ours)} vs ${cpu(theirs)} ms)`,
      `>= ${goal.toFixed(2)}x`,
      callVerdict(versus.cpu >= goal, client, profile),
    ]);
  };
  const { ratios } = calls;
  const hss = 'hss imagesec HssClient';
  const sas = 'sas imagesec SasClient';
  against('HssClient', 'hss official HcClient', hss, ratios.hssVsHcClient, GOALS.hssVsOfficial);
  against('SasClient', 'sas official callApi', sas, ratios.sasVsCallApi, GOALS.sasVsOfficial);
  const floor = (client: Client, ours: SideName, theirs: SideName, versus: Versus) =>
    rows.push([
      `calls: ${client} / raw node:http (the floor: its request replayed) throughput`,
      `${ratio(versus.throughput)} (${perSecond(ours)} vs ${perSecond(theirs)} calls/s)`,
      `>= ${GOALS.vsRawNodeHttp.toFixed(2)}x`,
      callVerdict(versus.throughput >= GOALS.vsRawNodeHttp, client, profile),
    ]);
  floor('HssClient', hss, 'hss raw node:http', ratios.hssVsRawNodeHttp);
  floor('SasClient', sas, 'sas raw node:http', ratios.sasVsRawNodeHttp);
  for (const [client, ours] of [
    ['HssClient', hss],
    ['SasClient', sas],
  ] as const) {
    const cpuUs = side(ours).cpuMsPerCall * 1000;
    rows.push([
      `calls: ${client} client CPU per call`,
      us(cpuUs),
      `<= ${GOALS.cpuUsPerCall} µs`,
      callVerdict(cpuUs <= GOALS.cpuUsPerCall, client, profile),
    ]);
  }
  // Issue 18's floor, kept for comparison: the SDK's cost over openapi-fetch on the same transport.
  const bare = `bare openapi-fetch over the same transport (${calls.transport.bare})`;
  for (const [client, ours, theirs, versus] of [
    ['HssClient', hss, 'hss bare openapi-fetch', ratios.hssVsBare],
    ['SasClient', sas, 'sas bare openapi-fetch', ratios.sasVsBare],
  ] as const) {
    rows.push([
      `calls: ${client} / ${bare}, throughput`,
      `${ratio(versus.throughput)} (${perSecond(ours)} vs ${perSecond(theirs)} calls/s)`,
      '',
      '',
    ]);
  }
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

function profileRows(profile: NonNullable<Report['profile']>): Row[] {
  return profile.clients.flatMap((client): Row[] => {
    const name = `profile ${client.client}${client.client === 'raw node:http' ? " (SasClient's request)" : ''}`;
    return [
      [
        `${name} (${client.calls} calls at concurrency ${client.concurrency}, sampled every ${profile.intervalUs} µs): self time per call`,
        client.categories.map(({ category, usPerCall }) => `${category} ${us(usPerCall)}`).join(', '),
        '',
        '',
      ],
      [
        `${name}: what the profile covers`,
        `${us(client.sampledUsPerCall)} per call in all${client.client === 'raw node:http' ? '' : `, ${us(client.sdkUsPerCall)} of it in imagesec's own steps`} ` +
          `(wall time sampled: (idle) ${us(client.idleUsPerCall)} and ` +
          `(program) ${us(client.programUsPerCall)} per call left out); process CPU ${us(client.cpuUsPerCall)} per call; ` +
          `${Math.round(client.perSecond)} calls/s under the profiler`,
        '',
        '',
      ],
      [
        `${name}: top 10 functions by self time per call`,
        client.top.map((cost) => `${cost.name} (${cost.where}; ${cost.category}) ${us(cost.usPerCall)}`).join(', '),
        '',
        '',
      ],
    ];
  });
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
  if (report.calls !== undefined) rows.push(...callRows(report.calls, report.profile));
  if (report.profile !== undefined) rows.push(...profileRows(report.profile));
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
    // A journaled run sends the calls of one turn together after their records' write, so it can
    // outrun a plain one: what the journal itself costs is its writer's CPU per line.
    rows.push([
      "bulk run: --journal CPU per line (journaled vs plain), and the journal writer's own",
      `${journal.journaledCpuPerLineUs.toFixed(0)} vs ${journal.plainCpuPerLineUs.toFixed(0)} µs; writer ${journal.writerCpuPerLineUs.toFixed(1)} µs (${(journal.writerShare * 100).toFixed(1)}% of a plain line, ${journal.writerRecordsPerWrite.toFixed(1)} records per write)`,
      '',
      '',
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
