// What a browser bundle of each client carries: the clients' environment-variable source, and none
// of the sources that need files or Node built-ins (profiles, OIDC token files, instance metadata,
// STS/IAM exchanges), nor project discovery. Bundled from the sources with the browser conditions,
// as a consumer's bundler resolves the package's "imports".
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function browserBundle(exported: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${exported} } from './src/index.ts';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['imagesec-source'],
    write: false,
    logLevel: 'silent',
  });
  return new TextDecoder().decode(result.outputFiles[0]!.contents);
}

// Strings only those sources hold (the error messages may still name the files, for the hint).
const NODE_ONLY = [
  'node:fs',
  'node:os',
  '100.100.100.200',
  '169.254.169.254',
  'AssumeRoleWithOIDC',
  'ChainableRamRoleArn',
  'X-aliyun-ecs-metadata-token',
  'X-Metadata-Token',
  'oidc_token_file',
  'id_token_file',
  'OS-FEDERATION',
  '/v3/projects',
];

describe.each(['HssClient', 'SasClient'])('a browser bundle of %s', (exported) => {
  it('has the environment source and none of the file, metadata or STS/IAM code', async () => {
    const code = await browserBundle(exported);
    expect(code).toContain(exported === 'HssClient' ? 'HUAWEICLOUD_SDK_AK' : 'ALIBABA_CLOUD_ACCESS_KEY_ID');
    for (const marker of NODE_ONLY) expect(code, marker).not.toContain(marker);
  });
});
