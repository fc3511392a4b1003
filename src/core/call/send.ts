// Sends one call: the request checked once (check-input.ts), then attempts under the call's deadline until
// one succeeds or the retry policy (retry.ts) says stop. Each attempt, in order: the credentials
// (the vendor's supply), what depends on them (HSS: the project id), openapi-fetch building the
// request (path template, canonical query, body), the users' middleware and signing afresh as its
// middleware (sign.ts and the vendor's signer), the request under the attempt's own time limit
// (transport.ts), and the response read into a result or one typed, redacted error (read.ts): the
// credentials and the request's own secrets (the table's format: password fields) masked. The
// users' middleware hears of each answer and failure (users-middleware.ts). Time limits: one controller and timer
// per attempt, set to the shorter of the attempt's limit and what is left of the call's deadline (not
// AbortSignal.any/timeout), so nothing stays attached to a long-lived user signal and no timer
// outlives its attempt.
import { callLimits, type CallLimits, type CallOptions } from '../call-options.js';
import { causeCode } from '../cause-code.js';
import { attemptLine, failureReason, retryLine } from '../debug.js';
import { ConnectionError, ImagesecError, ResponseError, TimeoutError, ValidationError } from '../errors.js';
import { BodyRejected } from '../http/body-limit.js';
import { TRANSPORT_HINTS } from '../http/hints.js';
import type { OperationEntry } from '../operation-types.js';
import { Redactor, secretValues } from '../redact.js';
import { isRetryable, retryDelay } from '../retry.js';
import { checkHeaders, checkRequest, type RequestParts, type RequestRules } from './check-input.js';
import { FORM_MEDIA_TYPE, formText } from './form.js';
import { resultOf, type ApiResult, type VendorResponses } from './read.js';
import { signingMiddleware, type RequestSigner } from './sign.js';
import { methodOf, TransportFailure, type OperationHttp, type OutgoingRequest } from './transport.js';
import { beforeSigning, maskedRequest, nextCallId, observe } from './users-middleware.js';
import type { MiddlewareCall } from '../middleware.js';

/** What a client gives every call: how to reach, authenticate to and read its cloud. */
export interface ClientWiring<C> {
  /** The cloud's id and vendor, as the users' middleware is told them (middleware.ts). */
  readonly cloud: string;
  readonly provider: string;
  /** The HTTP client of the cloud's endpoint (transport.ts endpointClient). */
  readonly http: OperationHttp;
  readonly credentials: () => Promise<C>;
  /** Every secret value in the credentials, masked wherever text reaches the user. */
  readonly secrets: (credentials: C) => Iterable<string | undefined>;
  readonly signer: (credentials: C) => RequestSigner;
  /** The checked request with what depends on the credentials filled in (HSS: the project id). */
  readonly scope?: ((request: RequestParts, credentials: C) => Promise<RequestParts>) | undefined;
  readonly vendor: VendorResponses;
  readonly limits: CallLimits;
}

/** One operation call: the table's entry, how its request is checked, and the request (spec names). */
export interface OperationCall {
  readonly entry: OperationEntry;
  readonly rules: RequestRules;
  readonly request: RequestParts;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise((resolve) => setTimeout(resolve, ms));
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `work` with a signal that aborts when the outer signal does or `timeoutMs` passes. An outer
 * abort rejects with the outer reason (the user's, as fetch does); the time limit with `timeout`.
 * It rejects at the abort itself, not when `work` notices: a limit must hold even if some layer
 * below fails to pass the signal on.
 */
export function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  timeout: () => TimeoutError,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (outer?.aborted) return Promise.reject(outer.reason as Error);
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    // Settles once: with work's outcome, or at the abort itself (the reason, as given).
    let settled = false;
    const finish = () => {
      settled = true;
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    };
    const abort = (reason: unknown) => {
      controller.abort(reason);
      if (settled) return;
      finish();
      // The reason is the caller's (any value an AbortController was given), passed on as it is.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
      reject(reason);
    };
    const timer = setTimeout(() => abort(timeout()), timeoutMs);
    const onOuterAbort = () => abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    let working: Promise<T>;
    try {
      working = work(controller.signal);
    } catch (error) {
      // A synchronous throw of `work` is its rejection, at once.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what work threw, as it is
      working = Promise.reject(error);
    }
    working.then(
      (value) => {
        if (settled) return;
        finish();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        finish();
        // A failure that follows an abort (work noticing it) reports the abort's reason.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
        reject(controller.signal.aborted ? controller.signal.reason : error);
      },
    );
  });
}

