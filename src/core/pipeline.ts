// A client's call pipeline, shared by both clouds: check the per-call options, then under the call's
// deadline fetch the credentials, build the redactor and signing middleware from them, send, and
// turn the outcome into a result or one typed error.
import type { Middleware } from 'openapi-fetch';
import { abortable, checkTimeout, withDeadline } from './deadline.js';
import { ConnectionError, ImagesecError, ValidationError } from './errors.js';
import { checkHeaders } from './headers.js';
import { resultOf, type ApiResult, type RawOutcome, type VendorResponses } from './outcome.js';
import { Redactor } from './redact.js';
import { signingMiddleware, type RequestSigner } from './sign-middleware.js';
import { TransportFailure } from './transport.js';

/** Options every operation accepts, per call. */
export interface CallOptions {
  /** Aborts the call; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Time allowed for this call, credentials included (overrides the client's `timeoutMs`). */
  readonly timeoutMs?: number | undefined;
  /** Extra request headers (printable ASCII; signed like the others where the vendor's scheme signs them). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

export interface Pipeline<C> {
  readonly credentials: () => Promise<C>;
  /** Every secret value in the credentials, masked wherever text reaches the user. */
  readonly secrets: (credentials: C) => Iterable<string | undefined>;
  readonly signer: (credentials: C) => RequestSigner;
  readonly vendor: VendorResponses;
  readonly timeoutMs: number;
}

/** What a client method spreads into its openapi-fetch call. */
export interface SendInit {
  readonly signal: AbortSignal;
  readonly headers: Readonly<Record<string, string>>;
  readonly middleware: Middleware[];
  readonly parseAs: 'text';
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * One call. `send` builds and sends the request with openapi-fetch (whose fetch is wrapped by
 * taggedFetch): a TransportFailure is a ConnectionError, an ImagesecError passes through, and any
 * other error was raised while building the request from the caller's input, so ValidationError.
 */
export async function invoke<T, C>(
  pipeline: Pipeline<C>,
  options: CallOptions,
  expectsBody: boolean,
  send: (credentials: C, init: SendInit) => Promise<RawOutcome>,
): Promise<ApiResult<T>> {
  checkHeaders(options.headers, 'options.headers');
  const timeoutMs = checkTimeout(options.timeoutMs, 'options.timeoutMs') ?? pipeline.timeoutMs;
  return withDeadline(timeoutMs, options.signal, async (signal) => {
    const credentials = await abortable(pipeline.credentials(), signal);
    const redactor = new Redactor(pipeline.secrets(credentials));
    const middleware = [signingMiddleware(pipeline.signer(credentials))];
    let outcome: RawOutcome;
    try {
      outcome = await send(credentials, { signal, headers: options.headers ?? {}, middleware, parseAs: 'text' });
    } catch (error) {
      if (signal.aborted || error instanceof ImagesecError) throw error;
      if (error instanceof TransportFailure) {
        const cause = redactor.error(error.cause);
        const detail = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
        throw new ConnectionError(`request failed: ${cause.message}${detail}`, { cause });
      }
      const message = redactor.text(error instanceof Error ? error.message : String(error));
      throw new ValidationError(`the request could not be built: ${message}`, [{ path: '', message }]);
    }
    return resultOf<T>(outcome, { redactor, vendor: pipeline.vendor, expectsBody });
  });
}
