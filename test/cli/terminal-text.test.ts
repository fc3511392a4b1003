// What a hostile or broken server can put on the user's terminal through the CLI's text output:
// nothing but visible characters. Its message, code, request id and values are shown with every
// control character escaped; --output json keeps the exact strings, escaped by JSON itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonTerminalSafe, terminalSafe } from '../../src/cli/terminal-text.js';
import { BULK_ENV, useBulkSuite, type BulkServer, type Reply } from '../helpers/bulk-server.js';
import { expectNoSecrets } from '../helpers/canaries.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const suite = useBulkSuite();
let server: BulkServer;
beforeAll(() => {
  server = suite.server;
});

/** Retitles the window, rings the bell, returns the cursor and erases the line, then reverses the rest. */
const HOSTILE = '\x1b]0;pwned\x07\r\x1b[2Kall good\u202eevil\u2028\x9b31m';
const HOSTILE_SHOWN = '\\x1b]0;pwned\\x07\\r\\x1b[2Kall good\\u202eevil\\u2028\\x9b31m';

/** Any character a terminal would act on rather than show (the newlines that end the CLI's lines aside). */
const RAW_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u;

function expectShowable(text: string): void {
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.slice(0, -1).split('\n')) {
    const raw = RAW_CONTROL.exec(line);
    expect(raw, `a raw ${JSON.stringify(raw?.[0])} reached the terminal in ${JSON.stringify(line)}`).toBeNull();
  }
}

/** An HSS error whose message, code and request id (in the body: no header can carry ESC) are hostile. */
const HOSTILE_ERROR: Reply = {
  status: 400,
  body: { error_code: `HSS.1042${HOSTILE}`, error_msg: `bad id${HOSTILE}`, request_id: `rid${HOSTILE}` },
};

async function call(...rest: string[]): Promise<CliResult> {
  const result = await runCli(
    [
      'hss',
      'change-sensitive-info',
      '--endpoint',
      server.url,
      '--image-type',
      'private_image',
      '--body',
      '{"sensitive_info_id":"t-1"}',
      '--max-retries',
      '0',
      ...rest,
    ],
    { env: BULK_ENV },
  );
  expectNoSecrets(result.stdout, result.stderr);
  return result;
}

describe('terminalSafe', () => {
  it('escapes C0 and C1 controls, DEL, line separators and bidi controls', () => {
    expect(terminalSafe('a\x1bb\x07c\rd\ne\tf\x00g\x7fh\x85i\x9bj')).toBe(
      'a\\x1bb\\x07c\\rd\\ne\\tf\\x00g\\x7fh\\x85i\\x9bj',
    );
    expect(terminalSafe('\u2028\u2029\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069')).toBe(
      '\\u2028\\u2029\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069',
    );
    expect(terminalSafe(HOSTILE)).toBe(HOSTILE_SHOWN);
  });

  it('jsonTerminalSafe leaves no raw control in JSON text, and the text parses to the same value', () => {
    const json = jsonTerminalSafe(JSON.stringify({ [`k${HOSTILE}`]: [`v${HOSTILE}`, 'é 镜像 🙂'] }));
    expect(RAW_CONTROL.test(json)).toBe(false);
    expect(JSON.parse(json)).toEqual({ [`k${HOSTILE}`]: [`v${HOSTILE}`, 'é 镜像 🙂'] });
  });

  it('leaves printable text of any script alone, backslashes included', () => {
    const text = 'Invalid parameter: 镜像 ID «é» is not valid 🙂 C:\\path "quoted" [x] {y}';
    expect(terminalSafe(text)).toBe(text);
  });
});

describe('text output of what the server sent', () => {
  it("an API error's message, code and request id reach stderr escaped, on one line (exit 1)", async () => {
    server.respond(() => HOSTILE_ERROR);
    const result = await call();
    expect(result.code).toBe(1);
    expectShowable(result.stderr);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`HSS.1042${HOSTILE_SHOWN}`);
    expect(result.stderr).toContain(`bad id${HOSTILE_SHOWN}`);
    expect(result.stderr).toContain(`(request id rid${HOSTILE_SHOWN})`);
  });

  it('--output json keeps the exact strings, every control character escaped by JSON (C1 and bidi too)', async () => {
    server.respond(() => HOSTILE_ERROR);
    const result = await call('--output', 'json');
    expect(result.code).toBe(1);
    expectShowable(result.stderr);
    const { error } = JSON.parse(result.stderr) as { error: { code: string; message: string; requestId: string } };
    expect(error.code).toBe(`HSS.1042${HOSTILE}`);
    expect(error.message).toContain(`bad id${HOSTILE}`);
    expect(error.requestId).toBe(`rid${HOSTILE}`);
  });

  it("a success's request id and data (keys and values) reach stdout escaped, each value on its line", async () => {
    server.respond(() => ({
      status: 200,
      body: { request_id: `rid${HOSTILE}`, [`key${HOSTILE}`]: `value${HOSTILE}`, list: [`line 1\nline 2`] },
    }));
    const result = await call();
    expect(result.code, result.stderr).toBe(0);
    expectShowable(result.stdout);
    expect(result.stdout).toContain(`request id rid${HOSTILE_SHOWN}`);
    expect(result.stdout).toContain(`key${HOSTILE_SHOWN}: value${HOSTILE_SHOWN}`);
    expect(result.stdout).toContain('- line 1\\nline 2');
  });

  it('--debug lines show the code and the request id escaped', async () => {
    /** The debug lines of stderr (in json mode the failure is the one JSON line). */
    const debugLines = (result: CliResult) =>
      result.stderr
        .split('\n')
        .filter((line) => line.startsWith('imagesec '))
        .map((line) => `${line}\n`)
        .join('');
    server.respond(() => HOSTILE_ERROR);
    const failed = await call('--debug', '--output', 'json');
    expect(failed.code).toBe(1);
    expect(debugLines(failed)).toContain(`-> BadRequestError 400 HSS.1042${HOSTILE_SHOWN}`);
    expectShowable(debugLines(failed));

    server.respond(() => ({ status: 200, body: { request_id: `rid${HOSTILE}` } }));
    const succeeded = await call('--debug', '--output', 'json');
    expect(succeeded.code, succeeded.stderr).toBe(0);
    expect(debugLines(succeeded)).toContain(`-> 200 (request id rid${HOSTILE_SHOWN})`);
    expectShowable(debugLines(succeeded));
  });
});