/** Calls a user's observer (logger, onRetry); a broken one must not change the call's outcome. */
function notify(observe: () => void): void {
  try {
    observe();
  } catch {
    // Deliberately ignored: the request may already have been carried out.
  }
}

// One Redactor per credentials object (a supply hands out the same object until it refreshes): its
// secret list is sorted once, not at every attempt.
const REDACTORS = new WeakMap<object, Redactor>();

function redactorFor<C>(wiring: ClientWiring<C>, credentials: C): Redactor {
  if (typeof credentials !== 'object' || credentials === null) return new Redactor(wiring.secrets(credentials));
  let redactor = REDACTORS.get(credentials);
  if (redactor === undefined) {
    redactor = new Redactor(wiring.secrets(credentials));
    REDACTORS.set(credentials, redactor);
  }
  return redactor;
}

/** A body already serialised (a form's text) goes as it is. */
const asText = (body: unknown): string => body as string;

/** One call as its attempts send it: the table's entry and the checked request. */
interface PreparedCall {
  readonly entry: OperationEntry;
  readonly request: RequestParts;
  /** The request's own secret values (format: password), masked with the credentials' wherever text shows. */
  readonly requestSecrets: readonly string[];
  /** The call's extra headers (`options.headers`). */
  readonly headers: Readonly<Record<string, string>>;
  readonly limits: CallLimits;
}

/** What an attempt leaves for the debug line and the users' middleware: the request sent and its mask. */
interface AttemptTrace {
  request?: OutgoingRequest;
  redactor?: Redactor;
}

/**
 * A failure of a users' onRequest hook (or of the check of the headers it added): the call fails
 * with what it threw, as it threw it, never retried (whatever its class says).
 */
class HookFailure extends Error {
  constructor(readonly error: unknown) {
    super('a middleware onRequest hook failed');
  }
}

/**
 * One attempt. openapi-fetch builds the request, the users' middleware and the signing middleware
 * complete it, and the tagged fetch sends it: a TransportFailure, or any failure once a response has
 * arrived (a body cut off on the wire), is a ConnectionError; an ImagesecError passes through.
 * Anything else was thrown while the runtime built the Request from the checked input (e.g. Headers
 * refusing a value the checks missed): reported as a ValidationError, redacted, since the input is
 * what it could not carry.
 */
async function attempt<T, C>(
  wiring: ClientWiring<C>,
  call: PreparedCall,
  signal: AbortSignal,
  trace: AttemptTrace,
  hooks: MiddlewareCall | undefined,
): Promise<ApiResult<T>> {
  const { entry } = call;
  // The attempt's time limit holds while the credentials come (withDeadline rejects at the abort);
  // once they come, nothing more is done for an attempt that has ended.
  const credentials = await wiring.credentials();
  signal.throwIfAborted();
  const redactor = redactorFor(wiring, credentials).with(call.requestSecrets);
  trace.redactor = redactor;
  let responded = false;
  const users =
    hooks === undefined
      ? undefined
      : (request: OutgoingRequest) =>
          beforeSigning(call.limits.middleware, hooks, request, (r) => maskedRequest(r, redactor, entry.secrets)).catch(
            (error: unknown) => {
              throw new HookFailure(error);
            },
          );
  const middleware = [
    signingMiddleware(wiring.signer(credentials), {
      beforeSigning: users,
      signed: (request) => (trace.request = request),
      answered: () => (responded = true),
    }),
  ];
  let outcome;
  try {
    const { body, form, ...params } =
      wiring.scope === undefined ? call.request : await wiring.scope(call.request, credentials);
    outcome = await wiring.http.request(methodOf(entry.httpMethod), entry.path, {
      params,
      // A form body goes as its text, under its media type; a JSON body through the client's serialiser.
      ...(form === undefined
        ? body === undefined
          ? {}
          : { body }
        : { body: formText(entry, form), bodySerializer: asText }),
      signal,
      headers: form === undefined ? call.headers : { ...call.headers, 'content-type': FORM_MEDIA_TYPE },
      middleware,
      parseAs: 'text',
      [TRANSPORT_HINTS]: { maxResponseBytes: call.limits.maxResponseBytes, replaySafe: entry.safeToRepeat },
    });
  } catch (error) {
    throw attemptFailure(error, wiring, redactor, responded, signal);
  }
  return resultOf<T>(outcome, {
    redactor,
    vendor: wiring.vendor,
    expectsBody: entry.responseBody,
    lift: entry.lift,
  });
}

