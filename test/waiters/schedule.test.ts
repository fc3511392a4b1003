// The waiters' backoff (core/waiter/schedule.ts), a pure function of the attempt, the bounds, the
// time left and the random source: with a seeded source the schedule is fixed, every delay lies in
// [minDelay, min(maxDelay, minDelay × 2^(n-1))], the ceiling doubles until the cap, and the last
// wait is shortened to end at the overall limit.
import { describe, expect, it } from 'vitest';
import { waiterDelay } from '../../src/core/waiter/schedule.js';
import { seeded } from '../helpers/seeded.js';

const BOUNDS = { minDelayMs: 2_000, maxDelayMs: 120_000 };
const FAR = Number.MAX_SAFE_INTEGER;

describe('waiterDelay', () => {
  it('is fixed by the seed: the same seed gives the same schedule, another seed another', () => {
    const schedule = (seed: number) => {
      const random = seeded(seed);
      return Array.from({ length: 12 }, (_, i) => waiterDelay(i + 1, BOUNDS, FAR, random));
    };
    expect(schedule(42)).toEqual(schedule(42));
    expect(schedule(42)).not.toEqual(schedule(43));
  });

  it('stays within [minDelay, min(maxDelay, minDelay × 2^(n-1))] for every attempt, over many seeds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      for (let attempt = 1; attempt <= 20; attempt++) {
        const delay = waiterDelay(attempt, BOUNDS, FAR, random);
        const ceiling = Math.min(BOUNDS.maxDelayMs, BOUNDS.minDelayMs * 2 ** (attempt - 1));
        expect(delay).toBeGreaterThanOrEqual(BOUNDS.minDelayMs);
        expect(delay).toBeLessThanOrEqual(ceiling);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
  });

  it('reaches both ends of the range: the least random value gives minDelay, the greatest the ceiling', () => {
    const lowest = () => 0;
    const highest = () => 1 - Number.EPSILON;
    const ceilings = [2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 120_000, 120_000, 120_000];
    ceilings.forEach((ceiling, i) => {
      expect(waiterDelay(i + 1, BOUNDS, FAR, lowest)).toBe(2_000);
      expect(waiterDelay(i + 1, BOUNDS, FAR, highest)).toBe(ceiling);
    });
  });

  it('grows: over many seeds the mean delay of each attempt rises until the cap', () => {
    const means = Array.from({ length: 9 }, (_, i) => {
      const random = seeded(1000 + i);
      let sum = 0;
      for (let k = 0; k < 2_000; k++) sum += waiterDelay(i + 1, BOUNDS, FAR, random);
      return sum / 2_000;
    });
    for (let i = 1; i < 7; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]!);
    // Capped from attempt 7 on: uniform in [2 s, 120 s], mean about 61 s.
    for (const mean of means.slice(6)) expect(Math.abs(mean - 61_000)).toBeLessThan(3_000);
  });

  it('a huge attempt number stays at the cap (no overflow into Infinity or NaN)', () => {
    expect(waiterDelay(5_000, BOUNDS, FAR, () => 0.5)).toBe(61_000);
  });

  it('shortens the last wait to end at the overall limit, and waits nothing once it has passed', () => {
    const random = seeded(7);
    expect(waiterDelay(6, BOUNDS, 1_500, () => 0.999)).toBe(1_500);
    // Below minDelay too: the wait ends at the limit, not after it.
    expect(waiterDelay(1, BOUNDS, 500, random)).toBe(500);
    expect(waiterDelay(3, BOUNDS, 0, random)).toBe(0);
    expect(waiterDelay(3, BOUNDS, -5, random)).toBe(0);
    // With time enough left the limit changes nothing.
    expect(waiterDelay(2, BOUNDS, 10_000, () => 0)).toBe(2_000);
  });

  it('equal bounds give a fixed delay', () => {
    const random = seeded(9);
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(waiterDelay(attempt, { minDelayMs: 5, maxDelayMs: 5 }, FAR, random)).toBe(5);
    }
  });
});
