// The main job (`npm start`): runs every operation of the specs through the SDK with its spec's
// example request, signed as for the real clouds, and prints a summary (cloud, operation, target,
// status, request id, latency). Without arguments both clouds run against the embedded mock (Prism
// on loopback; it checks that credentials are present, not their signatures, so placeholder keys
// do). With a region for a cloud (`--hss-region`, `--sas-region`) that cloud runs against its real
// endpoint with credentials from the vendor's chain; there the operations that change something
// are signed but not sent (a dry run) unless `--apply` is given. Then, against the mock, the
// README's recipes (examples/recipes.ts: find, act, then check or undo, one per seed operation; and
// the image loop's, each with its scene of scripted answers from examples/scenes.ts, so scans run
// and end). The mock is imagesec/testing's strict one. Exits 0 when every call and recipe succeeded.
import { parseArgs } from 'node:util';
import { ConfigurationError, HssClient, SasClient, type ApiResult, type CallOptions } from 'imagesec';
import { operations as hssOperations } from '../generated/hss.operations.js';
import { operations as sasOperations } from '../generated/sas.operations.js';
import { DRY_RUN_STOP, DryRun } from '../src/cli/dry-run.js';
import { startMock, type RunningMock } from '../src/testing/index.js';
import { loadSpec } from './spec/document.js';
import { exampleRequest, sdkInput } from './spec/examples.js';
import * as recipes from '../examples/recipes.js';
import { playScene } from '../examples/scenes.js';

const USAGE = `Usage: npm start [-- --hss-region <id>] [--sas-region <id>] [--apply]

Without options, both clouds run against the embedded mock. A region runs that cloud against its
real endpoint (credentials from the vendors' chains: see the README's Credentials section);
operations that change something are then only signed (dry run) unless --apply is given.`;