/** What a failed attempt reports (see attempt). */
function attemptFailure<C>(
  error: unknown,
  wiring: ClientWiring<C>,
  redactor: Redactor,
  responded: boolean,
  signal: AbortSignal,
): unknown {
  if (error instanceof HookFailure) return error;
  if (signal.aborted || error instanceof ImagesecError) return error;
  if (error instanceof BodyRejected) {
    const requestId = wiring.vendor.requestId(error.headers, undefined);
    return new ResponseError(`HTTP ${error.status}: ${error.message}`, {
      status: error.status,
      problem: error.problem,
      requestId: requestId === undefined ? undefined : redactor.text(requestId),
    });
  }
  if (error instanceof TransportFailure || responded) {
    const cutOff = responded || (error instanceof TransportFailure && error.responded);
    const cause = redactor.error(error instanceof TransportFailure ? error.cause : error);
    const detail = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    const what = cutOff ? 'the response was cut off' : 'request failed';
    return new ConnectionError(`${what}: ${cause.message}${detail}`, { cause, code: causeCode(cause) });
  }
  const message = redactor.text(error instanceof Error ? error.message : String(error));
  return new ValidationError(`the request could not be built: ${message}`, [{ path: '', message }]);
}

/** The call's checks, before any attempt: the call options, then the request (check-input.ts). */
function prepare<C>(wiring: ClientWiring<C>, call: OperationCall, options: CallOptions): PreparedCall {
  checkHeaders(options.headers, 'options.headers');
  const limits = callLimits(wiring.limits, options);
  const request = checkRequest(call.request, call.rules);
  const { entry } = call;
  const requestSecrets = entry.secrets.length === 0 ? [] : secretValues(request, entry.secrets);
  return { entry, request, requestSecrets, headers: options.headers ?? {}, limits };
}

