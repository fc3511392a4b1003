// The package as npm consumers get it: `npm pack` (which builds dist/ through the prepack script),
// one consumer folder that installs the tarball from the file system, and the JavaScript runtimes
// besides Node (Bun and Deno ship their binaries as npm packages, installed here without scripts).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

export interface ProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program to its end (never throws for a non-zero exit: the test reads `code`). */
export async function runProgram(
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<ProcessResult> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env };
  try {
    const { stdout, stderr } = await run(file, args, { cwd: options.cwd, env, timeout: options.timeoutMs ?? 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string; message: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? failed.message,
    };
  }
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  // npm's own settings from a surrounding `npm test` (npm_config_*) must not reach the nested npm.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
  const { stdout } = await run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env,
    timeout: 240_000,
  });
  return stdout;
}

/**
 * `npm pack` of the repository into a new folder; the tarball's path. `build: false` packs without
 * the prepack build (for the files that are not built, such as the OpenAPI documents).
 */
export async function packTarball({ build = true }: { build?: boolean } = {}): Promise<string> {
  const destination = mkdtempSync(join(tmpdir(), 'imagesec-pack-'));
  const scripts = build ? [] : ['--ignore-scripts'];
  const output = await npm(['pack', ...scripts, '--pack-destination', destination, '--json'], ROOT);
  // The prepack build prints before npm's JSON report.
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[\n'))) as [{ filename: string }];
  return join(destination, filename);
}

/** A folder whose package.json depends on the tarball, installed; consumers live in its subfolders. */
export async function installConsumer(tarball: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'imagesec-consumer-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, dependencies: { imagesec: `file:${tarball}` } }),
  );
  await npm(['install'], dir);
  return dir;
}

/** Writes `files` (relative path → text) under `dir`. */
export function writeProject(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

// Pinned: the runtimes' npm packages carry the binaries, one package per platform.
const BUN = '1.4.5';
const DENO = '2.9.6';

export interface Runtimes {
  readonly bun: string;
  readonly deno: string;
}

export async function installRuntimes(): Promise<Runtimes> {
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) {
    throw new Error(`the Bun and Deno checks install Linux builds; this is ${process.platform}-${process.arch}`);
  }
  const bun = `@oven/bun-linux-${process.arch === 'x64' ? 'x64' : 'aarch64'}`;
  const deno = `@deno/linux-${process.arch}-glibc`;
  const dir = mkdtempSync(join(tmpdir(), 'imagesec-runtimes-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'runtimes', private: true }));
  await npm(['install', '--ignore-scripts', `${bun}@${BUN}`, `${deno}@${DENO}`], dir);
  return { bun: join(dir, 'node_modules', bun, 'bin', 'bun'), deno: join(dir, 'node_modules', deno, 'deno') };
}
