// `imagesec mock`: Prism children on loopback, their URLs on stdout, stopped on SIGINT/SIGTERM
// (with nothing left behind), restarted when one dies, and usage errors for what cannot work.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { specPath, type SpecName } from '../../src/mock/specs.js';
import { CANARY, expectNoSecrets } from '../helpers/canaries.js';
import { jsonLines, runCli, spawnCli, type CliResult, type RunningCli } from '../helpers/cli.js';
import { listening } from '../helpers/listening-sockets.js';

const TIMEOUT = 60_000;

const HSS_ENV = {
  HUAWEICLOUD_SDK_AK: CANARY.ak,
  HUAWEICLOUD_SDK_SK: CANARY.sk,
  HUAWEICLOUD_SDK_PROJECT_ID: 'p1',
};
const SAS_ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
};

// Every mock this file starts is killed after its test, whatever happened.
const started: RunningCli[] = [];
const prismPids = new Set<number>();
afterEach(async () => {
  for (const cli of started.splice(0)) {
    if (cli.child.exitCode === null && cli.child.signalCode === null) {
      cli.child.kill('SIGKILL');
      await cli.result;
    }
  }
  for (const pid of prismPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  prismPids.clear();
});

// Every mock this file starts carries this tag in its environment, which its Prism children
// inherit: the process scans below see only this file's Prisms, not those of suites running beside it.
const TAG = { IMAGESEC_TEST_MOCK_TAG: `mock-command-${process.pid}-${Date.now()}` };

function mock(args: readonly string[]): RunningCli {
  const cli = spawnCli(['mock', ...args], { timeoutMs: TIMEOUT, env: TAG });
  started.push(cli);
  return cli;
}

// --- processes, read from /proc ------------------------------------------------------------------

/** Whether a process exists and is not a zombie. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function cmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter((a) => a !== '');
  } catch {
    return [];
  }
}

/** Whether the process was started (directly or through its parents) by a mock of this file. */
function tagged(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8')
      .split('\0')
      .includes(`IMAGESEC_TEST_MOCK_TAG=${TAG.IMAGESEC_TEST_MOCK_TAG}`);
  } catch {
    return false;
  }
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

function childPids(parent: number): number[] {
  return allPids().filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === parent && alive(pid);
    } catch {
      return false;
    }
  });
}

/** Live processes serving this spec on this port (a Prism started by anyone). */
function prismsOn(name: SpecName, port: number): number[] {
  return allPids().filter((pid) => {
    const args = cmdline(pid);
    const p = args.indexOf('-p');
    // Prism listens on a port of its own, behind the strict gateway that holds the public one.
    void port;
    return args.includes(specPath(name)) && p >= 0 && alive(pid) && tagged(pid);
  });
}

/** The mock's Prism child serving `name` on `port`, checked by its command line. */
function prismChild(cli: RunningCli, name: SpecName, port: number): number {
  const pids = childPids(cli.child.pid!).filter((pid) => prismsOn(name, port).includes(pid));
  expect(pids, `one ${name} Prism child on port ${port}`).toHaveLength(1);
  prismPids.add(pids[0]!);
  return pids[0]!;
}

// --- helpers -----------------------------------------------------------------------------------

