// `--dry-run`: the CLI signs the request it would send and prints it (method, URL, host and the
// signed headers, body, a curl line) with every secret masked, and sends nothing. Checked for HSS
// and SAS, with permanent keys and with temporary-key tokens, as text and as JSON; the curl line
// is read back by a real shell and must carry the same request.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliCloud } from '../../src/cli/operations.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const run = promisify(execFile);
const server = useCaptureServer();

const PROJECT = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const HSS_KEYS = { HUAWEICLOUD_SDK_AK: CANARY.ak, HUAWEICLOUD_SDK_SK: CANARY.sk };
const SAS_KEYS = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};
// Quotes, shell expansions and non-ASCII: the curl line must quote them so a shell reads them back unchanged.
const IMAGE_NAME = `it's "nginx" $HOME \`id\` $(echo injected) 镜像`;
const SAS_INFO = cliCloud('sas').operations[0]!.options.find((o) => o.flag === 'info')!.example!;

interface Shown {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string | undefined;
}

interface Case {
  readonly cloud: 'hss' | 'sas';
  readonly token: boolean;
  readonly output: 'text' | 'json';
}

const CASES: readonly Case[] = [
  { cloud: 'hss', token: false, output: 'text' },
  { cloud: 'hss', token: false, output: 'json' },
  { cloud: 'hss', token: true, output: 'json' },
  { cloud: 'sas', token: false, output: 'json' },
  { cloud: 'sas', token: true, output: 'text' },
  { cloud: 'sas', token: true, output: 'json' },
];

const nameOf = (c: Case) => `${c.cloud}${c.token ? ' with a security token' : ''}, --output ${c.output}`;

function argsOf(c: Case): string[] {
  const common = ['--endpoint', server.url, '--dry-run', '--output', c.output];
  if (c.cloud === 'sas')
    return ['sas', 'operate-image-vul', '--info', SAS_INFO, '--operate-type', 'vul_fix', '--type', 'cve', ...common];
  return [
    'hss',
    'show-image-security-report-statistic',
    '--project-id',
    PROJECT,
    '--region',
    'cn-north-4',
    '--security-report-type',
    'vulnerability',
    '--enterprise-project-id',
    'all_granted_eps',
    '--operate-all',
    '--image-name',
    IMAGE_NAME,
    ...common,
  ];
}

function envOf(c: Case): Record<string, string> {
  if (c.cloud === 'hss')
    return { ...HSS_KEYS, ...(c.token ? { HUAWEICLOUD_SDK_SECURITY_TOKEN: CANARY.securityToken } : {}) };
  return { ...SAS_KEYS, ...(c.token ? { ALIBABA_CLOUD_SECURITY_TOKEN: CANARY.stsToken } : {}) };
}

function header(shown: Shown, name: string): string | undefined {
  return shown.headers.find(([n]) => n === name)?.[1];
}

