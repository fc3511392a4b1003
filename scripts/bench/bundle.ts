// Bundle size: what a consumer's esbuild bundle (minified, gzipped) weighs when it imports only
// HssClient, only SasClient, or both from the built package, next to the official core packages;
// and whether tree-shaking dropped the other cloud (each signer's algorithm name is the marker).
// The single-cloud browser bundles are also taken apart by operation (bench/bundle-operations.ts).
import { benchOperationBundles, type BundleCloud, type OperationBundles } from './bundle-operations.js';
import { consumerBundle, importing } from './consumer-bundle.js';

const MARKERS: Record<BundleCloud, string> = { hss: 'SDK-HMAC-SHA256', sas: 'ACS3-HMAC-SHA256' };

export interface BundleSize {
  readonly entry: string;
  readonly platform: 'browser' | 'node';
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Which clouds' signers the bundle carries. */
  readonly clouds: BundleCloud[];
}

export interface BundleResult {
  readonly sizes: BundleSize[];
  /** The single-cloud browser bundles without their operations, and what each operation adds. */
  readonly operations: OperationBundles[];
}

async function measure(entry: string, source: string, platform: 'browser' | 'node'): Promise<BundleSize> {
  const { code, gzipBytes } = await consumerBundle(source, platform);
  const text = new TextDecoder().decode(code);
  const clouds = (Object.keys(MARKERS) as BundleCloud[]).filter((cloud) => text.includes(MARKERS[cloud]));
  return { entry, platform, minifiedBytes: code.byteLength, gzipBytes, clouds };
}

export async function benchBundles(): Promise<BundleResult> {
  // `imagesec` resolves to the built dist/ (no source condition here), as in a consumer project.
  const ours = {
    'imagesec { HssClient }': importing('HssClient'),
    'imagesec { SasClient }': importing('SasClient'),
    'imagesec { HssClient, SasClient }': importing('HssClient', 'SasClient'),
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
  const operations: OperationBundles[] = [];
  for (const cloud of Object.keys(MARKERS) as BundleCloud[]) operations.push(await benchOperationBundles(cloud));
  return { sizes, operations };
}
