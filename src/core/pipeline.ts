// A client's call pipeline, shared by both clouds: check the call's options and its request against
// the spec, then under the call's deadline run attempts until one succeeds or the retry policy
// (retry.ts) says stop. Each attempt fetches the credentials, signs afresh, sends under its own
// time limit, and turns the outcome into a result or one typed, redacted error.
import type { Middleware } from 'openapi-fetch';
import type { RequestValidator } from '../../generated/validator-runtime.js';
import { callLimits, type CallLimits, type CallOptions } from './call-options.js';
import { abortable, sleep, withDeadline } from './deadline.js';
import { attemptLine, retryLine } from './debug.js';
import { ConnectionError, ImagesecError, TimeoutError, ValidationError, type Violation } from './errors.js';
import { checkHeaders } from './headers.js';
import { resultOf, type ApiResult, type RawOutcome, type VendorResponses } from './outcome.js';
import { Redactor } from './redact.js';
import { failureReason, isRetryable, retryDelay } from './retry.js';
import { signingMiddleware, type RequestSigner } from './sign-middleware.js';
import { TransportFailure } from './transport.js';
import { checkRequest, type ParameterAliases, type RequestParts } from './validate.js';

export interface Pipeline<C> {
  readonly credentials: () => Promise<C>;
  /** Every secret value in the credentials, masked wherever text reaches the user. */
  readonly secrets: (credentials: C) => Iterable<string | undefined>;
  readonly signer: (credentials: C) => RequestSigner;
  readonly vendor: VendorResponses;
  readonly limits: CallLimits;
}

/** One operation call as the client describes it. */
export interface OperationCall<R extends RequestParts> {
  /** The operation id, for debug lines and retry events. */
  readonly operation: string;
  /**
   * May a request whose outcome is unknown (a 500, a timeout, a connection lost after sending) be
   * sent again? The spec's x-imagesec-safe-to-repeat, through the generated operation table.
   */
  readonly repeatable: boolean;
  /** The operation's generated validator, and the request it checks (spec names). */
  readonly validate: RequestValidator;
  readonly request: R;
  readonly aliases?: ParameterAliases;
  /** Violations the client found before the validator could run (e.g. JSON text that does not parse). */
  readonly violations?: readonly Violation[];
  /** The operation documents a JSON response body. */
  readonly expectsBody: boolean;
}

/** What a client method spreads into its openapi-fetch call. */
export interface SendInit {
  readonly signal: AbortSignal;
  readonly headers: Readonly<Record<string, string>>;
  readonly middleware: Middleware[];
  readonly parseAs: 'text';
}

/** Sends one attempt of `request`: the checked copy, the same on every attempt. */
export type Send<C, R> = (credentials: C, init: SendInit, request: R) => Promise<RawOutcome>;

/** Calls a user's observer (logger, onRetry); a broken one must not change the call's outcome. */
function notify(observe: () => void): void {
  try {
    observe();
  } catch {
    // Deliberately ignored: the request may already have been carried out.
  }
}

/** The first `code` string down an error's cause chain (undici puts it on the cause). */
function networkCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Notes the request as it leaves (after signing, for the debug line) and when a response arrives. */
function recorder(onRequest: (request: Request) => void, onResponse: () => void): Middleware {
  return {
    onRequest({ request }) {
      onRequest(request);
      return undefined;
    },
    onResponse() {
      onResponse();
      return undefined;
    },
  };
}

/**
 * One attempt. `send` builds and sends the request with openapi-fetch (whose fetch is wrapped by
 * taggedFetch): a TransportFailure, or any failure once a response has arrived (a body cut off on
 * the wire), is a ConnectionError; an ImagesecError passes through. Anything else was thrown while
 * the runtime built the Request from the checked input (e.g. Headers refusing a value the checks
 * missed): reported as a ValidationError, redacted, since the input is what it could not carry.
 */
