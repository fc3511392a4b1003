// The profile section's arithmetic on a profile small enough to add up by hand: samples outside the
// measured window, (idle) and (program) left out; native and Node-internal frames counted toward their
// nearest categorised caller; the SDK's bundle placed by source module.
import { describe, expect, it } from 'vitest';
import { sdkStep, summariseProfile, type CpuProfile } from '../../scripts/bench/profile-categories.js';

const CHUNK = 'file:///pkg/dist/node/chunk-A.js';

const frame = (id: number, functionName: string, url = '', lineNumber = 0, children: number[] = []) => ({
  id,
  callFrame: { functionName, url, lineNumber },
  children,
});

const profile: CpuProfile = {
  nodes: [
    frame(1, '(root)', '', 0, [2, 3, 7, 9, 10, 11]),
    frame(2, '(idle)'),
    frame(3, 'processTicksAndRejections', 'node:internal/process/task_queues', 0, [4]),
    frame(4, 'signAcs3', CHUNK, 10, [5]),
    frame(5, 'hash', 'node:internal/crypto/hash', 0, [6]),
    frame(6, 'oneShotDigest'),
    frame(7, 'writeGeneric', 'node:internal/stream_base_commons', 0, [8]),
    frame(8, 'writeUtf8String'),
    frame(9, '(garbage collector)'),
    frame(10, '(program)'),
    frame(11, '', CHUNK, 20),
  ],
  // Sample i at 100 * (i + 1) µs, each lasting 100 µs (the last: none).
  startTime: 0,
  samples: [6, 8, 8, 3, 2, 9, 10, 11, 6],
  timeDeltas: [100, 100, 100, 100, 100, 100, 100, 100, 100],
};

const locate = (_url: string, lineNumber: number) =>
  lineNumber === 10
    ? { module: 'src/sas/signer.ts', owner: 'signAcs3' }
    : { module: 'src/core/call/check-input.ts', owner: 'checkRequest' };

describe('profile categories', () => {
  const summary = summariseProfile(profile, { startUs: 100, endUs: 900, calls: 2 }, locate);

  it('counts only the window, per call, with (idle) and (program) apart', () => {
    expect(summary.samples).toBe(8);
    expect(summary.sampledUsPerCall).toBe(300);
    expect(summary.idleUsPerCall).toBe(50);
    expect(summary.programUsPerCall).toBe(50);
    expect(summary.sdkUsPerCall).toBe(100);
  });

  it('gives native and Node-internal frames to their nearest categorised caller', () => {
    expect(Object.fromEntries(summary.categories.map((entry) => [entry.category, entry.usPerCall]))).toEqual({
      'node:http+socket': 100,
      signing: 50,
      checks: 50,
      GC: 50,
      'node: event loop, microtasks, timers': 50,
    });
    expect(summary.categories[0]).toEqual({ category: 'node:http+socket', usPerCall: 100 });
  });

  it('names the costliest functions, an anonymous one by the function around it', () => {
    expect(summary.top[0]).toEqual({
      name: 'writeUtf8String',
      where: 'native',
      category: 'node:http+socket',
      usPerCall: 100,
    });
    expect(summary.top).toContainEqual({
      name: '(anonymous in checkRequest)',
      where: 'src/core/call/check-input.ts',
      category: 'checks',
      usPerCall: 50,
    });
    expect(summary.unplaced).toEqual([]);
  });

  it('places the SDK by source module', () => {
    expect(sdkStep('src/hss/signer.ts')).toBe('signing');
    expect(sdkStep('generated/sas.validators.ts')).toBe('checks');
    expect(sdkStep('src/core/http/node-fetch.ts')).toBe('transport');
    expect(sdkStep('src/core/call/read.ts')).toBe('read');
    expect(sdkStep('src/core/call/send.ts')).toBe('call loop');
    expect(sdkStep('src/core/values.ts')).toBe('imagesec, other');
  });
});
