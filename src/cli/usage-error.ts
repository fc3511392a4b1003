// The CLI's own failures: a command line it cannot run (unknown flag, malformed body, unreadable
// file), reported with exit status 2 before anything is sent; and a call cancelled by the user.
import type { CliOperation } from './operations.js';

export class UsageError extends Error {
  /** What to do about it, e.g. the valid choices or the help command. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}
UsageError.prototype.name = 'UsageError';

/** A call cancelled by a signal (exit status 130 for SIGINT, 143 for SIGTERM). */
export class InterruptedError extends Error {
  readonly signal: 'SIGINT' | 'SIGTERM';

  constructor(message: string, signal: 'SIGINT' | 'SIGTERM') {
    super(message);
    this.signal = signal;
  }
}
InterruptedError.prototype.name = 'InterruptedError';

/** Where to look after a usage error of an operation: its help. */
export function helpHint(operation: CliOperation): string {
  return `see imagesec ${operation.cloud} ${operation.command} --help`;
}
