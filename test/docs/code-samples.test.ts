// Every code sample the API reference shows (scripts/docs/code-samples.ts: the SDK call and the CLI
// command of each operation, from the operation table and the spec's example) runs against the
// mock: the TypeScript ones in one Node process, each with its client pointed at the mock; the
// shell ones with bash and the imagesec CLI, with --endpoint added. For every cloud of the registry,
// the test suite's own among them: their Node process and CLI load test/clouds.ts first, and a
// sample's client class is the one imagesec exports, else the cloud's descriptor builds it.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clientLine, codeSamples, literal } from '../../scripts/docs/code-samples.js';
import { loadSpec } from '../../scripts/spec/document.js';
import { CLI, EMPTY_HOME, NODE_SOURCE_ARGS } from '../helpers/cli.js';
import { allClouds, cloudOf } from '../helpers/cloud-clients.js';
import { usePrism } from '../helpers/prism.js';

const run = promisify(execFile);
const SDK = pathToFileURL(new URL('../../src/index.ts', import.meta.url).pathname).href;
const REGISTRY = pathToFileURL(new URL('../../src/clouds.ts', import.meta.url).pathname).href;
const TEST_CLOUDS = pathToFileURL(new URL('../clouds.ts', import.meta.url).pathname).href;
const CLOUD_IDS = allClouds().map((cloud) => cloud.id);
const mocks = Object.fromEntries(CLOUD_IDS.map((name) => [name, usePrism(name)] as const));
const samples = Object.fromEntries(
  await Promise.all(CLOUD_IDS.map(async (name) => [name, codeSamples(name, await loadSpec(name))] as const)),
);

const ENV: Record<string, string> = {
  HOME: EMPTY_HOME,
  HUAWEICLOUD_SDK_AK: 'EXAMPLEAK0123456789',
  HUAWEICLOUD_SDK_SK: 'example-sk-for-the-mock',
  HUAWEICLOUD_SDK_PROJECT_ID: '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c',
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tExampleKeyId',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'example-secret-for-the-mock',
};
// Any other cloud's key, under the names its descriptor gives.
for (const { credentials } of allClouds()) {
  const [id, secret] = credentials.secretEnv;
  ENV[id] ??= 'EXAMPLEKEYID0123';
  ENV[secret] ??= 'example-secret-for-the-mock';
}

describe.each(CLOUD_IDS)('the %s reference code samples', (name) => {
  it('every operation has an SDK and a CLI sample', () => {
    for (const [operationId, list] of samples[name]!) {
      expect(
        list.map((s) => s.label),
        operationId,
      ).toEqual(['SDK', 'CLI']);
    }
  });

  it('every SDK sample runs against the mock', { timeout: 60_000 }, async () => {
    // One module: each sample's code (its import made a file URL, its client given the mock's
    // endpoint) as a function, run in turn; it prints the operations that failed.
    const bodies = [...samples[name]!].map(([operationId, [sdk]]) => {
      const [, , ...code] = sdk!.source.split('\n');
      const pointed = code
        .join('\n')
        .replace(clientLine(name), clientLine(name).replace('({ ', `({ endpoint: ${literal(mocks[name]!.url)}, `));
      expect(pointed, `${operationId}: the client line`).not.toBe(code.join('\n'));
      return `  ${literal(operationId)}: async () => {\n${pointed}\n  },`;
    });
    const { clientName, regionOption } = cloudOf(name);
    const module = [
      `import * as sdk from ${literal(SDK)};`,
      `import ${literal(TEST_CLOUDS)};`,
      `import { cloudOf } from ${literal(REGISTRY)};`,
      // The class imagesec exports, else one the descriptor builds (a test cloud's).
      `const ${clientName} = sdk.${clientName} ?? function (options) {`,
      `  return cloudOf(${literal(name)}).createClient({ ...options, region: options[${literal(regionOption)}] });`,
      '};',
      `const samples = {\n${bodies.join('\n')}\n};`,
      'const failed = [];',
      'for (const [id, sample] of Object.entries(samples)) {',
      '  try { await sample(); } catch (error) { failed.push(`${id}: ${error}`); }',
      '}',
      'process.stderr.write(JSON.stringify(failed));',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'imagesec-samples-'));
    writeFileSync(join(dir, 'samples.mts'), module);
    const { stderr } = await run(process.execPath, [...NODE_SOURCE_ARGS, join(dir, 'samples.mts')], {
      env: { PATH: process.env.PATH ?? '', ...ENV },
      timeout: 50_000,
    });
    expect(JSON.parse(stderr) as string[]).toEqual([]);
  });

  it('every CLI sample runs against the mock', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imagesec-samples-'));
    mkdirSync(join(dir, 'bin'));
    writeFileSync(
      join(dir, 'bin', 'imagesec'),
      `#!/bin/sh\nexec "${process.execPath}" ${NODE_SOURCE_ARGS.map((a) => `'${a}'`).join(' ')} --import '${TEST_CLOUDS}' '${CLI}' "$@"\n`,
    );
    chmodSync(join(dir, 'bin', 'imagesec'), 0o755);
    for (const [operationId, [, cli]] of samples[name]!) {
      const script = `${cli!.source} --endpoint ${mocks[name]!.url} --output json`;
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: dir,
        env: { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, ...ENV },
        timeout: 30_000,
      });
      expect(JSON.parse(stdout), operationId).toMatchObject({ ok: true, operation: operationId, status: 200 });
    }
  });
});
