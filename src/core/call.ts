// One API call from the facade's point of view: deadline and cancellation, the send itself, and the
// turn of its outcome into a result or a typed, redacted error. Knows no vendor: the vendor's
// reading of bodies and request ids comes in as `VendorResponses`.
import {
  apiError,
  ApiError,
  ConnectionError,
  ImagesecError,
  TimeoutError,
  ValidationError,
  type Violation,
} from './errors.js';
import type { Redactor } from './redact.js';

/** Options every operation accepts, per call. */
export interface CallOptions {
  /** Aborts the call; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Time allowed for this call (overrides the client's `timeoutMs`). */
  readonly timeoutMs?: number | undefined;
  /** Extra request headers (signed like the others where the vendor's scheme signs them). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** What every successful call returns. */
export interface ApiResult<T> {
  /** The parsed JSON body of the response (undefined when the operation documents none). */
  readonly data: T;
  /** The vendor's request id (HSS `X-Request-Id`, SAS `RequestId`): quote it to the vendor's support. */
  readonly requestId: string | undefined;
  readonly status: number;
  readonly headers: Headers;
}

/** How a vendor reads error bodies and request ids. */
export interface VendorResponses {
  readonly requestId: (headers: Headers, body: unknown) => string | undefined;
  /** The vendor code, message and throttling flag in an error body, as far as it has them. */
  readonly errorFields: (body: unknown) => { code?: string | undefined; message?: string | undefined; throttled?: boolean };
}

/** What openapi-fetch hands back when called with `parseAs: 'text'`. */
export interface RawOutcome {
  readonly response: Response;
  readonly data?: string | undefined;
  readonly error?: unknown;
}

export interface CallPlan {
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly redactor: Redactor;
  readonly vendor: VendorResponses;
  /** The operation documents a JSON response body, so a 2xx without valid JSON is an error. */
  readonly expectsBody: boolean;
}

// RFC 9110 token, and a value without CR, LF or NUL: anything else could split or corrupt a request.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[^\r\n\0]*$/;

/** Checks user-supplied headers before they reach a Request (which would throw a bare TypeError). */
export function checkHeaders(headers: Readonly<Record<string, string>> | undefined, where: string): void {
  if (headers === undefined) return;
  const violations: Violation[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) violations.push({ path: `${where}.${name}`, message: 'is not a valid header name' });
    else if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
      violations.push({ path: `${where}.${name}`, message: 'must be a string without CR, LF or NUL' });
    }
  }
  if (violations.length > 0) {
    throw new ValidationError(`${where}: ${violations.map((v) => `${v.path} ${v.message}`).join('; ')}`, violations);
  }
}

function parseJson(text: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (text === undefined || text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A short, redacted description of a body that is not JSON (e.g. a proxy's HTML page). */
function describeText(text: string, redactor: Redactor): string {
  // Redact before shortening: a cut through a secret would leave a piece no pattern matches.
  const flat = redactor.text(text).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function errorFromResponse(response: Response, rawBody: unknown, plan: CallPlan): ApiError {
  // openapi-fetch has already tried JSON.parse on error bodies: an object here is JSON, a string is not.
  const body = plan.redactor.value(rawBody === '' ? undefined : rawBody);
  const fields = plan.vendor.errorFields(body);
  const fallback =
    typeof body === 'string'
      ? `${response.statusText || 'error'} (not JSON: ${describeText(body, plan.redactor)})`
      : response.statusText || 'error (empty body)';
  return apiError({
    status: response.status,
    code: fields.code,
    message: plan.redactor.text(fields.message ?? fallback),
    requestId: plan.vendor.requestId(response.headers, body),
    body,
    throttled: fields.throttled ?? false,
  });
}

/**
 * Runs `send` under the call's deadline and the user's signal, and turns what comes back into an
 * ApiResult or one typed error. A user abort rejects with the signal's reason, as fetch does.
 */
export async function runCall<T>(plan: CallPlan, send: (signal: AbortSignal) => Promise<RawOutcome>): Promise<ApiResult<T>> {
  plan.signal?.throwIfAborted();
  const deadline = AbortSignal.timeout(plan.timeoutMs);
  const signal = plan.signal === undefined ? deadline : AbortSignal.any([plan.signal, deadline]);

  let outcome: RawOutcome;
  try {
    outcome = await send(signal);
  } catch (error) {
    if (plan.signal?.aborted === true) throw plan.signal.reason;
    if (deadline.aborted) throw new TimeoutError(`no response within ${plan.timeoutMs} ms`, plan.timeoutMs);
    if (error instanceof ImagesecError) throw error;
    const cause = plan.redactor.error(error);
    const detail = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    throw new ConnectionError(`request failed: ${cause.message}${detail}`, { cause });
  }

  const { response } = outcome;
  if (!response.ok) throw errorFromResponse(response, outcome.error, plan);

  const parsed = parseJson(outcome.data);
  if (plan.expectsBody && (!parsed.ok || parsed.value === undefined)) {
    // The operation documents a JSON body; without one, `data` would not be what its type says.
    throw new ApiError({
      status: response.status,
      code: undefined,
      message: parsed.ok
        ? 'the response has no body, but the operation documents one'
        : `the response body is not JSON (${response.headers.get('content-type') ?? 'no content type'})`,
      requestId: plan.vendor.requestId(response.headers, undefined),
      body: describeText(outcome.data ?? '', plan.redactor),
    });
  }
  const data = parsed.ok ? parsed.value : undefined;
  return {
    data: data as T,
    requestId: plan.vendor.requestId(response.headers, data),
    status: response.status,
    headers: response.headers,
  };
}