async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for the first stdout line (the URLs), or fails with what the mock said. */
async function firstLine(cli: RunningCli): Promise<string> {
  let exited = false;
  void cli.result.then(() => (exited = true));
  return waitFor(() => {
    if (exited) throw new Error(`the mock exited early:\n${cli.stdout()}\n${cli.stderr()}`);
    const text = cli.stdout();
    return text.includes('\n') ? text.slice(0, text.indexOf('\n')) : undefined;
  }, 'the mock to print its URLs');
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

async function hssCall(url: string, env: Record<string, string> = HSS_ENV): Promise<CliResult> {
  const result = await runCli(
    [
      'hss',
      'show-image-security-report-statistic',
      '--endpoint',
      url,
      '--region',
      'cn-north-4',
      '--security-report-type',
      'vulnerability',
      '--output',
      'json',
    ],
    { env },
  );
  expectNoSecrets(result.stdout, result.stderr);
  return result;
}

async function sasCall(url: string): Promise<CliResult> {
  const result = await runCli(
    [
      'sas',
      'operate-image-vul',
      '--endpoint',
      url,
      '--region',
      'cn-shanghai',
      '--operate-type',
      'vul_fix',
      '--type',
      'cve',
      '--info',
      '[{"uuid":"u-1","newTag":"v2-fixed","ids":[1,2]}]',
      '--output',
      'json',
    ],
    { env: SAS_ENV },
  );
  expectNoSecrets(result.stdout, result.stderr);
  return result;
}

async function occupiedPort(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// --- tests -------------------------------------------------------------------------------------

describe('imagesec mock', () => {
  it(
    'mock all --port 0 --output json prints the URLs as one JSON line; both mocks answer; SIGINT stops them all (exit 0)',
    async () => {
      const cli = mock(['all', '--port', '0', '--output', 'json']);
      const urls = JSON.parse(await firstLine(cli)) as Record<string, string>;
      expect(Object.keys(urls).sort()).toEqual(['hss', 'sas']);
      expect(urls.hss).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(urls.sas).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(urls.hss).not.toBe(urls.sas);

      const hssPid = prismChild(cli, 'hss', portOf(urls.hss!));
      const sasPid = prismChild(cli, 'sas', portOf(urls.sas!));

      const [hss, sas] = await Promise.all([hssCall(urls.hss!), sasCall(urls.sas!)]);
      expect(hss.code, hss.stderr).toBe(0);
      expect(JSON.parse(hss.stdout)).toMatchObject({
        ok: true,
        operation: 'ShowImageSecurityReportStatistic',
        status: 200,
      });
      expect(sas.code, sas.stderr).toBe(0);
      expect(JSON.parse(sas.stdout)).toMatchObject({ ok: true, operation: 'OperateImageVul', status: 200 });

      cli.child.kill('SIGINT');
      const result = await cli.result;
      expect(result.signal).toBeNull();
      expect(result.code).toBe(0);
      // stdout carried the URLs line and nothing else; json mode keeps Prism's log off stderr.
      expect(jsonLines(result.stdout)).toEqual([urls]);
      expect(result.stderr).toBe('');

      expect(alive(hssPid)).toBe(false);
      expect(alive(sasPid)).toBe(false);
      expect(prismsOn('hss', portOf(urls.hss!))).toEqual([]);
      expect(prismsOn('sas', portOf(urls.sas!))).toEqual([]);
      expect(await answers(urls.hss!)).toBe(false);
      expect(await answers(urls.sas!)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'SIGTERM stops it the same way (text mode: the URL line, then "stopped")',
    async () => {
      const cli = mock(['hss', '--port', '0']);
      const line = await firstLine(cli);
      const url = /^imagesec mock: hss (http:\/\/127\.0\.0\.1:\d+) \(openapi\/hss\.yaml\)$/.exec(line)?.[1];
      expect(url, line).toBeDefined();
      const pid = prismChild(cli, 'hss', portOf(url!));
      expect(childPids(cli.child.pid!)).toEqual([pid]);
      expect(await answers(url!)).toBe(true);

      cli.child.kill('SIGTERM');
      const result = await cli.result;
      expect(result.signal).toBeNull();
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Ctrl-C stops');
      expect(result.stderr).toMatch(/imagesec mock: stopped\n$/);
      expect(alive(pid)).toBe(false);
      expect(prismsOn('hss', portOf(url!))).toEqual([]);
      expect(await answers(url!)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'SIGKILL of the mock itself leaves nothing behind: within 3 s no Prism child remains and the ports are free',
    async () => {
      const cli = mock(['all', '--port', '0', '--output', 'json']);
      const urls = JSON.parse(await firstLine(cli)) as Record<string, string>;
      const pids = [prismChild(cli, 'hss', portOf(urls.hss!)), prismChild(cli, 'sas', portOf(urls.sas!))];
      cli.child.kill('SIGKILL');
      await cli.result;
      const killed = Date.now();
      await waitFor(() => pids.every((pid) => !alive(pid)), 'the Prism children to exit', 3_000);
      for (const url of Object.values(urls)) {
        const free = createServer();
        await new Promise<void>((resolve, reject) =>
          free.once('error', reject).listen(portOf(url), '127.0.0.1', resolve),
        );
        await new Promise<void>((resolve) => free.close(() => resolve()));
      }
      expect(Date.now() - killed).toBeLessThan(3_000);
    },
    TIMEOUT,
  );

  it(
    'restarts a Prism child killed with SIGKILL; the mock answers again on the same port',
    async () => {
      const cli = mock(['hss', '--port', '0']);
      const line = await firstLine(cli);
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)![1]!;
      const port = portOf(url);
      const first = prismChild(cli, 'hss', port);

      process.kill(first, 'SIGKILL');
      await waitFor(
        () => cli.stderr().includes('imagesec mock: the hss mock exited (SIGKILL); restarting it'),
        'the restart notice',
      );
      const second = await waitFor(
        () => childPids(cli.child.pid!).find((pid) => pid !== first && prismsOn('hss', port).includes(pid)),
        'a new Prism child',
      );
      prismPids.add(second);
      expect(alive(first)).toBe(false);
      await waitFor(
        // The new Prism has a port of its own; the gateway on `url` sends to it.
        () => cli.stderr().lastIndexOf('Prism is listening on') > cli.stderr().indexOf('restarting'),
        'the new Prism to listen',
      );

      const call = await hssCall(url);
      expect(call.code, call.stderr).toBe(0);
      expect(JSON.parse(call.stdout)).toMatchObject({ ok: true, status: 200 });

      cli.child.kill('SIGINT');
      const result = await cli.result;
      expect(result.code).toBe(0);
      expect(alive(second)).toBe(false);
      expect(prismsOn('hss', port)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a Ctrl-C during startup (it reaches Prism too) is a clean stop: exit 0, no Prism left',
    async () => {
      const cli = mock(['all', '--port', '0']);
      const pid = cli.child.pid!;
      const prisms = await waitFor(() => {
        const found = childPids(pid).filter((child) => cmdline(child).some((arg) => arg.endsWith('.yaml')));
        return found.length === 2 && found;
      }, 'two Prism children');
      // As a terminal does: the signal goes to the whole process group.
      for (const child of [pid, ...prisms]) process.kill(child, 'SIGINT');
      const result = await cli.result;
      expect(result.code).toBe(0);
      expect(result.stderr).not.toMatch(/Error/);
      for (const child of prisms) expect(alive(child), `Prism ${child}`).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'a SIGINT while a killed Prism is being restarted still stops everything',
    async () => {
      const cli = mock(['hss', '--port', '0', '--output', 'json']);
      const { hss } = JSON.parse(await firstLine(cli)) as { hss: string };
      const port = portOf(hss);
      process.kill(prismChild(cli, 'hss', port), 'SIGKILL');
      // The supervisor waits 200 ms, then starts a new Prism: interrupt in the middle of that.
      await new Promise((resolve) => setTimeout(resolve, 500));
      cli.child.kill('SIGINT');
      const result = await cli.result;
      expect(result.code).toBe(0);
      await waitFor(() => prismsOn('hss', port).length === 0 || undefined, 'no Prism on the port', 10_000);
    },
    TIMEOUT,
  );

  it(
    'a --port that is taken is a usage error (exit 2) with a clear message, and no Prism is left',
    async () => {
      const busy = await occupiedPort();
      const port = (busy.address() as AddressInfo).port;
      try {
        const [text, json] = await Promise.all([
          runCli(['mock', 'hss', '--port', String(port)], { timeoutMs: TIMEOUT, env: TAG }),
          runCli(['mock', 'hss', '--port', String(port), '--output', 'json'], { timeoutMs: TIMEOUT, env: TAG }),
        ]);
        expect(text.code).toBe(2);
        expect(text.stdout).toBe('');
        expect(text.stderr).toContain(`port ${port} on 127.0.0.1 is not available (EADDRINUSE)`);
        expect(text.stderr).toContain('--port');
        expect(json.code).toBe(2);
        expect(jsonLines(json.stderr)).toEqual([
          {
            ok: false,
            error: expect.objectContaining({
              type: 'UsageError',
              exitCode: 2,
              message: expect.stringContaining(`port ${port}`) as unknown,
            }) as unknown,
          },
        ]);
        expect(prismsOn('hss', port)).toEqual([]);
      } finally {
        await new Promise<void>((resolve) => busy.close(() => resolve()));
      }
    },
    TIMEOUT,
  );

  it(
    'with all, a taken second port (SAS on --port + 1) is refused too, before any mock starts',
    async () => {
      const busy = await occupiedPort();
      const port = (busy.address() as AddressInfo).port;
      try {
        const result = await runCli(['mock', 'all', '--port', String(port - 1)], { timeoutMs: TIMEOUT, env: TAG });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/port \d+ on 127\.0\.0\.1 is not available/);
        expect(prismsOn('hss', port - 1)).toEqual([]);
      } finally {
        await new Promise<void>((resolve) => busy.close(() => resolve()));
      }
    },
    TIMEOUT,
  );

  it(
    'refuses what it cannot serve: an unknown mock, two of them, a bad port, a bad output (exit 2)',
    async () => {
      const [nope, two, port, output, flag] = await Promise.all([
        runCli(['mock', 'nope']),
        runCli(['mock', 'hss', 'sas']),
        runCli(['mock', 'hss', '--port', 'http']),
        runCli(['mock', 'hss', '--output', 'yaml']),
        runCli(['mock', '--bogus']),
      ]);
      for (const result of [nope, two, port, output, flag]) {
        expect(result.code, result.stderr).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect(nope.stderr).toContain("unknown mock 'nope': one of hss, sas, all");
      expect(two.stderr).toContain('takes one of hss, sas, all');
      expect(port.stderr).toContain("--port must be 0-65535, not 'http'");
      expect(output.stderr).toContain("--output must be json or text, not 'yaml'");
      expect(flag.stderr).toContain('--bogus');
    },
    TIMEOUT,
  );

  it('mock --help prints the help on stdout and exits 0 without starting anything', async () => {
    const result = await runCli(['mock', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('imagesec mock [hss|sas|all] [--port N]');
    expect(result.stderr).toBe('');
  });

  it(
    'with keys, nothing reaches Prism around the gateways: their ports are the only ones, Prism listens in a private directory, which goes with it even on SIGKILL',
    async () => {
      const cli = mock(['all', '--port', '0', '--output', 'json', '--hss-key', 'AK:SK', '--sas-key', 'ID:SECRET']);
      const urls = JSON.parse(await firstLine(cli)) as Record<string, string>;
      prismChild(cli, 'hss', portOf(urls.hss!));
      prismChild(cli, 'sas', portOf(urls.sas!));
      const { tcpPorts, unixPaths } = listening(cli.child.pid);
      expect(tcpPorts).toEqual(
        Object.values(urls)
          .map(portOf)
          .sort((a, b) => a - b),
      );
      expect(unixPaths.length).toBeGreaterThanOrEqual(2);
      const directories = [...new Set(unixPaths.map((path) => dirname(path)))];
      for (const directory of directories) expect(statSync(directory).mode & 0o777, directory).toBe(0o700);
      cli.child.kill('SIGKILL');
      await cli.result;
      await waitFor(
        () => directories.every((directory) => !existsSync(directory)),
        'the socket directories to go',
        3_000,
      );
    },
    TIMEOUT,
  );

  it(
    'with --hss-key it checks signatures: the right key passes, another is refused with APIGW.0301, and it says why',
    async () => {
      const cli = mock(['hss', '--port', '0', '--hss-key', `${CANARY.ak}:${CANARY.sk}`]);
      const line = await firstLine(cli);
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)![1]!;
      expect(cli.stdout()).toContain('signatures checked for hss');
      const good = await hssCall(url);
      expect(good.code, good.stderr).toBe(0);
      const wrong = await hssCall(url, { ...HSS_ENV, HUAWEICLOUD_SDK_SK: 'not-the-secret-key-0000001' });
      expect(wrong.code).toBe(1);
      expect(JSON.parse(wrong.stderr)).toMatchObject({ ok: false, error: { status: 401, code: 'APIGW.0301' } });
      await waitFor(
        () =>
          cli
            .stderr()
            .includes(
              'imagesec mock: refused hss ShowImageSecurityReportStatistic: 401 APIGW.0301 (signature: mismatch)',
            ),
        'the refusal line',
      );
      expectNoSecrets(cli.stdout(), cli.stderr());
      cli.child.kill('SIGINT');
      expect((await cli.result).code).toBe(0);
    },
    TIMEOUT,
  );
});
