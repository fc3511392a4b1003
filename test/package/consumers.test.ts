// The packed package the way its users meet it: `npm pack`, installed from the tarball into a fresh
// folder, then used from a Node ESM project, TypeScript projects (node16 and bundler resolution),
// CommonJS require(), the CLI bin, an esbuild browser bundle in headless Chromium (WebCrypto
// signing, cross-origin with CORS), Bun and Deno. Every call goes to a loopback server that accepts
// only signatures Huawei's official signer agrees with.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import {
  installConsumer,
  installRuntimes,
  packTarball,
  ROOT,
  runProgram,
  writeProject,
  type ProcessResult,
  type Runtimes,
} from './consumer-setup.js';
import {
  CONSUMER_KEYS,
  PROJECT_ID,
  startVerifyingServer,
  TOTAL_NUM,
  type VerifyingServer,
} from './verifying-server.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let server: VerifyingServer;
let consumer: string;

// The one call every consumer makes; `url` is the verifying server.
function callSource(url: string): string {
  return `const client = new HssClient({
  region: 'cn-north-4',
  endpoint: '${url}',
  projectId: '${PROJECT_ID}',
  credentials: { ak: '${CONSUMER_KEYS.ak}', sk: '${CONSUMER_KEYS.sk}' },
  maxRetries: 0,
});
const result = await client.showImageSecurityReportStatistic({
  security_report_type: 'vulnerability',
  body: { operate_all: true },
});
const summary = { totalNum: result.totalNum, requestId: result.requestId, status: result.status };
console.log(JSON.stringify(summary));
`;
}

function expectVerifiedCall(result: ProcessResult): void {
  expect(result.stderr.replace(/^.*ExperimentalWarning.*\n?|^\(Use `node --trace-warnings.*\n?/gm, '')).toBe('');
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '')).toEqual({
    totalNum: TOTAL_NUM,
    requestId: 'consumer-check-request-id',
    status: 200,
  });
  expect(server.calls.at(-1)?.signatureMatches).toBe(true);
}

beforeAll(async () => {
  server = await startVerifyingServer();
  consumer = await installConsumer(await packTarball());
}, 240_000);

afterAll(async () => {
  await server?.close();
});

describe('the packed tarball', () => {
  it('installs with its production dependencies only and ships dist/, bin/ and the specs', () => {
    const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules/imagesec/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // ini: the vendors' profile files, read only by the Node build's credential sources; the JMESPath
    // engine: the waiters and the CLI's --query, loaded when first used; get-east-asian-width and yaml:
    // the CLI's tables and YAML (output, --input, --skeleton).
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      '@jmespath-community/jmespath',
      'get-east-asian-width',
      'ini',
      'lossless-json',
      'openapi-fetch',
      'yaml',
    ]);
    for (const file of [
      'dist/node/index.js',
      'dist/default/index.js',
      'dist/types/src/index.d.ts',
      'dist/node/credentials.js',
      'dist/types/src/credentials.d.ts',
      'dist/types/generated/hss.d.ts',
      'openapi/hss.yaml',
      'bin/imagesec.js',
    ]) {
      expect(() => readFileSync(join(consumer, 'node_modules/imagesec', file)), file).not.toThrow();
    }
    expect(() => readFileSync(join(consumer, 'node_modules/imagesec/src/index.ts'))).toThrow();
    // Declarations for the public API only: none for the CLI's internals.
    expect(() => readFileSync(join(consumer, 'node_modules/imagesec/dist/types/src/cli/main.d.ts'))).toThrow();
  });

  it('a Node ESM project imports it and makes a signed call', async () => {
    const dir = writeProject(join(consumer, 'esm'), {
      'package.json': JSON.stringify({ type: 'module' }),
      'main.js': `import { HssClient } from 'imagesec';\n${callSource(server.url)}`,
    });
    expectVerifiedCall(await runProgram(process.execPath, ['main.js'], { cwd: dir }));
  });

  it('an import loads no HTTP, crypto or fetch code: those load at the first call (cold start)', async () => {
    const dir = writeProject(join(consumer, 'import-cost'), {
      'package.json': JSON.stringify({ type: 'module' }),
      'main.js': `const before = new Set(process.moduleLoadList);
await import('imagesec');
console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))));
`,
    });
    const run = await runProgram(process.execPath, ['main.js'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const loaded = JSON.parse(run.stdout) as string[];
    for (const module of ['http', 'https', 'crypto', 'zlib', 'internal/deps/undici/undici']) {
      expect(loaded, module).not.toContain(`NativeModule ${module}`);
    }
  });

  it.each([
    ['HssClient', 'SDK-HMAC-SHA256', 'ACS3-HMAC-SHA256'],
    ['SasClient', 'ACS3-HMAC-SHA256', 'SDK-HMAC-SHA256'],
  ])('a browser bundle of %s alone carries its own cloud only', async (client, own, other) => {
    const result = await build({
      stdin: { contents: `import { ${client} } from 'imagesec'; globalThis.client = ${client};`, resolveDir: consumer },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = new TextDecoder().decode(result.outputFiles[0]!.contents);
    expect(code).toContain(own);
    expect(code).not.toContain(other);
    expect(code).not.toContain('node:');
  });

  it('a CommonJS project require()s it (Node 22.12+ loads ES modules from require)', async () => {
    const dir = writeProject(join(consumer, 'cjs'), {
      'package.json': JSON.stringify({ type: 'commonjs' }),
      'main.js': `const { HssClient } = require('imagesec');\n(async () => {\n${callSource(server.url)}})();`,
    });
    expectVerifiedCall(await runProgram(process.execPath, ['main.js'], { cwd: dir }));
  });

  describe.each([
    { resolution: 'node16', module: 'node16' },
    { resolution: 'bundler', module: 'esnext' },
  ])('a TypeScript project with moduleResolution $resolution', ({ resolution, module }) => {
    it('type-checks against the shipped declarations (no @types/node, skipLibCheck off) and makes a signed call', async () => {
      const dir = writeProject(join(consumer, `ts-${resolution}`), {
        'package.json': JSON.stringify({ type: 'module' }),
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution: resolution,
            target: 'es2022',
            lib: ['es2022', 'dom'],
            types: [],
            strict: true,
            skipLibCheck: false,
            outDir: 'out',
          },
          include: ['main.ts'],
        }),
        'main.ts': `import { HssClient, ValidationError, type hss } from 'imagesec';
