// What the process exit status means, and which failure gets which status. Scripts branch on these:
// they are part of the CLI's interface and documented in `imagesec --help`.
import { ApiError, ConfigurationError, ConnectionError, CredentialsError, TimeoutError, ValidationError } from '../core/errors.js';
import { InterruptedError, UsageError } from './usage-error.js';

export const EXIT = {
  ok: 0,
  api: 1,
  usage: 2,
  network: 3,
  interrupted: 130,
} as const;

export const EXIT_CODES: readonly { code: number; meaning: string }[] = [
  { code: EXIT.ok, meaning: 'Success (with --each: every line succeeded).' },
  { code: EXIT.api, meaning: 'The API answered with an error (4xx/5xx), or an unexpected failure; with --each: failed lines of different kinds (else their own code).' },
  { code: EXIT.usage, meaning: 'Usage, configuration or validation error: nothing was sent.' },
  { code: EXIT.network, meaning: 'Network error or timeout: no answer from the API.' },
  { code: EXIT.interrupted, meaning: 'Interrupted (Ctrl-C); with --each the summary and --failed-out are still written.' },
];

export function exitCodeOf(error: unknown): number {
  if (error instanceof InterruptedError) return EXIT.interrupted;
  if (error instanceof UsageError || error instanceof ValidationError || error instanceof ConfigurationError) return EXIT.usage;
  // A credential provider that failed is, for the CLI, a setup problem: nothing was sent.
  if (error instanceof CredentialsError) return EXIT.usage;
  if (error instanceof ConnectionError || error instanceof TimeoutError) return EXIT.network;
  if (error instanceof ApiError) return EXIT.api;
  return EXIT.api;
}
