// What one attempt tells the caller's observers: the debug line (when a logger is set) and the
// users' middleware (onResponse, onError), each shown the request as it was sent, masked. None of
// it runs for a client with neither.
import { attemptLine } from '../debug.js';
import type { MaskedRequest, MiddlewareCall } from '../middleware.js';
import type { AttemptTrace } from './attempt.js';
import type { ApiResult } from './read.js';
import { maskedRequest, observe } from './users-middleware.js';
import type { PreparedCall } from './wiring.js';

/** Calls a user's observer (logger, onRetry); a broken one must not change the call's outcome. */
export function notify(observer: () => void): void {
  try {
    observer();
  } catch {
    // Deliberately ignored: the request may already have been carried out.
  }
}

export class AttemptReport {
  readonly #call: PreparedCall;
  /** What the users' middleware is told; undefined for a client without middleware. */
  readonly #hooks: MiddlewareCall | undefined;
  readonly #trace: AttemptTrace;
  readonly #attempt: number;
  readonly #maxAttempts: number;
  readonly #started = performance.now();

  constructor(call: PreparedCall, attempt: number, maxAttempts: number, hooks: MiddlewareCall | undefined) {
    this.#call = call;
    this.#attempt = attempt;
    this.#maxAttempts = maxAttempts;
    this.#hooks = hooks;
    this.#trace = {};
  }

  /** Where the attempt notes the request it sends and how to mask it (attempt.ts). */
  get trace(): AttemptTrace {
    return this.#trace;
  }

  #masked(): MaskedRequest | undefined {
    const { request, redactor } = this.#trace;
    return request === undefined || redactor === undefined
      ? undefined
      : maskedRequest(request, redactor, this.#call.entry.secrets);
  }

  /** The attempt's debug line, ending with `outcome`. */
  log(outcome: string): void {
    const { log } = this.#call.limits;
    if (log === undefined) return;
    const { request } = this.#trace;
    notify(() =>
      log(
        attemptLine({
          operation: this.#call.entry.operationId,
          attempt: this.#attempt,
          maxAttempts: this.#maxAttempts,
          request: request === undefined ? undefined : `${request.method} ${this.#masked()?.url ?? ''}`,
          outcome,
          elapsedMs: Math.round(performance.now() - this.#started),
        }),
      ),
    );
  }

  /** The vendor answered with success: the users' onResponse hooks. */
  async answered(result: ApiResult<unknown>): Promise<void> {
    const hooks = this.#hooks;
    if (hooks === undefined) return;
    // Masked only for a client with middleware: masking is a text search per header.
    const request = this.#masked();
    if (request === undefined) return;
    const response = { status: result.status, headers: result.headers, requestId: result.requestId };
    await observe(this.#call.limits.middleware, (h, p) => h.onResponse?.(p), { ...hooks, request, response });
  }

  /** The attempt failed (`retryInMs` undefined: the call ends with it): the users' onError hooks. */
  async failed(error: unknown, retryInMs: number | undefined): Promise<void> {
    const hooks = this.#hooks;
    if (hooks === undefined) return;
    const params = { ...hooks, request: this.#masked(), error, retryInMs };
    await observe(this.#call.limits.middleware, (h, p) => h.onError?.(p), params);
  }
}