type Query = hss.operations['ShowImageSecurityReportStatistic']['parameters']['query'];
const query: Query = { security_report_type: 'vulnerability' };
export function misuse(client: HssClient): unknown {
  // @ts-expect-error: not one of the spec's report types
  return client.showImageSecurityReportStatistic({ security_report_type: 'no-such-report', body: {} });
}
export const isTyped: boolean = new ValidationError('x', []) instanceof Error;
${callSource(server.url).replace("security_report_type: 'vulnerability',", '...query,')}`,
      });
      const compiled = await runProgram(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir });
      expect(compiled.stdout + compiled.stderr).toBe('');
      expect(compiled.code).toBe(0);
      expectVerifiedCall(await runProgram(process.execPath, ['out/main.js'], { cwd: dir }));
    });
  });

  describe('the imagesec bin', () => {
    const bin = () => join(consumer, 'node_modules/.bin/imagesec');
    // The statistic call both tests make, and the keys the loopback server verifies its signature with.
    const statistic = () => [
      'hss',
      'show-image-security-report-statistic',
      '--endpoint',
      server.url,
      '--region',
      'cn-north-4',
      '--security-report-type',
      'vulnerability',
      '--operate-all',
    ];
    const keys = {
      HUAWEICLOUD_SDK_AK: CONSUMER_KEYS.ak,
      HUAWEICLOUD_SDK_SK: CONSUMER_KEYS.sk,
      HUAWEICLOUD_SDK_PROJECT_ID: PROJECT_ID,
    };

    it('prints the package version and makes a signed call from the compiled CLI', async () => {
      const version = await runProgram(bin(), ['--version'], { cwd: consumer });
      expect(version).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });

      const call = await runProgram(bin(), [...statistic(), '--output', 'json'], { cwd: consumer, env: keys });
      expect(call.stderr).toBe('');
      expect(call.code).toBe(0);
      expect(JSON.parse(call.stdout)).toMatchObject({ ok: true, status: 200, data: { total_num: TOTAL_NUM } });
      expect(server.calls.at(-1)?.signatureMatches).toBe(true);
    });

    it('loads what the output formats, input documents and completion need from the compiled CLI', async () => {
      const env = { ...keys, COLUMNS: '80' };
      const queried = await runProgram(bin(), [...statistic(), '--query', 'total_num', '-e'], { cwd: consumer, env });
      expect(queried).toEqual({ code: 0, stdout: `${TOTAL_NUM}\n`, stderr: '' });
      const yaml = await runProgram(bin(), [...statistic(), '--output', 'yaml'], { cwd: consumer, env });
      expect(yaml.stdout).toContain(`total_num: ${TOTAL_NUM}\n`);
      const table = await runProgram(bin(), [...statistic(), '--output', 'table'], { cwd: consumer, env });
      expect(table.stdout).toMatch(new RegExp(`^total_num +${TOTAL_NUM}$`, 'm'));
      const skeleton = await runProgram(bin(), ['hss', 'change-sensitive-info', '--skeleton'], { cwd: consumer });
      expect(skeleton.stdout).toContain('sensitive_info_id:');
      const completion = await runProgram(bin(), ['completion', 'bash'], { cwd: consumer });
      expect(completion.stdout).toContain('change-sensitive-info');
    });

    it('says how to get Prism when `imagesec mock` runs without the optional peer installed', async () => {
      const mock = await runProgram(bin(), ['mock', '--port', '0'], { cwd: consumer });
      expect(mock.code).toBe(2);
      expect(mock.stderr).toContain('imagesec mock needs Prism');
      expect(mock.stderr).toContain('npm install --save-dev @stoplight/prism-cli');
    });
  });

  describe('in a browser (esbuild bundle, headless Chromium)', () => {
    let page: Server;
    let pageUrl: string;
    let bundle: string;

    beforeAll(async () => {
      const dir = writeProject(join(consumer, 'browser'), {
        'main.js': `import { HssClient } from 'imagesec';
