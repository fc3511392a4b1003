// The CLI with a secret request field (SAS AddPrivateRegistry's Password and the Quay token in its
// ExtraParam, both `format: password` in the spec): --dry-run, --debug, an error that echoes the
// password and a bulk run's journal show none of it, in any encoding; the request itself carries it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUDS } from '../../src/cli/operations.js';
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

const operation = CLOUDS.sas.operations.find((o) => o.command === 'add-private-registry')!;

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
