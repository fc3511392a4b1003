// `redocly lint` with the repository's rules (redocly.yaml) over several documents in one run: one
// process for all of them (the CLI takes a second to start). Files given by path are held to the
// config's top-level rules, not to an `apis` entry's own.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../consumer-setup.js';

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');

/** One problem of the `codeclimate` report: a JSON array per file, one after the other. */
interface Problem {
  readonly description: string;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
  readonly fingerprint: string;
}

/**
 * Lints `names` (paths relative to `root`) and returns each one's problems (`rule: message
 * (line)`); an empty list when it passes.
 */
export async function lintProblems(root: string, names: readonly string[]): Promise<Map<string, string[]>> {
  // The report goes to a file: the CLI exits as soon as it has written it, and a pipe would lose
  // what it had not taken yet (a long report of a failing run).
  const dir = mkdtempSync(join(tmpdir(), 'imagesec-redocly-'));
  const reportPath = join(dir, 'report.json');
  const report = openSync(reportPath, 'w');
  const child = spawn(
    process.execPath,
    [CLI, 'lint', '--config', join(ROOT, 'redocly.yaml'), '--format', 'codeclimate', ...names],
    { cwd: root, stdio: ['ignore', report, 'pipe'], env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  closeSync(report);
  let problems: Problem[];
  try {
    // Each array is printed indented and written right after the one before (`\n][\n`); a raw
    // line break is never inside a JSON string. A run without problems writes nothing.
    const text = readFileSync(reportPath, 'utf8').trim();
    problems = text === '' ? [] : text.split(/(?<=\n\])(?=\[\n)/).flatMap((array) => JSON.parse(array) as Problem[]);
  } catch {
    throw new Error(`redocly lint gave no report (exit ${code}):\n${stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const byName = new Map(names.map((name) => [name, [] as string[]]));
  for (const problem of problems) {
    const list = byName.get(problem.location.path);
    if (list === undefined) throw new Error(`redocly lint reported a file it was not given: ${problem.location.path}`);
    const rule = problem.fingerprint.split('-#')[0];
    list.push(`${rule}: ${problem.description} (line ${problem.location.lines.begin})`);
  }
  return byName;
}
