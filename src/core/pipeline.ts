// A client's call pipeline, shared by both clouds: fetch the credentials for this call, build the
// redactor and signing middleware from them, and run the call under its deadline.
import type { Middleware } from 'openapi-fetch';
import { checkHeaders, runCall, type ApiResult, type CallOptions, type RawOutcome, type VendorResponses } from './call.js';
import { ValidationError } from './errors.js';
import { Redactor } from './redact.js';
import { signingMiddleware, type RequestSigner } from './sign-middleware.js';

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

export function checkTimeout(timeoutMs: unknown, where: string): number | undefined {
  if (timeoutMs === undefined) return undefined;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new ValidationError(`${where} must be a positive number of milliseconds`, [
      { path: where, message: 'must be a positive finite number' },
    ]);
  }
  return timeoutMs;
}

export async function invoke<T, C>(
  pipeline: Pipeline<C>,
  options: CallOptions,
  expectsBody: boolean,
  send: (credentials: C, init: SendInit) => Promise<RawOutcome>,
): Promise<ApiResult<T>> {
  checkHeaders(options.headers, 'options.headers');
  const timeoutMs = checkTimeout(options.timeoutMs, 'options.timeoutMs') ?? pipeline.timeoutMs;
  options.signal?.throwIfAborted();
  const credentials = await pipeline.credentials();
  const plan = {
    timeoutMs,
    signal: options.signal,
    redactor: new Redactor(pipeline.secrets(credentials)),
    vendor: pipeline.vendor,
    expectsBody,
  };
  const middleware = [signingMiddleware(pipeline.signer(credentials))];
  return runCall<T>(plan, (signal) =>
    send(credentials, { signal, headers: options.headers ?? {}, middleware, parseAs: 'text' }),
  );
}
