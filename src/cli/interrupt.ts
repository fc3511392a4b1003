// What a single command does on Ctrl-C or SIGTERM while it waits for the cloud: the signal aborts
// the work with an InterruptedError (exit 130 / 143), in whatever output mode was chosen.
import { InterruptedError } from './usage-error.js';

/** Runs `work` with a signal that SIGINT or SIGTERM aborts; `until` ends the reason's message. */
export async function interruptible<T>(until: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const interrupt = new AbortController();
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    interrupt.abort(new InterruptedError(`interrupted by ${signal} ${until}`, signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(interrupt.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
