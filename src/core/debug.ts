// Debug logging: one line per attempt (method, URL, outcome, timing) and per retry wait. Off unless
// `debug: true` or IMAGESEC_DEBUG=1; lines go to `logger` (default: console.error, i.e. stderr).
// Every line is built from redacted parts only: the URL passes the call's Redactor, errors are
// already redacted, and no header or body is ever logged.
import type { Environment } from './credential-input.js';
import { ApiError, ConnectionError, TimeoutError, type ImagesecError } from './errors.js';

export type Logger = (line: string) => void;

export interface DebugOptions {
  /** Log each attempt and retry (credentials masked). Default: on when IMAGESEC_DEBUG=1. */
  readonly debug?: boolean | undefined;
  /** Where debug lines go. Default console.error. */
  readonly logger?: Logger | undefined;
}

const ENABLED = new Set(['1', 'true', 'yes', 'on']);

/** The logger to use, or undefined when debug output is off. */
export function debugLogger(options: DebugOptions, env: Environment): Logger | undefined {
  const fromEnv = ENABLED.has((env.IMAGESEC_DEBUG ?? '').trim().toLowerCase());
  if (!(options.debug ?? fromEnv)) return undefined;
  if (options.logger !== undefined) return options.logger;
  return (line) => console.error(line);
}

/** What one attempt did, for its debug line. */
export interface AttemptRecord {
  readonly operation: string;
  readonly attempt: number;
  readonly maxAttempts: number;
  /** Method and URL as sent (redacted), or undefined when it failed before a request was built. */
  readonly request: string | undefined;
  /** `200 (request id …)`, or the failure's reason. */
  readonly outcome: string;
  readonly elapsedMs: number;
}

export function attemptLine(record: AttemptRecord): string {
  const request = record.request ?? '(not sent)';
  return `imagesec ${record.operation} attempt ${record.attempt}/${record.maxAttempts}: ${request} -> ${record.outcome} in ${record.elapsedMs} ms`;
}

export function retryLine(operation: string, delayMs: number, nextAttempt: number): string {
  return `imagesec ${operation} retrying in ${delayMs} ms (attempt ${nextAttempt})`;
}

/** Writes one line if debug output is on; a logger that throws must not stop the caller. */
export function logLine(log: Logger | undefined, line: string): void {
  try {
    log?.(line);
  } catch {
    // Deliberately ignored, as for attempt lines.
  }
}

/** A short, secret-free description of a failure for retry events and debug lines. */
export function failureReason(error: ImagesecError): string {
  if (error instanceof ApiError) return [error.name, error.status, error.code].filter((p) => p !== undefined).join(' ');
  if (error instanceof ConnectionError) return error.code === undefined ? error.name : `${error.name} ${error.code}`;
  if (error instanceof TimeoutError) return `${error.name} (${error.scope}, ${error.timeoutMs} ms)`;
  return error.name;
}
