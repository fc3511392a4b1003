// The tracing middleware: one CLIENT span per call, from its first attempt's onRequest to its last
// hook, with one event per attempt. State lives per call id and is dropped at the call's last hook,
// whichever it is: onResponse, an onError without a retry, or the extra onError of a call aborted
// while it waited to retry. Telemetry never changes a call: the hooks do not throw.
import { SpanKind, SpanStatusCode, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import type {
  CallMiddleware,
  MaskedRequest,
  MiddlewareCall,
  MiddlewareError,
  MiddlewareRequest,
  MiddlewareResponse,
} from '../core/middleware.js';
import {
  ATTEMPT_EVENT,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_IMAGESEC_ATTEMPT,
  ATTR_IMAGESEC_RETRY_DELAY_MS,
  callAttributes,
  errorAttributes,
  errorMessage,
  responseAttributes,
} from './attributes.js';

interface OpenCall {
  readonly span: Span;
  /** The last attempt that reported an outcome (its hook came), 0 before the first. */
  attempt: number;
  /** The last attempt failed and a retry was announced: the call waits. */
  waiting: boolean;
}

/**
 * The span's name. The conventions name an HTTP client span `{method} {target}`, the target being a
 * low-cardinality URL template, or `{method}` alone when there is none. The operation takes the
 * target's place: SAS sends every action as `POST /` (the action is a header), so `POST` or
 * `POST /` would name every SAS call alike, and an HSS path template says less than the operation it
 * serves. `POST OperateImageVul`, `GET ListImageLocal`: one name per operation, as a template would
 * give. A call that failed before its request was built (its credentials did not come) is named by
 * its operation alone.
 */
function spanName(call: MiddlewareCall, request: MaskedRequest | undefined): string {
  return request === undefined ? call.operation : `${request.method.toUpperCase()} ${call.operation}`;
}

export class CallTracer implements CallMiddleware {
  readonly #tracer: Tracer;
  readonly #calls = new Map<string, OpenCall>();

  constructor(tracer: Tracer) {
    this.#tracer = tracer;
  }

  /** Calls with a span not yet ended (for tests: every call's state goes with its last hook). */
  get openCalls(): number {
    return this.#calls.size;
  }

  onRequest(params: MiddlewareRequest): void {
    guarded(() => this.#open(params, params.request));
  }

  onResponse(params: MiddlewareResponse): void {
    this.#lastHook(params.callId, () => {
      const call = this.#open(params, params.request);
      const { status, requestId } = params.response;
      const outcome = responseAttributes(status, requestId);
      this.#attemptEvent(call, params.attempt, outcome);
      call.span.setAttributes(outcome);
      this.#end(call);
    });
  }

  onError(params: MiddlewareError): void {
    const delayMs = params.retryInMs;
    if (delayMs === undefined) this.#lastHook(params.callId, () => this.#failed(params));
    else guarded(() => this.#retrying(params, delayMs));
  }

  /** An attempt failed and another follows after `delayMs`. */
  #retrying(params: MiddlewareError, delayMs: number): void {
    const call = this.#open(params, params.request);
    this.#attemptEvent(call, params.attempt, {
      ...errorAttributes(params.error),
      [ATTR_IMAGESEC_RETRY_DELAY_MS]: delayMs,
    });
    call.waiting = true;
  }

  /** The call failed: its last attempt failed, or it was stopped while it waited to retry. */
  #failed(params: MiddlewareError): void {
    const call = this.#open(params, params.request);
    const outcome = errorAttributes(params.error);
    // The extra onError of a call stopped during its wait reports no attempt, only why the call ended.
    if (!(call.waiting && params.attempt === call.attempt)) this.#attemptEvent(call, params.attempt, outcome);
    call.span.setAttributes(outcome);
    const message = errorMessage(params.error);
    call.span.setStatus({ code: SpanStatusCode.ERROR, ...(message === undefined ? {} : { message }) });
    this.#end(call);
  }

  /** The call's state, its span started by the first hook that comes (normally attempt 1's onRequest). */
  #open(params: MiddlewareCall, request: MaskedRequest | undefined): OpenCall {
    let call = this.#calls.get(params.callId);
    if (call === undefined) {
      const span = this.#tracer.startSpan(spanName(params, request), {
        kind: SpanKind.CLIENT,
        attributes: callAttributes(params, request),
      });
      call = { span, attempt: 0, waiting: false };
      this.#calls.set(params.callId, call);
    }
    return call;
  }

  #attemptEvent(call: OpenCall, attempt: number, outcome: Attributes): void {
    call.attempt = attempt;
    call.waiting = false;
    call.span.addEvent(ATTEMPT_EVENT, { [ATTR_IMAGESEC_ATTEMPT]: attempt, ...outcome });
  }

  /** A call's last hook: its state goes afterwards, whatever happened in it. */
  #lastHook(callId: string, work: () => void): void {
    guarded(work);
    this.#calls.delete(callId);
  }

  #end(call: OpenCall): void {
    if (call.attempt > 1) call.span.setAttribute(ATTR_HTTP_REQUEST_RESEND_COUNT, call.attempt - 1);
    call.span.end();
  }
}

/** Runs a hook's work; what it throws is dropped (a span lost is better than a call failed). */
function guarded(work: () => void): void {
  try {
    work();
  } catch {
    // Deliberately ignored: see above.
  }
}
