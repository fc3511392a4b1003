// How long a credential source is left alone after a bad answer, so that a source in trouble is not
// asked at every call: after an answer already past its expiry, 50 to 70 s; after a failed refresh
// while the kept credentials still work, 1 to 10 s, the upper bound doubling from the fifth failure
// in a row. The numbers are those of the one vendor SDK that paces its sessions (the README's
// Credentials section names it). Jittered, so processes started together do not ask in step.

const SECOND = 1000;

/** The wait after an answer that had expired before it arrived. */
export function expiredAnswerWaitMs(random: () => number = Math.random): number {
  return 50 * SECOND + Math.floor(random() * 21) * SECOND;
}

/** The wait after the `failures`-th failed refresh in a row (counting from 1). */
export function failedRefreshWaitMs(failures: number, random: () => number = Math.random): number {
  // 2^30 s is decades: the kept credentials' expiry bounds the wait long before.
  const upperSeconds = Math.max(10, 2 ** (Math.min(failures, 31) - 1));
  return SECOND + Math.floor(random() * (upperSeconds - 1) * SECOND);
}
