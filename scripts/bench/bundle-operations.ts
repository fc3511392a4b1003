// A single-cloud browser bundle taken apart by operation: the bundle with none of the cloud's
// operations (the SDK itself), the bundles keeping 1, 1/4, 1/2, 3/4 and all of them, and the bytes
// per operation (min+gz, the slope through those points: the first operation also brings the code
// only operations use, reported on its own), with which generated module carries them.
// How: the consumer bundle is built from the sources (the `imagesec-source` condition: the module
// graph dist/default/ is built from), with the cloud's per-operation modules swapped at load time
// for what the code generator writes from the spec cut to k operations (bench/operation-tables.ts).
// Swapping inside the built dist/ is not possible: its chunks have the tables inlined among the
// code. The source bundle keeping every operation is reported beside the dist/ bundle, so that the
// gap between the two ways of building is seen (it is a few tens of bytes).
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerBuildOptions, consumerBundle, importing, ROOT, type ConsumerBundle } from './consumer-bundle.js';
import { operationCount, tablesKeeping, TABLE_MODULES, type TableModule } from './operation-tables.js';

const CLIENTS = { hss: 'HssClient', sas: 'SasClient' } as const;
export type BundleCloud = keyof typeof CLIENTS;

/** A bundle keeping the first `kept` operations. */
export interface OperationPoint {
  readonly kept: number;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
}

/** Where a bundle's minified bytes come from: a package, a folder of src/, a generated module. */
export interface ModuleBytes {
  readonly module: string;
  readonly minifiedBytes: number;
  /** Reached only through a dynamic import (a bundler that splits code loads it when first used). */
  readonly deferred: boolean;
}

export interface TableCost {
  readonly module: TableModule;
  /** Bytes per operation (min+gz) past the first, when only this module keeps every operation. */
  readonly perOperationGzipBytes: number;
  /** Its minified bytes in the bundle keeping every operation. */
  readonly minifiedBytes: number;
}

export interface OperationBundles {
  readonly cloud: BundleCloud;
  readonly client: string;
  readonly operations: number;
  /** Kept 0, 1, 1/4, 1/2, 3/4 and all of the operations (document order). */
  readonly points: OperationPoint[];
  /**
   * What the first operation adds: its tables, and the code that only operations use (the
   * validators' checker, ...), which the bundle without operations leaves out.
   */
  readonly firstOperation: { readonly gzipBytes: number; readonly modules: ModuleBytes[] };
  /** Least-squares slope through the points from one operation on. */
  readonly perOperationGzipBytes: number;
  readonly perOperationMinifiedBytes: number;
  readonly tables: TableCost[];
  /** The bundle without operations: what it is made of, largest first. */
  readonly withoutOperations: {
    readonly minifiedBytes: number;
    readonly gzipBytes: number;
    /** Min+gz of what loads up front when the bundler splits code (the deferred modules left out). */
    readonly upFrontGzipBytes: number;
    readonly modules: ModuleBytes[];
  };
  /** The same import bundled from the built dist/ (every operation), against points' last. */
  readonly distGzipBytes: number;
}

const TABLE_FILE = /[\\/]generated[\\/](\w+)\.(\w+)\.ts$/;

/** Loads the cloud's per-operation modules as generated for the spec cut to `kept[module]` operations. */
function keeping(cloud: BundleCloud, kept: Record<TableModule, number>): Plugin {
  const counts = new Set(Object.values(kept));
  const generated = new Map([...counts].map((count) => [count, tablesKeeping(cloud, count)]));
  return {
    name: 'operation-tables',
    setup(build) {
      build.onLoad({ filter: TABLE_FILE }, (args) => {
        const [, id, kind] = TABLE_FILE.exec(args.path)!;
        if (id !== cloud || !(TABLE_MODULES as readonly string[]).includes(kind!)) return undefined;
        const module = kind as TableModule;
        return { contents: generated.get(kept[module])![module], loader: 'ts' };
      });
    },
  };
}

const everyTable = (count: number) =>
  Object.fromEntries(TABLE_MODULES.map((module) => [module, count])) as Record<TableModule, number>;

/**
 * The group an input of the metafile counts under: its package, its folder of src/ (src/core's own
 * files each on their own: they are unrelated), or itself.
 */
function groupOf(input: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (dependency !== null) return dependency[1]!;
  if (!input.startsWith('src/') || /^src\/core\/[^/]+$/.test(input)) return input;
  return `${input.slice(0, input.lastIndexOf('/'))}/`;
}

/** The modules only dynamic imports reach (from the entry, following static imports only). */
function deferredInputs(metafile: Metafile): Set<string> {
  const reached = new Set<string>();
  const queue = ['<stdin>'];
  while (queue.length > 0) {
    const input = queue.pop()!;
    if (reached.has(input)) continue;
    reached.add(input);
    for (const { path, kind } of metafile.inputs[input]?.imports ?? []) {
      if (kind !== 'dynamic-import' && path in metafile.inputs) queue.push(path);
    }
  }
  return new Set(Object.keys(metafile.inputs).filter((input) => !reached.has(input)));
}

