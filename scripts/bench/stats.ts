// The arithmetic of the benchmarks: medians over rounds, percentiles over samples, and a timer that
// runs a piece of work in rounds and reports operations per second.

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0-100) of unsorted samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Rate {
  /** Median operations per second over the rounds. */
  readonly opsPerSecond: number;
  /** Every round's rate, for the JSON report. */
  readonly rounds: readonly number[];
}

/**
 * Runs `operation` `iterations` times per round, `rounds` times (after one warm-up round), and
 * reports the median rate. Work that returns a promise is awaited, one at a time.
 */
export async function measureRate(
  operation: () => unknown,
  { iterations, rounds }: { iterations: number; rounds: number },
): Promise<Rate> {
  const results: number[] = [];
  for (let round = -1; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < iterations; i++) {
      const result = operation();
      if (result instanceof Promise) await result;
    }
    const seconds = (performance.now() - started) / 1000;
    if (round >= 0) results.push(iterations / seconds);
  }
  return { opsPerSecond: median(results), rounds: results };
}

/**
 * Measures several candidates interleaved round by round (a, b, c, a, b, c, ...), so a slow phase of
 * the machine hits all of them alike, and returns each one's median rate.
 */
export async function compareRates<K extends string>(
  candidates: Readonly<Record<K, () => unknown>>,
  options: { iterations: number; rounds: number },
): Promise<Record<K, Rate>> {
  const names = Object.keys(candidates) as K[];
  const rounds = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < options.rounds; round++) {
    for (const name of names) {
      const {
        rounds: [rate],
      } = await measureRate(candidates[name], { iterations: options.iterations, rounds: 1 });
      rounds[name].push(rate!);
    }
  }
  const rates = {} as Record<K, Rate>;
  for (const name of names) rates[name] = { opsPerSecond: median(rounds[name]), rounds: rounds[name] };
  return rates;
}
