// Users' middleware: the one way into a call besides `fetch`. openapi-fetch's shape (an object of
// `onRequest`, `onResponse`, `onError`, each optional, each given one params object) because users
// of an OpenAPI client know it and it cannot swallow a call the way a forgotten `next()` of a
// wrapping stack can; what a client with retries must add to it is in every params object: the cloud,
// the operation, the attempt, and one id for all attempts of a call. Requests are shown as they
// are sent, signed, with every secret masked (the credentials' and the request's own password
// fields): a middleware may log what it sees. Run by send.ts, in the order given.

/** A request as a middleware sees it: what is sent, with every secret replaced by `***`. */
export interface MaskedRequest {
  readonly method: string;
  /** The full URL (its query as sent). */
  readonly url: string;
  /** Every header sent but those the runtime adds (host, content-length), names lower-case. */
  readonly headers: Readonly<Record<string, string>>;
}

/** What every hook is told. */
export interface MiddlewareCall {
  /** The cloud's id (`hss`, `sas`). */
  readonly cloud: string;
  /**
   * The vendor, as OpenTelemetry's `cloud.provider` names it: `alibaba_cloud`, `huawei_cloud` (a
   * name the conventions' list of well-known values does not have yet; the list is open).
   */
  readonly provider: string;
  /** The vendor's operation name (e.g. `OperateImageVul`). */
  readonly operation: string;
  /** Which attempt of the call this is, from 1. */
  readonly attempt: number;
  /** The most attempts the call may make (retries + 1). */
  readonly maxAttempts: number;
  /** The same for every hook of one call, different for every call: a key for per-call state. */
  readonly callId: string;
}

/** Before an attempt is signed. */
export interface MiddlewareRequest extends MiddlewareCall {
  /** The request as it stands before signing (secrets masked). */
  readonly request: MaskedRequest;
  /**
   * Headers to add to this attempt (empty at first): checked like `options.headers`, then signed
   * (where the vendor's scheme signs them) and sent.
   */
  readonly headers: Headers;
}

/** An attempt the vendor answered with success: the call's last hook. */
export interface MiddlewareResponse extends MiddlewareCall {
  /** The request as sent, signed (secrets masked). */
  readonly request: MaskedRequest;
  readonly response: {
    readonly status: number;
    readonly headers: Headers;
    /** The vendor's request id, when the answer has one. */
    readonly requestId: string | undefined;
  };
}

/** An attempt that failed: an error answer, no answer, a time limit, an abort. */
export interface MiddlewareError extends MiddlewareCall {
  /** The request as sent (secrets masked); undefined when it was never built. */
  readonly request: MaskedRequest | undefined;
  /** What the call reports (an ImagesecError; a caller's abort reason as given). */
  readonly error: unknown;
  /**
   * When the next attempt starts, in ms from now; undefined when the call ends with this error (then
   * this is the call's last hook). A call aborted during that wait gets one more onError, for the
   * same attempt, with the abort's reason and no retry. (A wait that would end past the call's
   * deadline is not taken: that failure is then the last.)
   */
  readonly retryInMs: number | undefined;
}

/**
 * Hooks into every call of a client (`middleware` client option), run in the order given. A hook
 * may be async; the call waits for it. onRequest may add headers; if it throws, the call fails with
 * that error before anything is sent. What onResponse and onError throw is ignored: they observe an
 * outcome that has already happened.
 */
export interface CallMiddleware {
  onRequest?(params: MiddlewareRequest): void | Promise<void>;
  onResponse?(params: MiddlewareResponse): void | Promise<void>;
  onError?(params: MiddlewareError): void | Promise<void>;
}
