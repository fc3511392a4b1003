// The one error hierarchy of imagesec. Every failure a caller can see is an ImagesecError; API
// failures are ApiError subclasses chosen by status (and by throttling code, which Alibaba sends
// with HTTP 400). Messages and bodies reach these constructors already redacted (see redact.ts).

/** A violation of a local check, located by a JSON path into the call's input ('' = the whole input). */
export interface Violation {
  readonly path: string;
  readonly message: string;
}

/** Violations as one phrase: `path message; path message` (the input as a whole is `input`). */
export function violationList(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.path === '' ? 'input' : v.path} ${v.message}`).join('; ');
}

export class ImagesecError extends Error {
  /** How many requests the call made before failing with this error (set by the call pipeline). */
  attempts: number | undefined;

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    if (this.attempts !== undefined) json.attempts = this.attempts;
    return json;
  }
}

/** The client is set up wrongly (credentials, region, project id, endpoint); nothing was sent. */
export class ConfigurationError extends ImagesecError {
  /** The setting nothing supplied, when that is the problem (a CLI words its own hint from it). */
  readonly missing: 'credentials' | 'region' | 'projectId' | undefined;

  constructor(message: string, missing?: 'credentials' | 'region' | 'projectId') {
    super(message);
    this.missing = missing;
  }
}

/** A credential provider failed (perhaps transiently, e.g. a vault timeout); nothing was sent. */
export class CredentialsError extends ImagesecError {
  /** The failure's own code when it has a short one (e.g. `ECONNRESET`); its message is not kept. */
  readonly code: string | undefined;

  constructor(message: string, code: string | undefined) {
    super(message);
    this.code = code;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), code: this.code };
  }
}

/** The input of a call was refused locally; nothing was sent. */
export class ValidationError extends ImagesecError {
  readonly violations: readonly Violation[];

  constructor(message: string, violations: readonly Violation[]) {
    super(message);
    this.violations = violations;
  }

  /** The error for a list of violations, its message naming each (`prefix: path message; ...`). */
  static listing(prefix: string, violations: readonly Violation[]): ValidationError {
    return new ValidationError(`${prefix}: ${violationList(violations)}`, violations);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), violations: this.violations };
  }
}

/** The request did not get an HTTP response (DNS, refused, reset, TLS). */
export class ConnectionError extends ImagesecError {
  /** The network error's code, e.g. `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`, when it has one. */
  readonly code: string | undefined;

  constructor(message: string, options: { cause: unknown; code: string | undefined }) {
    super(message, { cause: options.cause });
    this.code = options.code;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), code: this.code };
  }
}

/**
 * A time limit passed: one attempt's `timeoutMs` (`scope: 'attempt'`, retried where the operation
 * allows) or the whole call's `deadlineMs` (`scope: 'call'`, final).
 */
export class TimeoutError extends ImagesecError {
  readonly timeoutMs: number;
  readonly scope: 'attempt' | 'call';

  constructor(message: string, timeoutMs: number, scope: 'attempt' | 'call' = 'attempt') {
    super(message);
    this.timeoutMs = timeoutMs;
    this.scope = scope;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, scope: this.scope };
  }
}

/** Why a response that arrived could not be read: its body is over the limit or its encoding is bad. */
export type ResponseProblem = 'too-large' | 'bad-encoding' | 'unsupported-encoding';

/**
 * The server answered, but its body could not be read: larger than the call's `maxResponseBytes`
 * (compressed or decoded), a corrupt compressed body, or a content coding imagesec does not decode.
 * Never retried (the next answer would be the same); for an operation not safe to repeat, the
 * outcome is unknown: the server may have carried it out.
 */
export class ResponseError extends ImagesecError {
  /** The HTTP status of the answer. */
  readonly status: number;
  readonly problem: ResponseProblem;
  /** The vendor's request id, when a header carried it. */
  readonly requestId: string | undefined;

  constructor(message: string, fields: { status: number; problem: ResponseProblem; requestId: string | undefined }) {
    super(message);
    this.status = fields.status;
    this.problem = fields.problem;
    this.requestId = fields.requestId;
  }

  override toJSON(): Record<string, unknown> {
    const { status, problem, requestId } = this;
    return { ...super.toJSON(), status, problem, ...(requestId === undefined ? {} : { requestId }) };
  }
}

/**
 * A waiter ended without reaching its success state (core/waiter/): the failure state of one of its
 * acceptors matched (WaiterFailureError), or its overall time ran out (WaiterTimeoutError). It names
 * the waiter and the last state seen, a short description that is bounded and holds no credentials;
 * `attempts` counts the polls.
 */
export class WaiterError extends ImagesecError {
  /** The waiter's name as the spec declares it (e.g. `ImageScanTaskFinished`). */
  readonly waiter: string;
  /** A short description of the last state seen (the values the acceptors read, or the error). */
  readonly lastState: string;
  /** Time from the first poll (or the search for the started task) to the end, in milliseconds. */
  readonly elapsedMs: number;
  /**
   * The input the waiter polled with, when `<start>AndWait` built it from the start's answer (set
   * there): what `waitFor<Waiter>` takes to wait again for the same work.
   */
  waiterInput: Readonly<Record<string, unknown>> | undefined;

  constructor(
    message: string,
    fields: { waiter: string; lastState: string; attempts: number; elapsedMs: number; cause?: unknown },
  ) {
    super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.waiter = fields.waiter;
    this.lastState = fields.lastState;
    this.attempts = fields.attempts;
    this.elapsedMs = fields.elapsedMs;
  }

  override toJSON(): Record<string, unknown> {
    const { waiter, lastState, elapsedMs, waiterInput } = this;
    return { ...super.toJSON(), waiter, lastState, elapsedMs, ...(waiterInput === undefined ? {} : { waiterInput }) };
  }
}

/**
 * A failure acceptor matched: the work waited for ended in a state it will not leave (a failed
 * scan, a registry that could not be reached). `result` is the last answer when the acceptor matched
 * an answer; `cause` the API error when it matched an error.
 */
export class WaiterFailureError extends WaiterError {
  /** The poll's answer that matched (an ApiResult), when the failure was read off an answer. */
  readonly result: unknown;

  constructor(
    message: string,
    fields: {
      waiter: string;
      lastState: string;
      attempts: number;
      elapsedMs: number;
      result?: unknown;
      cause?: unknown;
    },
  ) {
    super(message, fields);
    this.result = fields.result;
  }
}

/** The waiter's overall time (`maxWaitMs`) ran out before any success or failure state was seen. */
export class WaiterTimeoutError extends WaiterError {
  readonly maxWaitMs: number;

  constructor(
    message: string,
    fields: { waiter: string; lastState: string; attempts: number; elapsedMs: number; maxWaitMs: number },
  ) {
    super(message, fields);
    this.maxWaitMs = fields.maxWaitMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), maxWaitMs: this.maxWaitMs };
  }
}

/** What an error response said, as each vendor's body parser reads it. */
export interface ApiErrorFields {
  readonly status: number;
  /** The vendor's error code (`HSS.0001`, `APIGW.0301`, `Throttling.User`...), when the body has one. */
  readonly code: string | undefined;
  readonly message: string;
  readonly requestId: string | undefined;
  /** The parsed body (JSON value, or the text when it is not JSON; undefined when empty). */
  readonly body: unknown;
  /** The vendor marks this as throttling (HSS answers 429; Alibaba sends `Throttling*` codes with 400). */
  readonly throttled?: boolean;
  /** How long the server asked the caller to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number | undefined;
  /** Why a mock refused the request (its `sl-violations` header); real endpoints send none. */
  readonly violations?: readonly Violation[] | undefined;
}

/** The API answered with an error status. */
export class ApiError extends ImagesecError {
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  /** The vendor's own message, without the code and request id that `message` adds around it. */
  readonly detail: string;
  readonly body: unknown;
  /** How long the server asked the caller to wait before trying again (`Retry-After`), if it said. */
  readonly retryAfterMs: number | undefined;
  /** Why a mock refused the request, field by field (Prism's `sl-violations`); undefined from real endpoints. */
  readonly violations: readonly Violation[] | undefined;

  constructor(fields: ApiErrorFields) {
    const where = fields.requestId === undefined ? '' : ` (request id ${fields.requestId})`;
    const listed = fields.violations === undefined ? '' : `; ${violationList(fields.violations)}`;
    super(`${fields.code ?? `HTTP ${fields.status}`}: ${fields.message}${listed}${where}`);
    this.status = fields.status;
    this.code = fields.code;
    this.requestId = fields.requestId;
    this.detail = fields.message;
    this.body = fields.body;
    this.retryAfterMs = fields.retryAfterMs;
    this.violations = fields.violations;
  }

  override toJSON(): Record<string, unknown> {
    const { status, code, requestId, retryAfterMs, body, violations } = this;
    return {
      ...super.toJSON(),
      status,
      code,
      requestId,
      retryAfterMs,
      body,
      ...(violations === undefined ? {} : { violations }),
    };
  }
}

export class BadRequestError extends ApiError {}
export class AuthenticationError extends ApiError {}
export class PermissionDeniedError extends ApiError {}
export class NotFoundError extends ApiError {}
export class RateLimitError extends ApiError {}
export class ServerError extends ApiError {}

/** The single place that picks the ApiError class for a response. */
/** Which ApiError subclass an error is: the vendor decides (its codes, its statuses); core applies it. */
export type ApiErrorKind =
  'bad-request' | 'authentication' | 'permission-denied' | 'not-found' | 'rate-limit' | 'server' | 'other';

/**
 * The kind an HTTP status says by itself (RFC 9110's meanings, 429 and throttling as rate limits): what
 * a vendor whose statuses carry the meaning, as both shipped clouds' do, answers for its errors.
 */
export function kindOfStatus(status: number, throttled = false): ApiErrorKind {
  if (throttled || status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  const kinds: Readonly<Record<number, ApiErrorKind>> = {
    400: 'bad-request',
    401: 'authentication',
    403: 'permission-denied',
    404: 'not-found',
  };
  return kinds[status] ?? 'other';
}

const ERROR_CLASSES: Readonly<Record<ApiErrorKind, new (fields: ApiErrorFields) => ApiError>> = {
  'bad-request': BadRequestError,
  authentication: AuthenticationError,
  'permission-denied': PermissionDeniedError,
  'not-found': NotFoundError,
  'rate-limit': RateLimitError,
  server: ServerError,
  other: ApiError,
};

/** The error of the class `kind` names (default: the status's own meaning). */
export function apiError(fields: ApiErrorFields, kind = kindOfStatus(fields.status, fields.throttled)): ApiError {
  return new ERROR_CLASSES[kind](fields);
}

// Names are set on the prototypes as strings, not read from constructor.name, so they survive
// minifiers that rename classes.
for (const [cls, name] of [
  [ImagesecError, 'ImagesecError'],
  [ConfigurationError, 'ConfigurationError'],
  [CredentialsError, 'CredentialsError'],
  [ValidationError, 'ValidationError'],
  [ConnectionError, 'ConnectionError'],
  [TimeoutError, 'TimeoutError'],
  [ResponseError, 'ResponseError'],
  [WaiterError, 'WaiterError'],
  [WaiterFailureError, 'WaiterFailureError'],
  [WaiterTimeoutError, 'WaiterTimeoutError'],
  [ApiError, 'ApiError'],
  [BadRequestError, 'BadRequestError'],
  [AuthenticationError, 'AuthenticationError'],
  [PermissionDeniedError, 'PermissionDeniedError'],
  [NotFoundError, 'NotFoundError'],
  [RateLimitError, 'RateLimitError'],
  [ServerError, 'ServerError'],
] as const) {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
}
