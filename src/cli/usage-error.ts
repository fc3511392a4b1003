// A command line the CLI cannot run (unknown flag, malformed body, unreadable file): reported with
// exit status 2 before anything is sent.
export class UsageError extends Error {
  /** What to do about it, e.g. the valid choices or the help command. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}
UsageError.prototype.name = 'UsageError';
