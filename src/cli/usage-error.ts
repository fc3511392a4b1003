// The CLI's own failures: a command line it cannot run (unknown flag, malformed body, unreadable
// file), reported with exit status 2 before anything is sent; and a call cancelled by the user.
export class UsageError extends Error {
  /** What to do about it, e.g. the valid choices or the help command. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}
UsageError.prototype.name = 'UsageError';

/** A call cancelled by a second Ctrl-C in a bulk run (exit status 130). */
export class InterruptedError extends Error {}
InterruptedError.prototype.name = 'InterruptedError';