/** The text dry run: comment, request line, headers, blank line and body, then the curl block. */
function parseText(stdout: string): { shown: Shown; curl: string } {
  const lines = stdout.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^# dry run: the request below was not sent; secrets are masked \(\*\*\*\)$/);
  // Names the source of the credentials (the environment here), never a value.
  expect(lines[1]).toMatch(/^# credentials from environment \((HUAWEICLOUD_SDK_AK|ALIBABA_CLOUD_ACCESS_KEY_ID)\)$/);
  const [method = '', url = '', ...extra] = (lines[2] ?? '').split(' ');
  expect(extra).toEqual([]);
  const headers: [string, string][] = [];
  let i = 3;
  for (; i < lines.length && lines[i] !== ''; i += 1) {
    const line = lines[i]!;
    const colon = line.indexOf(': ');
    expect(colon, `a header line: ${line}`).toBeGreaterThan(0);
    headers.push([line.slice(0, colon), line.slice(colon + 2)]);
  }
  i += 1;
  let body: string | undefined;
  if (!(lines[i] ?? '').startsWith('#')) {
    body = lines[i];
    expect(lines[i + 1]).toBe('');
    i += 2;
  }
  expect(lines[i]).toMatch(/^# the same request with curl/);
  return { shown: { method, url, headers, body }, curl: lines.slice(i + 1).join('\n') };
}

/** The curl command line as a POSIX shell splits it into words (bash, no command is run). */
async function shellWords(curl: string): Promise<string[]> {
  const { stdout } = await run('bash', ['-c', 'eval "words=( $1 )" && printf "%s\\0" "${words[@]}"', 'bash', curl], {
    env: { PATH: process.env.PATH ?? '' },
  });
  return stdout.split('\0').slice(0, -1);
}

/** The request a curl command line would send. */
async function curlRequest(curl: string): Promise<Shown> {
  const words = await shellWords(curl);
  expect(words.slice(0, 2)).toEqual(['curl', '-X']);
  const headers: [string, string][] = [];
  let body: string | undefined;
  for (let i = 4; i < words.length; i += 2) {
    const [option, value = ''] = [words[i], words[i + 1]];
    if (option === '-H') {
      const colon = value.indexOf(': ');
      headers.push([value.slice(0, colon), value.slice(colon + 2)]);
    } else if (option === '--data-raw') body = value;
    else throw new Error(`unexpected curl word ${option}`);
  }
  return { method: words[2] ?? '', url: words[3] ?? '', headers, body };
}

describe('--dry-run', () => {
  const results = new Map<string, CliResult>();
  let received = -1;

  beforeAll(async () => {
    server.requests.length = 0;
    const done = await Promise.all(CASES.map((c) => runCli(argsOf(c), { env: envOf(c) })));
    CASES.forEach((c, i) => results.set(nameOf(c), done[i]!));
    // Give a request that was sent anyway the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    received = server.requests.length;
  });

  it('sends nothing: the server received zero requests from all the dry runs', () => {
    expect(results.size).toBe(CASES.length);
    expect(received).toBe(0);
  });

  describe.each(CASES.map((c) => [nameOf(c), c] as const))('%s', (_, c) => {
    async function shownAndCurl(): Promise<{ shown: Shown; curl: string; curlRequest: Shown }> {
      const result = results.get(nameOf(c))!;
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      if (c.output === 'text') {
        const { shown, curl } = parseText(result.stdout);
        return { shown, curl, curlRequest: await curlRequest(curl) };
      }
      expect(result.stdout.endsWith('\n')).toBe(true);
      expect(result.stdout.trimEnd().split('\n'), 'one JSON document on one line').toHaveLength(1);
      const record = JSON.parse(result.stdout) as {
        ok: unknown;
        dryRun: unknown;
        operation: unknown;
        curl: string;
        request: { method: string; url: string; headers: Record<string, string>; body?: string };
      };
      expect(Object.keys(record).sort()).toEqual(['credentialSource', 'curl', 'dryRun', 'ok', 'operation', 'request']);
      expect(record).toMatchObject({
        ok: true,
        dryRun: true,
        operation: c.cloud === 'hss' ? 'ShowImageSecurityReportStatistic' : 'OperateImageVul',
      });
      const expectedKeys = c.cloud === 'hss' ? ['body', 'headers', 'method', 'url'] : ['headers', 'method', 'url'];
      expect(Object.keys(record.request).sort()).toEqual(expectedKeys);
      expect(typeof record.curl).toBe('string');
      expect(record.curl).not.toContain('\n');
      const shown: Shown = {
        method: record.request.method,
        url: record.request.url,
        headers: Object.entries(record.request.headers),
        body: record.request.body,
      };
      return { shown, curl: record.curl, curlRequest: await curlRequest(record.curl) };
    }

    it('shows the method, the URL with its query, host first, and every signed header', async () => {
      const { shown } = await shownAndCurl();
      expect(shown.method).toBe('POST');
      const url = new URL(shown.url);
      expect(url.origin).toBe(server.url);
      expect(shown.headers[0]).toEqual(['host', new URL(server.url).host]);
      const authorization = header(shown, 'authorization') ?? '';
      const signed = /SignedHeaders=([^,\s]+)/.exec(authorization)?.[1]?.split(';') ?? [];
      expect(signed.length).toBeGreaterThan(0);
      for (const name of signed) expect(header(shown, name), `signed header ${name} is shown`).toBeDefined();
      if (c.cloud === 'hss') {
        expect(url.pathname).toBe(`/v5/${PROJECT}/image/security-report/statistic`);
        expect(Object.fromEntries(url.searchParams)).toEqual({
          enterprise_project_id: 'all_granted_eps',
          security_report_type: 'vulnerability',
        });
        expect(signed).toEqual(
          expect.arrayContaining(['content-type', 'host', 'region', 'x-project-id', 'x-sdk-date']),
        );
        expect(header(shown, 'region')).toBe('cn-north-4');
        expect(header(shown, 'x-project-id')).toBe(PROJECT);
        expect(header(shown, 'x-sdk-date')).toMatch(/^\d{8}T\d{6}Z$/);
        expect(JSON.parse(shown.body ?? 'null')).toEqual({ operate_all: true, image_name: IMAGE_NAME });
      } else {
        expect(url.pathname).toBe('/');
        expect(Object.fromEntries(url.searchParams)).toEqual({ Info: SAS_INFO, OperateType: 'vul_fix', Type: 'cve' });
        expect(signed).toEqual(
          expect.arrayContaining([
            'host',
            'x-acs-action',
            'x-acs-content-sha256',
            'x-acs-date',
            'x-acs-signature-nonce',
            'x-acs-version',
          ]),
        );
        expect(header(shown, 'x-acs-action')).toBe('OperateImageVul');
        expect(shown.body).toBeUndefined();
      }
    });

    it('masks the key id, the signature and any token; no secret or real signature anywhere', async () => {
      const { shown } = await shownAndCurl();
      const result = results.get(nameOf(c))!;
      const authorization = header(shown, 'authorization') ?? '';
      if (c.cloud === 'hss') {
        expect(authorization).toMatch(/^SDK-HMAC-SHA256 Access=\*\*\*, SignedHeaders=[a-z0-9;-]+, Signature=\*\*\*$/);
        expect(header(shown, 'x-security-token')).toBe(c.token ? '***' : undefined);
        if (c.token) expect(authorization).toContain(';x-security-token');
      } else {
        expect(authorization).toMatch(
          /^ACS3-HMAC-SHA256 Credential=\*\*\*,SignedHeaders=[a-z0-9;-]+,Signature=\*\*\*$/,
        );
        expect(header(shown, 'x-acs-security-token')).toBe(c.token ? '***' : undefined);
        expect(header(shown, 'x-acs-accesskey-id')).toBe(c.token ? '***' : undefined);
      }
      expectNoSecrets(result.stdout, result.stderr);
      expect(result.stdout).not.toMatch(/Signature=(?!\*\*\*)/);
      // No signature-sized hex at all, but for the (public) hash of SAS's empty body.
      const hash = header(shown, 'x-acs-content-sha256');
      const rest = hash === undefined ? result.stdout : result.stdout.replaceAll(hash, '');
      expect(rest).not.toMatch(/[0-9a-f]{64}/);
    });

    it('prints a curl line a shell parses back into the same request', async () => {
      const { shown, curl, curlRequest: fromCurl } = await shownAndCurl();
      expect(curl).toMatch(/^curl -X POST /);
      expect(fromCurl.method).toBe(shown.method);
      expect(fromCurl.url).toBe(shown.url);
      // curl sets Host from the URL; every other header is passed as shown, in the same order.
      expect(fromCurl.headers).toEqual(shown.headers.filter(([name]) => name !== 'host'));
      expect(fromCurl.body).toBe(shown.body);
      if (c.cloud === 'hss') expect(fromCurl.body).toContain(JSON.stringify(IMAGE_NAME).slice(1, -1));
    });
  });
});