async function attempt<T, C, R extends RequestParts>(
  pipeline: Pipeline<C>,
  call: OperationCall<R>,
  request: R,
  headers: Readonly<Record<string, string>>,
  signal: AbortSignal,
  send: Send<C, R>,
  onRequest: (request: Request, redactor: Redactor) => void,
): Promise<ApiResult<T>> {
  const credentials = await abortable(pipeline.credentials(), signal);
  const redactor = new Redactor(pipeline.secrets(credentials));
  let responded = false;
  const middleware = [
    signingMiddleware(pipeline.signer(credentials), signal),
    recorder(
      (r) => onRequest(r, redactor),
      () => (responded = true),
    ),
  ];
  let outcome: RawOutcome;
  try {
    outcome = await send(credentials, { signal, headers, middleware, parseAs: 'text' }, request);
  } catch (error) {
    if (signal.aborted || error instanceof ImagesecError) throw error;
    if (error instanceof TransportFailure || responded) {
      const cause = redactor.error(error instanceof TransportFailure ? error.cause : error);
      const detail = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
      const what = responded ? 'the response was cut off' : 'request failed';
      throw new ConnectionError(`${what}: ${cause.message}${detail}`, { cause, code: networkCode(cause) });
    }
    const message = redactor.text(error instanceof Error ? error.message : String(error));
    throw new ValidationError(`the request could not be built: ${message}`, [{ path: '', message }]);
  }
  return resultOf<T>(outcome, { redactor, vendor: pipeline.vendor, expectsBody: call.expectsBody });
}

/** One call: validation, then attempts under the call's deadline as the retry policy allows. */
export async function invoke<T, C, R extends RequestParts>(
  pipeline: Pipeline<C>,
  call: OperationCall<R>,
  options: CallOptions,
  send: Send<C, R>,
): Promise<ApiResult<T>> {
  checkHeaders(options.headers, 'options.headers');
  const limits = callLimits(pipeline.limits, options);
  const request = checkRequest(call.validate, call.request, call.aliases, call.violations);
  const headers = options.headers ?? {};
  const maxAttempts = limits.retry.maxRetries + 1;
  const repeatable = call.repeatable;
  const start = performance.now();
  // The deadline's error is ours to complete with the attempt count; a user's abort reason is not.
  let deadlineError: TimeoutError | undefined;
  let made = 0;
  const callTimeout = () =>
    (deadlineError = new TimeoutError(
      `the call did not finish within its deadline of ${limits.deadlineMs} ms`,
      limits.deadlineMs,
      'call',
    ));
  const attemptTimeout = () =>
    new TimeoutError(`the attempt did not finish within ${limits.timeoutMs} ms`, limits.timeoutMs, 'attempt');

  try {
    return await withDeadline(limits.deadlineMs, options.signal, callTimeout, attempts);
  } catch (error) {
    if (error instanceof TimeoutError && error === deadlineError) error.attempts = made;
    throw error;
  }

  async function attempts(callSignal: AbortSignal): Promise<ApiResult<T>> {
    for (let n = 1; ; n++) {
      made = n;
      const attemptStart = performance.now();
      let sent: string | undefined;
      const log = (outcome: string) =>
        notify(() =>
          limits.log?.(
            attemptLine({
              operation: call.operation,
              attempt: n,
              maxAttempts,
              request: sent,
              outcome,
              elapsedMs: Math.round(performance.now() - attemptStart),
            }),
          ),
        );
      try {
        const result = await withDeadline(limits.timeoutMs, callSignal, attemptTimeout, (signal) =>
          attempt<T, C, R>(pipeline, call, request, headers, signal, send, (sentRequest, redactor) => {
            sent = `${sentRequest.method} ${redactor.text(sentRequest.url)}`;
          }),
        );
        log(`${result.status}${result.requestId === undefined ? '' : ` (request id ${result.requestId})`}`);
        return result;
      } catch (error) {
        // The user's abort or the call's deadline ends the call at once, with its own reason.
        if (callSignal.aborted) {
          const reason: unknown = callSignal.reason;
          log(
            reason instanceof TimeoutError && reason === deadlineError
              ? failureReason(reason)
              : 'aborted by the caller',
          );
          throw reason;
        }
        if (!(error instanceof ImagesecError)) throw error;
        log(failureReason(error));
        error.attempts = n;
        if (n >= maxAttempts || !isRetryable(error, repeatable)) throw error;
        const delayMs = retryDelay(error, n, limits.retry);
        // A wait that would end past the deadline cannot lead to an answer: report this failure.
        if (performance.now() - start + delayMs >= limits.deadlineMs) throw error;
        const event = {
          operation: call.operation,
          attempt: n,
          maxAttempts,
          delayMs,
          reason: failureReason(error),
          error,
        };
        notify(() => limits.onRetry?.(event));
        notify(() => limits.log?.(retryLine(call.operation, delayMs, n + 1)));
        await sleep(delayMs, callSignal);
      }
    }
  }
}