const subtle = globalThis.crypto.subtle;
const used = { digest: 0, sign: 0 };
for (const name of Object.keys(used)) {
  const original = subtle[name].bind(subtle);
  subtle[name] = (...args) => { used[name]++; return original(...args); };
}
try {
${callSource(server.url).replace('console.log(JSON.stringify(summary));', 'window.__done = { ...summary, used };')}
} catch (error) {
  window.__done = { error: String(error), name: error.name };
}
`,
      });
      const built = await build({
        entryPoints: [join(dir, 'main.js')],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        minify: true,
        write: false,
        absWorkingDir: dir,
        logLevel: 'silent',
      });
      bundle = built.outputFiles[0]!.text;
      page = createServer((req, res) => {
        if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
        else
          res
            .writeHead(200, { 'content-type': 'text/html' })
            .end('<!doctype html><title>consumer</title><script type="module" src="/app.js"></script>');
      });
      await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
      pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
    });

    afterAll(async () => {
      await new Promise((resolve) => page?.close(resolve));
    });

    it('bundles the WebCrypto signer and none of node:crypto', () => {
      expect(bundle).not.toContain('node:crypto');
      expect(bundle).not.toContain('createHmac');
    });

    it('signs with WebCrypto in the page and calls a server on another origin (CORS)', async () => {
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.goto(pageUrl);
        await tab.waitForFunction(() => (globalThis as { __done?: unknown }).__done !== undefined, undefined, {
          timeout: 15_000,
        });
        const done = await tab.evaluate(() => (globalThis as { __done?: unknown }).__done);
        expect(errors).toEqual([]);
        expect(done).toEqual({
          totalNum: TOTAL_NUM,
          requestId: 'consumer-check-request-id',
          status: 200,
          // The body hash, the canonical-request hash and the HMAC: all three through crypto.subtle.
          used: { digest: 2, sign: 1 },
        });
        const call = server.calls.at(-1);
        expect(call?.origin).toBe(pageUrl.slice(0, -1));
        expect(call?.userAgent).toContain('Chrome');
        expect(call?.signatureMatches).toBe(true);
      } finally {
        await browser.close();
      }
    });
  });

  describe('other runtimes, from their npm packages', () => {
    let runtimes: Runtimes;
    let dir: string;

    beforeAll(async () => {
      runtimes = await installRuntimes();
      dir = writeProject(join(consumer, 'runtimes'), {
        'package.json': JSON.stringify({ type: 'module' }),
        'main.js': `import { HssClient } from 'imagesec';\n${callSource(server.url)}`,
      });
    }, 240_000);

    it('Bun runs the ESM consumer', async () => {
      const version = await runProgram(runtimes.bun, ['--version'], { cwd: dir });
      expect(version.code).toBe(0);
      expectVerifiedCall(await runProgram(runtimes.bun, ['main.js'], { cwd: dir }));
      expect(server.calls.at(-1)?.userAgent).toMatch(/^Bun\//);
    });

    it('Deno runs the ESM consumer from node_modules (no network, no deno.json)', async () => {
      const env = { DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
      expectVerifiedCall(
        await runProgram(runtimes.deno, ['run', '--allow-net=127.0.0.1', '--allow-env', '--allow-read', 'main.js'], {
          cwd: dir,
          env,
        }),
      );
      expect(server.calls.at(-1)?.userAgent).toMatch(/^Deno\//);
    });
  });
});
