// The profile section: where a client's call spends its time, for the goals the calls section misses.
// Each client (SasClient OperateImageVul, HssClient ShowImageSecurityReportStatistic), and the floor
// (SasClient's request replayed over raw node:http, to tell node:http's own cost from what the SDK's
// use of it adds), runs in a process of its own started with --cpu-prof (profile-child.ts: a warm-up,
// then the measured calls at concurrency 32) against the loopback server; its .cpuprofile is then
// read for the measured calls only (profile-categories.ts): self time per call by category, and the
// costliest functions.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLoopback } from './loopback.js';
import { summariseProfile, type CpuProfile, type LocateInBundle, type ProfileSummary } from './profile-categories.js';

export const PROFILED = ['SasClient', 'HssClient', 'raw node:http'] as const;

/** The sampling interval: fine enough for a few-µs step over some thousand calls, without slowing them much. */
export const INTERVAL_US = 250;

export interface ClientProfile extends ProfileSummary {
  /** What ran: a client, or the floor (SasClient's request over raw node:http). */
  readonly client: (typeof PROFILED)[number];
  readonly calls: number;
  readonly concurrency: number;
  /** Under the profiler (slower than in the calls section). */
  readonly perSecond: number;
  /** The child's CPU (user + system, every thread) over the measured calls. */
  readonly cpuUsPerCall: number;
}

export interface ProfileResult {
  readonly intervalUs: number;
  readonly clients: readonly ClientProfile[];
}

interface Window {
  readonly startUs: number;
  readonly endUs: number;
  readonly perSecond: number;
  readonly cpuUs: number;
}

const CONCURRENCY = 32;

/**
 * Where a bundle's line comes from (esbuild's layout, unminified): the nearest `// src/...` (or
 * `// generated/...`) line above it heads its module, the nearest declaration above it names the
 * function it is in.
 */
function bundleLocator(): LocateInBundle {
  const files = new Map<string, readonly string[]>();
  const moduleHead = /^\/\/ ((?:src|generated)\/[\w./-]+\.ts)$/;
  const declaration =
    /^(?:(?:async )?function\*? ?([\w$]+)|(?:var|let|const|class) ([\w$]+)| {2}(?:static |async |get |set )*\*?#?([\w$]+)(?:\([^)]*\) \{| = (?:async )?(?:\([^)]*\)|[\w$]+) => \{))/;
  const keywords = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'return', 'function']);
  return (url, lineNumber) => {
    let lines = files.get(url);
    if (lines === undefined) {
      lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
      files.set(url, lines);
    }
    let owner: string | undefined;
    for (let line = lineNumber; line >= 0; line--) {
      const text = lines[line] ?? '';
      const module = moduleHead.exec(text)?.[1];
      if (module !== undefined) return { module, owner };
      if (owner === undefined) {
        const match = declaration.exec(text);
        const name = match?.[1] ?? match?.[2] ?? match?.[3];
        if (name !== undefined && !keywords.has(name)) owner = name;
      }
    }
    return { module: undefined, owner };
  };
}

async function profileClient(
  client: (typeof PROFILED)[number],
  url: string,
  calls: number,
  locate: LocateInBundle,
): Promise<ClientProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'imagesec-profile-'));
  try {
    const script = fileURLToPath(new URL('./profile-child.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--cpu-prof',
        `--cpu-prof-dir=${dir}`,
        `--cpu-prof-interval=${INTERVAL_US}`,
        '--import',
        'tsx',
        script,
        client,
        url,
        String(calls),
        String(CONCURRENCY),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const [code] = (await once(child, 'close')) as [number | null];
    if (code !== 0) throw new Error(`profile child (${client}) exited ${String(code)}`);
    const window = JSON.parse(output) as Window;
    // The main thread's profile (`CPU.<date>.<time>.<pid>.0.<n>.cpuprofile`); a worker's would carry its id.
    const file = readdirSync(dir).find((name) => name.includes(`.${child.pid}.0.`) && name.endsWith('.cpuprofile'));
    if (file === undefined) throw new Error(`profile child (${client}) wrote no profile`);
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    return {
      client,
      calls,
      concurrency: CONCURRENCY,
      perSecond: window.perSecond,
      cpuUsPerCall: window.cpuUs / calls,
      ...summariseProfile(profile, { ...window, calls }, locate),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchProfile({ calls }: { calls: number }): Promise<ProfileResult> {
  const server = await startLoopback();
  try {
    const locate = bundleLocator();
    const clients: ClientProfile[] = [];
    for (const client of PROFILED) clients.push(await profileClient(client, server.url, calls, locate));
    return { intervalUs: INTERVAL_US, clients };
  } finally {
    server.stop();
  }
}
