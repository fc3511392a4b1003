// A single call interrupted by SIGINT or SIGTERM while the request waits for its answer: the CLI
// says so in the chosen output mode, warns for an operation not safe to repeat that the request may
// already have been carried out, and exits 130 / 143. And what a report says about a mock's answer.
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/cli/report.js';
import { findOperation } from '../../src/cli/operations.js';
import { BadRequestError } from '../../src/core/errors.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { spawnCli } from '../helpers/cli.js';

const server = useCaptureServer();

const ENV = { HUAWEICLOUD_SDK_AK: CANARY.ak, HUAWEICLOUD_SDK_SK: CANARY.sk, HUAWEICLOUD_SDK_PROJECT_ID: 'p1' };

const WHITELIST = [
  'hss',
  'add-image-white-lists',
  '--global-image-type',
  'registry',
  '--type',
  'vulnerability',
  '--rule-type',
  'all_images',
  '--vul-ids',
  'CVE-2024-6387',
];
const SCAN = ['hss', 'batch-scan-local-image'];

async function interrupted(command: readonly string[], signal: 'SIGINT' | 'SIGTERM', ...rest: string[]) {
  server.respond({ hang: true });
  const cli = spawnCli([...command, '--endpoint', server.url, '--region', 'cn-north-4', ...rest], {
    env: ENV,
    timeoutMs: 20_000,
  });
  const deadline = Date.now() + 15_000;
  while (server.requests.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(server.requests, 'the request reached the server').toHaveLength(1);
  cli.child.kill(signal);
  const result = await cli.result;
  expectNoSecrets(result.stdout, result.stderr);
  expect(result.stdout).toBe('');
  return result;
}

describe('a single call interrupted while it waits for the answer', () => {
  it('SIGINT, not safe to repeat, text: one line saying it was interrupted and may have been carried out; exit 130', async () => {
    const result = await interrupted(WHITELIST, 'SIGINT');
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(
      /^imagesec: InterruptedError: interrupted by SIGINT before the answer came\. Hint: the request may already have reached the API and been carried out, and hss add-image-white-lists is not safe to repeat: check its effect/,
    );
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('SIGTERM, --output json: the same as one JSON document on stderr; exit 143', async () => {
    const result = await interrupted(WHITELIST, 'SIGTERM', '--output', 'json');
    expect(result.code).toBe(143);
    expect(JSON.parse(result.stderr)).toEqual({
      ok: false,
      error: {
        type: 'InterruptedError',
        exitCode: 143,
        message: 'interrupted by SIGTERM before the answer came',
        hint: expect.stringMatching(/may already have reached the API/) as unknown,
      },
    });
  });

  it('an operation safe to repeat says it can simply be run again', async () => {
    const result = await interrupted(SCAN, 'SIGINT');
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/Hint: run the command again when ready \(the operation is safe to repeat\)/);
  });
});

describe('advice on an API error depends on who answered', () => {
  const operation = findOperation('hss', 'batch-scan-local-image')!;
  const refused = (violations?: { path: string; message: string }[]) =>
    new BadRequestError({
      status: 400,
      code: 'HSS.0001',
      message: 'Invalid parameter',
      requestId: 'r-1',
      body: undefined,
      violations,
    });

  it('a vendor endpoint: quote the request id to the vendor', () => {
    expect(describeError(refused(), operation, { mock: false }).hint).toMatch(/quote the request id/);
  });

  it('a local mock: no advice to ask the vendor; its violations are listed by flag', () => {
    const report = describeError(
      refused([{ path: 'enterprise_project_id', message: 'must NOT have fewer than 1 characters' }]),
      operation,
      { mock: true },
    );
    expect(report.hint).not.toMatch(/vendor/);
    expect(report.violations).toEqual([
      { path: '--enterprise-project-id', message: 'must NOT have fewer than 1 characters' },
    ]);
    expect(report.message).toBe('Invalid parameter: --enterprise-project-id must NOT have fewer than 1 characters');
    expect(describeError(refused(), operation, { mock: true }).hint).toMatch(/local mock/);
  });
});
