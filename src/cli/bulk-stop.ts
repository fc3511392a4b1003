// How a bulk run stops. Ctrl-C (SIGINT, or SIGTERM) stops starting new lines and lets running calls
// finish; a second one cancels those too. A reader that went away (`| head`) or a failure stops new
// lines the same way without being an interrupt.
import { setMaxListeners } from 'node:events';
import { InterruptedError } from './usage-error.js';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The signals a run listens to: the process's, or a test's. */
export interface SignalSource {
  on(event: StopSignal, listener: (signal: StopSignal) => void): unknown;
  off(event: StopSignal, listener: (signal: StopSignal) => void): unknown;
}

/** Where results go, as far as a reader going away is concerned. */
export interface OutputStream {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  off(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export class BulkStop {
  /** No new line starts. */
  stopping = false;
  /** The interrupt that stopped the run, if one did. */
  signalled: StopSignal | undefined;
  /** stdout's reader went away: nothing more is written to it. */
  outputClosed = false;
  /** Aborts the calls in flight (a second interrupt). */
  readonly cancel = new AbortController();
  /** Settles when the run stops: a read of stdin or a pipe races it, as it may never end. */
  readonly stopped: Promise<'stopped'>;
  #markStopped: () => void = () => {};

  constructor(concurrency: number) {
    this.stopped = new Promise<'stopped'>((resolve) => {
      this.#markStopped = () => resolve('stopped');
    });
    // Each call in flight listens on the shared signal (and removes its listener when done): more
    // than Node's default of 10 is expected here, not a leak.
    setMaxListeners(concurrency + 1, this.cancel.signal);
  }

  stop(): void {
    this.stopping = true;
    this.#markStopped();
  }

  /**
   * Listens to the interrupts and to the output's errors until the returned function is called;
   * `note` tells the person at the terminal what the first interrupt does.
   */
  listen(signals: SignalSource, output: OutputStream, note: (text: string) => void): () => void {
    const onSignal = (signal: StopSignal) => {
      if (!this.stopping || this.signalled === undefined) {
        this.signalled = signal;
        this.stop();
        note('interrupted: no new lines start; running calls finish (Ctrl-C again cancels them)');
      } else
        this.cancel.abort(
          new InterruptedError('cancelled by a second interrupt; the request may have reached the API', signal),
        );
    };
    // A reader that went away (`| head`): no new lines start; not an interrupt.
    const onOutputError = (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.outputClosed = true;
      this.stop();
    };
    signals.on('SIGINT', onSignal);
    signals.on('SIGTERM', onSignal);
    output.on('error', onOutputError);
    return () => {
      signals.off('SIGINT', onSignal);
      signals.off('SIGTERM', onSignal);
      output.off('error', onOutputError);
    };
  }
}
