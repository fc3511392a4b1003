// Bundle size: what a consumer's esbuild bundle (minified, gzipped) weighs when it imports only
// HssClient, only SasClient, or both from the built package, next to the official core packages;
// and whether tree-shaking dropped the other cloud (each signer's algorithm name is the marker).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARKERS = { hss: 'SDK-HMAC-SHA256', sas: 'ACS3-HMAC-SHA256' } as const;

export interface BundleSize {
  readonly entry: string;
  readonly platform: 'browser' | 'node';
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Which clouds' signers the bundle carries. */
  readonly clouds: Array<keyof typeof MARKERS>;
}

async function measure(entry: string, source: string, platform: 'browser' | 'node'): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const text = new TextDecoder().decode(code);
  const clouds = (Object.keys(MARKERS) as Array<keyof typeof MARKERS>).filter((cloud) => text.includes(MARKERS[cloud]));
  return {
    entry,
    platform,
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    clouds,
  };
}

export async function benchBundles(): Promise<BundleSize[]> {
  // `imagesec` resolves to the built dist/ (no source condition here), as in a consumer project.
  const ours = {
    'imagesec { HssClient }': "import { HssClient } from 'imagesec'; globalThis.c = HssClient;",
    'imagesec { SasClient }': "import { SasClient } from 'imagesec'; globalThis.c = SasClient;",
    'imagesec { HssClient, SasClient }':
      "import { HssClient, SasClient } from 'imagesec'; globalThis.c = [HssClient, SasClient];",
  };
  const official = {
    '@huaweicloud/huaweicloud-sdk-core':
      "import * as core from '@huaweicloud/huaweicloud-sdk-core'; globalThis.c = core;",
    '@alicloud/openapi-util': "import util from '@alicloud/openapi-util'; globalThis.c = util;",
  };
  const sizes: BundleSize[] = [];
  for (const [entry, source] of Object.entries(ours)) sizes.push(await measure(entry, source, 'browser'));
  // The official packages are written for Node (http, fs, crypto): bundled for Node, built-ins external.
  for (const [entry, source] of Object.entries(ours)) sizes.push(await measure(entry, source, 'node'));
  for (const [entry, source] of Object.entries(official)) sizes.push(await measure(entry, source, 'node'));
  return sizes;
}
