// Runs the imagesec CLI as users do: a child process of bin/imagesec.js, with a clean environment
// (only what the test passes, so a developer's own credentials or IMAGESEC_DEBUG never leak in) and
// an empty HOME (so their ~/.aliyun or ~/.huaweicloud profiles never decide a test either).
// The bin runs the TypeScript sources here (NODE_SOURCE_ARGS), so tests need no build; the
// package tests (test/package) run the same bin compiled, from the packed tarball.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CLI = fileURLToPath(new URL('../../bin/imagesec.js', import.meta.url));

/** A HOME with no profile files in it, for every CLI child. */
export const EMPTY_HOME = mkdtempSync(join(tmpdir(), 'imagesec-empty-home-'));

/**
 * Node flags that make `#crypto`/`#cli` resolve to src/ and load TypeScript through tsx (its loader
 * by absolute URL: a bare `tsx` would be looked up from the child's cwd, a temp folder in some tests).
 */
export const NODE_SOURCE_ARGS = [
  '--conditions=imagesec-source',
  '--import',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
] as const;

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Environment variables besides PATH and HOME (HOME may be given to point at profile files). */
  readonly env?: Readonly<Record<string, string>>;
  /** Text written to stdin (stdin is closed after it; without it stdin is empty). */
  readonly stdin?: string;
  /** Leave stdin open after `stdin` (a slow producer); the test writes or closes it. */
  readonly keepStdinOpen?: boolean;
  readonly cwd?: string;
  /** Kill the child after this long (default 30 s): a hanging CLI fails the test instead of the run. */
  readonly timeoutMs?: number;
}

export interface RunningCli {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  readonly result: Promise<CliResult>;
}

/** A Node script as a child process, under the same rules (clean env, stdin, time limit). */
export function spawnNode(script: string, args: readonly string[], options: CliOptions = {}): RunningCli {
  const env = { PATH: process.env.PATH ?? '', HOME: EMPTY_HOME, ...options.env };
  const child = spawn(process.execPath, [...NODE_SOURCE_ARGS, script, ...args], {
    env,
    cwd: options.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  if (options.keepStdinOpen === true) child.stdin.write(options.stdin ?? '');
  else child.stdin.end(options.stdin ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  const result = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, stdout: () => stdout, stderr: () => stderr, result };
}

export function spawnCli(args: readonly string[], options: CliOptions = {}): RunningCli {
  return spawnNode(CLI, args, options);
}

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return spawnCli(args, options).result;
}

/** The JSON lines of an output (each must parse). */
export function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}
