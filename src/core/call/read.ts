// The last step of an attempt: what came back, as an ApiResult or one typed ApiError. The vendor
// decides what an answer is (a success, or an error with its code, also inside a 2xx), which error
// class its errors are, and where its request ids are (each cloud's responses.ts); core applies
// that. Everything a user will see passes through the redactor first.
import { apiError, type ApiError, type ApiErrorKind } from '../errors.js';
import { mockViolations } from '../mock-violations.js';
import type { Redactor } from '../redact.js';

/** What every successful call returns. */
export interface ApiResult<T> {
  /** The parsed JSON body of the response (undefined when the operation documents none). */
  readonly data: T;
  /** The vendor's request id (HSS `X-Request-Id`, SAS `RequestId`): quote it to the vendor's support. */
  readonly requestId: string | undefined;
  readonly status: number;
  readonly headers: Headers;
}

/** What a vendor reads in an error answer, as far as the answer has it. */
export interface VendorError {
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  /** The vendor marks it as throttling (e.g. by its code, whatever the status). */
  readonly throttled?: boolean | undefined;
}

/** How a vendor reads its answers: errors (also inside a 2xx), their classes, request ids, retry hints. */
export interface VendorResponses {
  readonly requestId: (headers: Headers, body: unknown) => string | undefined;
  /**
   * The vendor's verdict on an answer: undefined for a success, else the error's code, message and
   * throttling flag. `body` is the parsed JSON (a string when it is not JSON, undefined when empty).
   * An answer outside 2xx is an error whatever this says (its fields are used as far as given).
   */
  readonly errorOf: (status: number, body: unknown) => VendorError | undefined;
  /** The error class of one of the vendor's errors, by its status and code. */
  readonly errorKind: (status: number, error: VendorError) => ApiErrorKind;
  /** A vendor header saying how long to wait, read when the standard `Retry-After` is absent. */
  readonly retryAfterMs?: (headers: Headers) => number | undefined;
}

/** What openapi-fetch hands back when called with `parseAs: 'text'`. */
export interface RawOutcome {
  readonly response: Response;
  readonly data?: string | undefined;
  readonly error?: unknown;
}

export interface OutcomeRules {
  readonly redactor: Redactor;
  readonly vendor: VendorResponses;
  /** The operation documents a JSON response body, so a 2xx without one is an error. */
  readonly expectsBody: boolean;
  /** Body fields lifted to the top of the result (x-imagesec-lift: result name → body field). */
  readonly lift?: Readonly<Record<string, string>> | undefined;
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined otherwise. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // The three HTTP date forms (IMF-fixdate, RFC 850, asctime) all spell a month and a time of day;
  // Date.parse alone would also take text such as "1.5" for a date.
  if (!/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(text) || !/\d{2}:\d{2}:\d{2}/.test(text)) {
    return undefined;
  }
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
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
  const flat = redactor
    .text(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function errorFromResponse(response: Response, rawBody: unknown, rules: OutcomeRules, said?: VendorError): ApiError {
  // openapi-fetch has already tried JSON.parse on error bodies: an object here is JSON, a string is not.
  const body = rules.redactor.value(rawBody === '' ? undefined : rawBody);
  const fields = said ?? rules.vendor.errorOf(response.status, body) ?? {};
  let fallback = response.statusText || 'error (empty body)';
  if (typeof body === 'string')
    fallback = `${response.statusText || 'error'} (not JSON: ${describeText(body, rules.redactor)})`;
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    fallback = `redirected${location === null ? '' : ` to ${rules.redactor.text(location)}`}; signed requests are not followed (point \`endpoint\` at the final address)`;
  }
  const violations = mockViolations(response.headers)?.map((v) => ({
    path: v.path,
    message: rules.redactor.text(v.message),
  }));
  return apiError(
    {
      status: response.status,
      code: fields.code,
      message: rules.redactor.text(fields.message ?? fallback),
      violations,
      requestId: rules.vendor.requestId(response.headers, body),
      body,
      throttled: fields.throttled ?? false,
      retryAfterMs:
        parseRetryAfter(response.headers.get('retry-after'), Date.now()) ??
        rules.vendor.retryAfterMs?.(response.headers),
    },
    rules.vendor.errorKind(response.status, fields),
  );
}

export function resultOf<T>(outcome: RawOutcome, rules: OutcomeRules): ApiResult<T> {
  const { response } = outcome;
  if (!response.ok) throw errorFromResponse(response, outcome.error, rules);

  const parsed = parseJson(outcome.data);
  // A 2xx that is not JSON is a proxy, WAF or portal page, not the API: never report it as success.
  if (!parsed.ok || (rules.expectsBody && parsed.value === undefined)) {
    throw apiError({
      status: response.status,
      code: undefined,
      message: parsed.ok
        ? 'the response has no body, but the operation documents one'
        : `the response body is not JSON (${response.headers.get('content-type') ?? 'no content type'})`,
      requestId: rules.vendor.requestId(response.headers, undefined),
      body: describeText(outcome.data ?? '', rules.redactor),
    });
  }
  // The vendor may answer an error inside a 2xx (its code in the body).
  const said = rules.vendor.errorOf(response.status, parsed.value);
  if (said !== undefined) throw errorFromResponse(response, parsed.value, rules, said);
  const result: ApiResult<T> = {
    data: parsed.value as T,
    requestId: rules.vendor.requestId(response.headers, parsed.value),
    status: response.status,
    headers: response.headers,
  };
  const lift = Object.entries(rules.lift ?? {});
  if (lift.length === 0) return result;
  const data = (parsed.value ?? {}) as Record<string, unknown>;
  return { ...result, ...Object.fromEntries(lift.map(([name, field]) => [name, data[field]])) };
}