/** One call: its checks, then attempts under the call's deadline as the retry policy allows. */
export async function send<T, C>(
  wiring: ClientWiring<C>,
  operationCall: OperationCall,
  options: CallOptions,
): Promise<ApiResult<T>> {
  const call = prepare(wiring, operationCall, options);
  const { entry, limits } = call;
  const maxAttempts = limits.retry.maxRetries + 1;
  const operation = entry.operationId;
  const users = limits.middleware;
  const callId = users.length === 0 ? undefined : nextCallId();
  const start = performance.now();
  // The deadline's error is ours to complete with the attempt count; a user's abort reason is not.
  let deadlineError: TimeoutError | undefined;
  const callTimeout = () =>
    (deadlineError = new TimeoutError(
      `the call did not finish within its deadline of ${limits.deadlineMs} ms`,
      limits.deadlineMs,
      'call',
    ));
  const attemptTimeout = () =>
    new TimeoutError(`the attempt did not finish within ${limits.timeoutMs} ms`, limits.timeoutMs, 'attempt');

  const deadlineAt = start + limits.deadlineMs;
  const outer = options.signal;
  outer?.throwIfAborted();

  for (let n = 1; ; n++) {
    const attemptStart = performance.now();
    const trace: AttemptTrace = {};
    const hooks =
      callId === undefined
        ? undefined
        : { cloud: wiring.cloud, provider: wiring.provider, operation, attempt: n, maxAttempts, callId };
    const masked = () =>
      trace.request === undefined || trace.redactor === undefined
        ? undefined
        : maskedRequest(trace.request, trace.redactor, entry.secrets);
    const failed = (error: unknown, retryInMs: number | undefined) =>
      hooks === undefined
        ? undefined
        : observe(users, (h, p) => h.onError?.(p), { ...hooks, request: masked(), error, retryInMs });
    const log = (outcome: string) =>
      notify(() =>
        limits.log?.(
          attemptLine({
            operation,
            attempt: n,
            maxAttempts,
            request: trace.request === undefined ? undefined : `${trace.request.method} ${masked()?.url ?? ''}`,
            outcome,
            elapsedMs: Math.round(performance.now() - attemptStart),
          }),
        ),
      );
    // One time limit per attempt, the shorter of its own and what is left of the call's deadline:
    // one controller and one timer per attempt, none for the call as a whole.
    const left = deadlineAt - attemptStart;
    const byDeadline = left <= limits.timeoutMs;
    try {
      const result = await withDeadline(
        byDeadline ? Math.max(0, left) : limits.timeoutMs,
        outer,
        byDeadline ? callTimeout : attemptTimeout,
        (signal) => attempt<T, C>(wiring, call, signal, trace, hooks),
      );
      log(`${result.status}${result.requestId === undefined ? '' : ` (request id ${result.requestId})`}`);
      if (hooks !== undefined) {
        const response = { status: result.status, headers: result.headers, requestId: result.requestId };
        await observe(users, (h, p) => h.onResponse?.(p), { ...hooks, request: masked()!, response });
      }
      return result;
    } catch (error) {
      // The user's abort or the call's deadline ends the call at once, with its own reason.
      if (outer?.aborted) {
        log('aborted by the caller');
        await failed(outer.reason, undefined);
        throw outer.reason;
      }
      // A users' hook failed before anything was sent: the call fails with what it threw, as it is.
      if (error instanceof HookFailure) {
        await failed(error.error, undefined);
        throw error.error;
      }
      const delayMs = retryAfter(error, n, { ...call, maxAttempts, start, deadlineError });
      if (error instanceof ImagesecError) log(failureReason(error));
      await failed(error, delayMs);
      if (delayMs === undefined || !(error instanceof ImagesecError)) throw error;
      const event = { operation, attempt: n, maxAttempts, delayMs, reason: failureReason(error), error };
      notify(() => limits.onRetry?.(event));
      notify(() => limits.log?.(retryLine(operation, delayMs, n + 1)));
      try {
        await sleep(delayMs, outer);
      } catch (reason) {
        await failed(reason, undefined);
        throw reason;
      }
    }
  }
}

/**
 * The wait before the next attempt after `error` ended attempt `n`, or undefined when the call ends
 * with it: a deadline reached, a failure that is not an ImagesecError (a hook's, the runtime's), the
 * last attempt, one the retry policy does not repeat, or a wait that would end past the deadline.
 * Sets the error's attempt count.
 */
function retryAfter(
  error: unknown,
  n: number,
  call: PreparedCall & { maxAttempts: number; start: number; deadlineError: TimeoutError | undefined },
): number | undefined {
  if (!(error instanceof ImagesecError)) return undefined;
  error.attempts = n;
  if (error instanceof TimeoutError && error === call.deadlineError) return undefined;
  if (n >= call.maxAttempts || !isRetryable(error, call.entry.safeToRepeat)) return undefined;
  const delayMs = retryDelay(error, n, call.limits.retry);
  // A wait that would end past the deadline cannot lead to an answer: report this failure.
  if (performance.now() - call.start + delayMs >= call.limits.deadlineMs) return undefined;
  return delayMs;
}