const { values: args } = parseArgs({
  options: {
    'hss-region': { type: 'string' },
    'sas-region': { type: 'string' },
    apply: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const EXAMPLE_PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';

type Cloud = 'hss' | 'sas';
type Target = { kind: 'mock'; url: string; mock: RunningMock } | { kind: 'live'; region: string };

interface Job {
  readonly cloud: Cloud;
  /** The SDK method, e.g. `addImageWhiteLists`. */
  readonly operation: string;
  /** Changes something in the account: only a dry run on a real cloud without --apply. */
  readonly mutating: boolean;
  /** The spec's example request, as the method's input. */
  readonly input: Record<string, unknown>;
}

const [hssDoc, sasDoc] = await Promise.all([loadSpec('hss'), loadSpec('sas')]);

// Every operation of both specs, with its spec's example request (generated/*.operations.ts).
const JOBS: readonly Job[] = (
  [
    ['hss', hssDoc, Object.values(hssOperations)],
    ['sas', sasDoc, Object.values(sasOperations)],
  ] as const
).flatMap(([cloud, doc, entries]) =>
  entries.map((entry) => ({
    cloud,
    operation: entry.method,
    mutating: !entry.readOnly,
    input: sdkInput(exampleRequest(doc, entry.operationId), entry.constHeaders),
  })),
);

const servers: RunningMock[] = [];
const stopAll = () => Promise.all(servers.map((s) => s.close()));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

async function targetFor(cloud: Cloud, region: string | undefined): Promise<Target> {
  if (region !== undefined) return { kind: 'live', region };
  const mock = await startMock({ clouds: [cloud] });
  servers.push(mock);
  const url = mock.urls[cloud] as string;
  console.log(`mock for openapi/${cloud}.yaml listening on ${url}`);
  return { kind: 'mock', url, mock };
}

function clientsFor(targets: Record<Cloud, Target>, fetch: typeof globalThis.fetch | undefined) {
  return {
    hss: () => {
      const target = targets.hss;
      return target.kind === 'live'
        ? new HssClient({ region: target.region, fetch })
        : new HssClient({
            region: 'cn-north-4',
            endpoint: target.url,
            projectId: EXAMPLE_PROJECT,
            credentials: { ak: 'EXAMPLEAK0123456789', sk: 'example-sk-for-the-mock' },
            fetch,
          });
    },
    sas: () => {
      const target = targets.sas;
      return target.kind === 'live'
        ? new SasClient({ regionId: target.region, fetch })
        : new SasClient({
            regionId: 'cn-shanghai',
            endpoint: target.url,
            credentials: { accessKeyId: 'LTAI5tExampleKeyId', accessKeySecret: 'example-secret-for-the-mock' },
            fetch,
          });
    },
  };
}

const rows: string[][] = [['cloud', 'operation', 'target', 'status', 'request id', 'ms']];
let failures = 0;
let signedOnly = 0;

async function run(job: Job, targets: Record<Cloud, Target>): Promise<void> {
  const target = targets[job.cloud];
  const dryRun = target.kind === 'live' && job.mutating && !args.apply ? new DryRun([]) : undefined;
  const where = target.kind === 'mock' ? 'mock' : target.region;
  const started = performance.now();
  let status: string;
  let requestId = '-';
  try {
    const clients = clientsFor(targets, dryRun?.fetch);
    const client = (job.cloud === 'hss' ? clients.hss() : clients.sas()) as unknown as Record<
      string,
      (input: unknown, options: CallOptions) => Promise<ApiResult<unknown>>
    >;
    const result = await client[job.operation]!(job.input, { signal: dryRun?.signal });
    status = String(result.status);
    requestId = result.requestId ?? '-';
  } catch (error) {
    if (error === DRY_RUN_STOP && dryRun?.captured !== undefined) {
      status = 'signed, not sent (--apply sends it)';
      signedOnly += 1;
    } else {
      failures += 1;
      status = error instanceof Error ? `${error.name}${'status' in error ? ` ${String(error.status)}` : ''}` : 'error';
      requestId = (error as { requestId?: string }).requestId ?? '-';
      console.error(`${job.operation}: ${String(error)}`);
    }
  }
  rows.push([job.cloud, job.operation, where, status, requestId, (performance.now() - started).toFixed(1)]);
}

// Each recipe with the cloud it runs on. They change things (whitelist entries, scans, fixes), so
// they run against the mock only; the image loop's with their scene, and short delays between polls.
type Recipe = readonly [
  cloud: Cloud,
  name: string,
  run: (clients: { hss: HssClient; sas: SasClient }, report: () => void) => Promise<unknown>,
  scene?: string,
];
const MOCK_POLLS = { minDelayMs: 20, maxDelayMs: 100 } as const;
const ACCEPTED = { vulnerabilities: ['CVE-2024-6387'], baselineRules: ['1.1'] };
const RECIPES: readonly Recipe[] = [
  ['hss', 'ignoreSensitiveFindings', ({ hss }, report) => recipes.ignoreSensitiveFindings(hss, report)],
  ['hss', 'whitelistVulnerabilities', ({ hss }, report) => recipes.whitelistVulnerabilities(hss, report)],
  ['hss', 'rescanFailedImages', ({ hss }, report) => recipes.rescanFailedImages(hss, report)],
  ['hss', 'exportSecurityReport', ({ hss }, report) => recipes.exportSecurityReport(hss, report)],
  ['sas', 'fixImageVulnerabilities', ({ sas }, report) => recipes.fixImageVulnerabilities(sas, report)],
  ['hss', 'hssScanGate', ({ hss }, report) => recipes.hssScanGate(hss, MOCK_POLLS, report), 'hss-scan-gate'],
  [
    'hss',
    'hssAcceptAndVerify',
    ({ hss }, report) => recipes.hssAcceptAndVerify(hss, ACCEPTED, MOCK_POLLS, report),
    'hss-accept-and-verify',
  ],
  ['sas', 'sasScanGate', ({ sas }, report) => recipes.sasScanGate(sas, MOCK_POLLS, report), 'sas-scan-gate'],
  [
    'sas',
    'sasAcceptAndVerify',
    ({ sas }, report) =>
      recipes.sasAcceptAndVerify(sas, ['hc.image.checklist.identify.ak_leak.item'], MOCK_POLLS, report),
    'sas-accept-and-verify',
  ],
];

async function runRecipes(targets: Record<Cloud, Target>): Promise<void> {
  const clients = clientsFor(targets, undefined);
  for (const [cloud, name, recipe, scene] of RECIPES) {
    const target = targets[cloud];
    if (target.kind === 'live') continue;
    if (scene !== undefined) playScene(target.mock, scene);
    const started = performance.now();
    let status = 'ok';
    try {
      // What a recipe checks is its own output; here only the summary row speaks, with a gate's
      // verdict (the loop's gates say whether the CI step would pass).
      const outcome = await recipe({ hss: clients.hss(), sas: clients.sas() }, () => undefined);
      if (typeof outcome === 'boolean') status = outcome ? 'ok (gate: pass)' : 'ok (gate: blocked)';
    } catch (error) {
      failures += 1;
      status = error instanceof Error ? error.name : 'error';
      console.error(`recipe ${name}: ${String(error)}`);
    }
    rows.push([cloud, `recipe ${name}`, 'mock', status, '-', (performance.now() - started).toFixed(1)]);
  }
}

try {
  const [hss, sas] = await Promise.all([targetFor('hss', args['hss-region']), targetFor('sas', args['sas-region'])]);
  const targets = { hss, sas };
  // Constructing the clients checks region, credentials and project id before any call.
  const check = clientsFor(targets, undefined);
  check.hss();
  check.sas();
  for (const job of JOBS) await run(job, targets);
  await runRecipes(targets);
} catch (error) {
  // A real-cloud run without credentials (or with an unknown region) stops here, before any call.
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`${String(error)}\n\n${USAGE}`);
  process.exitCode = 2;
} finally {
  await stopAll();
}

if (process.exitCode !== 2) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
  const total = rows.filter((row) => !row[1]!.startsWith('recipe ')).length - 1;
  const recipeRows = rows.filter((row) => row[1]!.startsWith('recipe ')).length;
  const sent = total - signedOnly;
  const notSent = signedOnly === 0 ? '' : `; ${signedOnly} signed but not sent`;
  const recipesRun = recipeRows === 0 ? '' : `; ${recipeRows} recipes run`;
  console.log(
    failures === 0
      ? `${sent} of ${total} operations sent and succeeded${notSent}${recipesRun}`
      : `${failures} of ${total + recipeRows} operations and recipes failed${notSent}`,
  );
  process.exitCode = failures === 0 ? 0 : 1;
}
