// The CLI with a secret request field (SAS AddPrivateRegistry's Password and the Quay token in its
// ExtraParam, HSS AddRegistry's registry_password in a JSON body, all `format: password` in the
// specs): --dry-run, --debug, an error that echoes the password and a bulk run's journal show none
// of it, in any encoding; the request itself carries it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCloud } from '../../src/cli/operations.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const server = useCaptureServer();
const PASSWORD = CANARY.registryPassword;
const TOKEN = 'CANARYTOKq8-quay-robot-token';
const KEYS = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};

const operation = cliCloud('sas').operations.find((o) => o.command === 'add-private-registry')!;

/** The spec's example command line with the canary password and token in place of its placeholders. */
function args(): string[] {
  const example = [...operation.example];
  example[example.indexOf('--password') + 1] = PASSWORD;
  example[example.indexOf('--extra-param') + 1] = JSON.stringify([{ namespace: 'team-a', authToken: TOKEN }]);
  return ['sas', 'add-private-registry', ...example, '--endpoint', server.url];
}

function expectNoPassword(result: CliResult, ...files: string[]): void {
  expectNoSecrets(result.stdout, result.stderr, ...files);
  for (const text of [result.stdout, result.stderr, ...files]) {
    expect(text, 'the canary password leaked').not.toContain('CANARYPWq7');
    expect(text, 'the canary token leaked').not.toContain('CANARYTOKq8');
  }
}

describe('imagesec hss add-registry with a secret in the JSON body', () => {
  const hss = cliCloud('hss').operations.find((o) => o.command === 'add-registry')!;
  const HSS_KEYS = { HUAWEICLOUD_SDK_AK: CANARY.ak, HUAWEICLOUD_SDK_SK: CANARY.sk };

  /** The spec's example with the canary password, given in --body or as its own flag. */
  function hssArgs(asFlag: boolean): string[] {
    const example = [...hss.example];
    const at = example.indexOf('--body') + 1;
    const body = JSON.parse(example[at]!) as Record<string, unknown>;
    if (asFlag) {
      delete body.registry_password;
      example.push('--registry-password', PASSWORD);
    } else body.registry_password = PASSWORD;
    example[at] = JSON.stringify(body);
    return ['hss', 'add-registry', ...example, '--region', 'cn-north-4', '--endpoint', server.url];
  }

  it.each([
    ['in --body', false],
    ['as --registry-password', true],
  ])('--dry-run masks it (%s) in the body and the curl line', async (_label, asFlag) => {
    const result = await runCli([...hssArgs(asFlag), '--dry-run'], { env: HSS_KEYS });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"registry_password":"***"');
    expect(result.stdout).toContain('"registry_username":"hss-robot"');
    expectNoPassword(result);
    expect(server.requests).toHaveLength(0);
  });

  it('an answer that echoes it is masked; the request carries it', async () => {
    server.respond({ status: 400, body: { error_code: 'HSS.0001', error_msg: `login failed for ${PASSWORD}` } });
    const result = await runCli([...hssArgs(false), '--debug', '--max-retries', '0'], { env: HSS_KEYS });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('login failed for ***');
    expectNoPassword(result);
    const sent = JSON.parse(server.requests[0]!.body.toString()) as { registry_password?: string };
    expect(sent.registry_password).toBe(PASSWORD);
  });
});

describe('imagesec sas add-private-registry with a secret', () => {
  it('marks the password and the JSON-text parameter holding a token as secrets', () => {
    expect(operation.options.filter((o) => o.secret === true).map((o) => o.flag)).toEqual(['password', 'extra-param']);
  });

  it.each(['text', 'json'])('--dry-run --output %s masks them in the URL and the curl line', async (output) => {
    const result = await runCli([...args(), '--dry-run', '--output', output], { env: KEYS });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Password=***');
    expect(result.stdout).toContain('UserName=scanner-robot');
    expectNoPassword(result);
    expect(server.requests).toHaveLength(0);
  });

  it('--debug and an answer that echoes the password: the request carries it, nothing shown does', async () => {
    server.respond({
      status: 400,
      body: { RequestId: 'R-1', Code: 'InvalidParameter', Message: `cannot log in with ${PASSWORD} (${TOKEN})` },
    });
    for (const output of ['text', 'json']) {
      const result = await runCli([...args(), '--debug', '--output', output], { env: KEYS });
      expect(result.code).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('cannot log in with *** (***)');
      expect(result.stderr).toContain('Password=***');
      expectNoPassword(result);
    }
    const sent = new URL(server.requests[0]!.target, server.url).searchParams;
    expect(sent.get('Password')).toBe(PASSWORD);
  });

  it("a bulk run's journal and output hold no password (lines are hashed, outcomes carry no input)", async () => {
    server.respond({ status: 200, body: { RequestId: 'R-2', Data: { Id: 1, Token: 't' } } });
    const dir = mkdtempSync(join(tmpdir(), 'imagesec-secrets-'));
    const lines = join(dir, 'lines.jsonl');
    const journal = join(dir, 'journal.jsonl');
    const base = args().filter((_, i, all) => all[i] !== '--password' && all[i - 1] !== '--password');
    writeFileSync(
      lines,
      `${JSON.stringify({ Password: PASSWORD })}\n${JSON.stringify({ Password: `${PASSWORD}2` })}\n`,
    );
    const result = await runCli([...base, '--each', lines, '--journal', journal, '--debug'], { env: KEYS });
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(2);
    expectNoPassword(result, readFileSync(journal, 'utf8'));
  });
});