function moduleBytes(metafile: Metafile): ModuleBytes[] {
  const deferred = deferredInputs(metafile);
  const groups = new Map<string, ModuleBytes>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const module = groupOf(input);
      const before = groups.get(module);
      groups.set(module, {
        module,
        minifiedBytes: (before?.minifiedBytes ?? 0) + bytesInOutput,
        deferred: (before?.deferred ?? true) && deferred.has(input),
      });
    }
  }
  return [...groups.values()]
    .filter((group) => group.minifiedBytes > 0)
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes);
}

/** Min+gz of the entry chunk and what it imports statically, when the bundler splits code. */
async function upFrontGzipBytes(source: string, plugins: Plugin[]): Promise<number> {
  const outdir = join(ROOT, 'bench-split');
  const result = await build({
    ...consumerBuildOptions(source, 'browser', { fromSource: true, plugins }),
    splitting: true,
    outdir,
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === '<stdin>')!;
  const loaded = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (loaded.has(path)) continue;
    loaded.add(path);
    for (const { path: next, kind } of outputs[path]!.imports) if (kind === 'import-statement') queue.push(next);
  }
  let bytes = 0;
  for (const file of result.outputFiles) {
    const path = file.path.slice(ROOT.length);
    if (loaded.has(path)) bytes += gzipSync(file.contents, { level: 9 }).byteLength;
  }
  return bytes;
}

/** Least-squares slope of y over x. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  return covariance / variance;
}

/** Fails when generated/ is not what the spec generates: the cut tables would not compare with it. */
function assertFresh(cloud: BundleCloud, operations: number): void {
  const full = tablesKeeping(cloud, operations);
  for (const module of TABLE_MODULES) {
    const file = join(ROOT, 'generated', `${cloud}.${module}.ts`);
    if (readFileSync(file, 'utf8') !== full[module]) throw new Error(`${file} is stale: run npm run generate`);
  }
}

/** What grew from one bundle to another, by group of modules (minified bytes), largest first. */
function grown(before: Metafile, after: Metafile): ModuleBytes[] {
  const was = new Map(moduleBytes(before).map((group) => [group.module, group.minifiedBytes]));
  return moduleBytes(after)
    .map((group) => ({ ...group, minifiedBytes: group.minifiedBytes - (was.get(group.module) ?? 0) }))
    .filter((group) => group.minifiedBytes > 0)
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes);
}

export async function benchOperationBundles(cloud: BundleCloud): Promise<OperationBundles> {
  const client = CLIENTS[cloud];
  const source = importing(client);
  const operations = operationCount(cloud);
  assertFresh(cloud, operations);
  const bundle = (kept: Record<TableModule, number>) =>
    consumerBundle(source, 'browser', { fromSource: true, plugins: [keeping(cloud, kept)] });

  const counts = [0, 1, ...[1, 2, 3, 4].map((quarter) => Math.round((operations * quarter) / 4))];
  const bundles = new Map<number, ConsumerBundle>();
  for (const kept of new Set(counts)) bundles.set(kept, await bundle(everyTable(kept)));
  const points = [...bundles].map(([kept, made]) => ({
    kept,
    minifiedBytes: made.code.byteLength,
    gzipBytes: made.gzipBytes,
  }));
  const none = bundles.get(0)!;
  const one = bundles.get(1)!;
  const after = points.filter((point) => point.kept >= 1);
  const inputs = Object.values(bundles.get(operations)!.metafile.outputs)[0]!.inputs;
  const tables: TableCost[] = [];
  for (const module of TABLE_MODULES) {
    const grownAlone = await bundle({ ...everyTable(1), [module]: operations });
    tables.push({
      module,
      perOperationGzipBytes: (grownAlone.gzipBytes - one.gzipBytes) / (operations - 1),
      minifiedBytes: inputs[`generated/${cloud}.${module}.ts`]?.bytesInOutput ?? 0,
    });
  }
  return {
    cloud,
    client,
    operations,
    points,
    firstOperation: { gzipBytes: one.gzipBytes - none.gzipBytes, modules: grown(none.metafile, one.metafile) },
    perOperationGzipBytes: slope(after.map((point) => [point.kept, point.gzipBytes])),
    perOperationMinifiedBytes: slope(after.map((point) => [point.kept, point.minifiedBytes])),
    tables,
    withoutOperations: {
      minifiedBytes: none.code.byteLength,
      gzipBytes: none.gzipBytes,
      upFrontGzipBytes: await upFrontGzipBytes(source, [keeping(cloud, everyTable(0))]),
      modules: moduleBytes(none.metafile),
    },
    distGzipBytes: (await consumerBundle(source, 'browser')).gzipBytes,
  };
}
