// Cold start: wall time of a fresh Node process that imports the package and exits, against the
// same for the official core packages and for a process that imports nothing (hyperfine-style:
// warm-up runs, then repeated runs, the median reported).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ColdStart {
  readonly subject: string;
  readonly medianMs: number;
  /** Median minus the bare Node start-up: the import's own cost. */
  readonly importMs: number;
}

function timeRun(source: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`cold-start run failed: ${run.stderr.toString()}`);
  return elapsed;
}

export function benchColdStart({ runs }: { runs: number }): ColdStart[] {
  const subjects: Record<string, string> = {
    'node (no import)': '',
    imagesec: "await import('imagesec');",
    '@huaweicloud/huaweicloud-sdk-core': "await import('@huaweicloud/huaweicloud-sdk-core');",
    '@alicloud/openapi-util': "await import('@alicloud/openapi-util');",
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let run = -3; run < runs; run++) {
    // Interleaved, so a busy moment of the machine hits every subject alike; 3 warm-up rounds.
    for (const [name, source] of Object.entries(subjects)) {
      const elapsed = timeRun(source);
      if (run >= 0) times[name]!.push(elapsed);
    }
  }
  const bare = median(times['node (no import)']!);
  return Object.entries(times).map(([subject, samples]) => ({
    subject,
    medianMs: median(samples),
    importMs: median(samples) - bare,
  }));
}
