// What the process exit status means, and which failure gets which status. Scripts branch on these:
// they are part of the CLI's interface and documented in `imagesec --help`.
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  CredentialsError,
  TimeoutError,
  ValidationError,
  WaiterFailureError,
  WaiterTimeoutError,
} from '../core/errors.js';
import { InterruptedError, UsageError } from './usage-error.js';

export const EXIT = {
  ok: 0,
  api: 1,
  usage: 2,
  network: 3,
  unknownOutcome: 4,
  failureState: 5,
  waitTimedOut: 6,
  interrupted: 130,
  outputClosed: 141,
  terminated: 143,
} as const;

/** The exit status for the signal that stopped a command (128 + its number, as shells report). */
export function signalExit(signal: 'SIGINT' | 'SIGTERM'): number {
  return signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
}

export const EXIT_CODES: readonly { code: number; meaning: string }[] = [
  { code: EXIT.ok, meaning: 'Success (with --each: every line succeeded).' },
  {
    code: EXIT.api,
    meaning:
      'The API answered with an error (a 4xx/5xx, or an error the vendor answers inside a 2xx) or with an answer that cannot be read (over --max-response-bytes, corrupt), or an unexpected failure; with --each: failed lines of different kinds (else their own code).',
  },
  { code: EXIT.usage, meaning: 'Usage, configuration or validation error: nothing was sent.' },
  { code: EXIT.network, meaning: 'Network error or timeout: no answer from the API.' },
  {
    code: EXIT.unknownOutcome,
    meaning:
      'With --each: lines whose outcome is unknown (sent, no answer) were not sent again; they are listed in the summary and --unknown-out.',
  },
  {
    code: EXIT.failureState,
    meaning:
      'wait or --wait: the work waited for ended in a failure state (a failed scan, an unreachable registry); the last state is in the message. With -e/--exit-status: the (queried) result was null, false or empty (with --all or --each: every one was).',
  },
  {
    code: EXIT.waitTimedOut,
    meaning:
      "wait or --wait: --max-wait (or the waiter's own limit) ran out before the work ended; the last state is in the message.",
  },
  {
    code: EXIT.interrupted,
    meaning: 'Interrupted (Ctrl-C); with --each the summary, the journal and --failed-out are still written.',
  },
  {
    code: EXIT.outputClosed,
    meaning:
      'With --each: stdout was closed (e.g. | head); no new lines started, the rest are in the journal and --failed-out.',
  },
  { code: EXIT.terminated, meaning: 'Terminated (SIGTERM); otherwise as 130.' },
];

export function exitCodeOf(error: unknown): number {
  if (error instanceof InterruptedError) return signalExit(error.signal);
  if (error instanceof UsageError || error instanceof ValidationError || error instanceof ConfigurationError)
    return EXIT.usage;
  // A credential provider that failed is, for the CLI, a setup problem: nothing was sent.
  if (error instanceof CredentialsError) return EXIT.usage;
  if (error instanceof WaiterFailureError) return EXIT.failureState;
  if (error instanceof WaiterTimeoutError) return EXIT.waitTimedOut;
  if (error instanceof ConnectionError || error instanceof TimeoutError) return EXIT.network;
  if (error instanceof ApiError) return EXIT.api;
  return EXIT.api;
}
