// imagesec/opentelemetry: OpenTelemetry tracing for the clients, built on the `middleware` client
// option alone (the way users would build their own). Needs the optional peer @opentelemetry/api,
// and nothing else of OpenTelemetry: the application sets up its SDK and exporter.
import { trace, type Tracer, type TracerProvider } from '@opentelemetry/api';
import type { CallMiddleware } from './core/middleware.js';
import { CallTracer } from './opentelemetry/call-tracer.js';

/** Where {@link tracingMiddleware} gets its tracer. */
export interface TracingMiddlewareOptions {
  /** The tracer to start spans with; wins over `tracerProvider`. */
  readonly tracer?: Tracer | undefined;
  /** The provider to take the `imagesec` tracer from (default: the global one, `trace.getTracerProvider()`). */
  readonly tracerProvider?: TracerProvider | undefined;
}

/** The instrumentation scope the spans are reported under. */
const TRACER_NAME = 'imagesec';

/**
 * A middleware that traces every call of a client with OpenTelemetry: give it to the client's
 * `middleware` option (`new HssClient({ middleware: [tracingMiddleware()] })`).
 *
 * Each call is one span of kind CLIENT, a child of the span active where the call was made, from
 * its first attempt to its outcome, retries and their waits included. It is named
 * `{method} {operation}` (`POST OperateImageVul`), and carries the stable HTTP client attributes of
 * the OpenTelemetry semantic conventions (`http.request.method`, `server.address`, `server.port`,
 * `url.full` with every secret masked, `http.response.status_code`, `http.request.resend_count`
 * when retried, `error.type`), `cloud.provider` where the conventions name the vendor
 * (`alibaba_cloud`), and `imagesec.cloud`, `imagesec.operation`, `imagesec.request_id` and, for an
 * error answer, `imagesec.vendor_code`. A failed call (any status for which the client throws, 4xx
 * included) has status ERROR and the error's class name as `error.type` (`ServerError`,
 * `TimeoutError`, `AbortError` for a caller's abort). Each attempt adds an `imagesec.attempt` event:
 * its number, its status or error type, and the delay before the retry that follows it.
 *
 * Spans never hold headers, bodies, credentials or signatures. What the tracer throws is ignored:
 * tracing never changes a call's outcome.
 *
 * @param options - Where the tracer comes from (default: the global tracer provider's `imagesec` tracer).
 */
export function tracingMiddleware(options: TracingMiddlewareOptions = {}): CallMiddleware {
  const tracer = options.tracer ?? (options.tracerProvider ?? trace.getTracerProvider()).getTracer(TRACER_NAME);
  return new CallTracer(tracer);
}
