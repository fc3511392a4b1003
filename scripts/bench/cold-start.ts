// Cold start: wall time of a fresh Node process that imports the package and exits, and of the
// installed `imagesec --help`, against the same for the official stacks and for `node -e 0` (which
// imports nothing): hyperfine-style, warm-up runs, then repeated runs interleaved, medians. The CLI
// is the package's own bin, found as a consumer's tools find it: from `imagesec/package.json`'s
// `bin`, resolved from the project root (so a change of dist/ layout does not matter here).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BARE = 'node -e 0';
export const IMPORT = "import('imagesec')";
export const HELP = 'imagesec --help';

export interface ColdStart {
  readonly subject: string;
  readonly medianMs: number;
  /** Median minus the bare Node start-up (`node -e 0`): the subject's own cost. */
  readonly overBareMs: number;
}

function binPath(): string {
  const manifest = createRequire(join(ROOT, 'package.json')).resolve('imagesec/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin['imagesec'];
  if (entry === undefined) throw new Error('imagesec/package.json has no `imagesec` bin');
  return join(dirname(manifest), entry);
}

function timeRun(args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`cold-start run failed (${args.join(' ')}): ${run.stderr.toString()}`);
  return elapsed;
}

// `node -e "import('x')"`: the same script mode as `node -e 0`, so only the import differs.
const importing = (specifier: string) => ['-e', `import('${specifier}')`];

export function benchColdStart({ runs }: { runs: number }): ColdStart[] {
  const subjects: Record<string, readonly string[]> = {
    [BARE]: ['-e', '0'],
    [IMPORT]: importing('imagesec'),
    [HELP]: [binPath(), '--help'],
    "import('@huaweicloud/huaweicloud-sdk-core')": importing('@huaweicloud/huaweicloud-sdk-core'),
    "import('@alicloud/openapi-client')": importing('@alicloud/openapi-client'),
    "import('@alicloud/openapi-util')": importing('@alicloud/openapi-util'),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let run = -3; run < runs; run++) {
    // Interleaved, so a busy moment of the machine hits every subject alike; 3 warm-up rounds.
    for (const [name, args] of Object.entries(subjects)) {
      const elapsed = timeRun(args);
      if (run >= 0) times[name]!.push(elapsed);
    }
  }
  const bare = median(times[BARE]!);
  return Object.entries(times).map(([subject, samples]) => ({
    subject,
    medianMs: median(samples),
    overBareMs: median(samples) - bare,
  }));
}
