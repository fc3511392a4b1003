// A consumer's esbuild bundle of `imagesec` (minified ESM, gzipped at level 9), the way the bundle
// benches build one: from the built dist/ as a consumer resolves the package, or from src/.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ConsumerBundle {
  readonly code: Uint8Array;
  readonly gzipBytes: number;
  readonly metafile: Metafile;
}

export interface BundleOptions {
  /** Resolve `imagesec` to src/ (the `imagesec-source` condition) instead of the built dist/. */
  readonly fromSource?: boolean;
  readonly plugins?: Plugin[];
}

/** How a consumer's minified ESM bundle of `source` is built (in memory, with its metafile). */
export function consumerBuildOptions(
  source: string,
  platform: 'browser' | 'node',
  options: BundleOptions = {},
): BuildOptions & { metafile: true; write: false } {
  return {
    absWorkingDir: ROOT,
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    conditions: options.fromSource === true ? ['imagesec-source'] : [],
    plugins: options.plugins ?? [],
    metafile: true,
    write: false,
    logLevel: 'silent',
  };
}

/** A consumer's minified ESM bundle of `source` (one file: dynamic imports inlined, as esbuild does). */
export async function consumerBundle(
  source: string,
  platform: 'browser' | 'node',
  options: BundleOptions = {},
): Promise<ConsumerBundle> {
  const result = await build(consumerBuildOptions(source, platform, options));
  const code = result.outputFiles[0]!.contents;
  return { code, gzipBytes: gzipSync(code, { level: 9 }).byteLength, metafile: result.metafile };
}

/** A consumer module importing one client (or both) from the package. */
export function importing(...classes: string[]): string {
  const names = classes.join(', ');
  const value = classes.length === 1 ? names : `[${names}]`;
  return `import { ${names} } from 'imagesec'; globalThis.c = ${value};`;
}
