// An operation's example request as the spec gives it: each parameter's `example` (or first of its
// `examples`) and the request body's first example (a JSON body, or a form body's fields). The main
// job (`npm start`) sends these, so a new operation is run there as soon as its spec gives examples.
import type { OpenAPI3, RequestBodyObject } from 'openapi-typescript';
import { operationParameters, resolveRef, specOperations } from './document.js';

export interface ExampleRequest {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly header: Record<string, unknown>;
  /** A form body's fields (application/x-www-form-urlencoded); absent without one or an example of it. */
  readonly form?: Record<string, unknown>;
  /** Absent when the operation takes no JSON body or gives no example of one. */
  readonly body?: unknown;
}

function exampleOf(doc: OpenAPI3, holder: { example?: unknown; examples?: unknown }): unknown {
  if (holder.example !== undefined) return holder.example;
  const examples = Object.values((holder.examples as Record<string, unknown> | undefined) ?? {});
  const first = examples[0];
  return first === undefined ? undefined : (resolveRef(doc, first as object) as { value?: unknown }).value;
}

/** Throws when a required parameter has no example: the spec must give one. */
export function exampleRequest(doc: OpenAPI3, operationId: string): ExampleRequest {
  const found = specOperations(doc).find((o) => o.operationId === operationId);
  if (found === undefined) throw new Error(`no operation ${operationId}`);
  const request = {
    path: {} as Record<string, unknown>,
    query: {} as Record<string, unknown>,
    header: {} as Record<string, unknown>,
  };
  for (const parameter of operationParameters(doc, found)) {
    const value = exampleOf(doc, parameter) ?? exampleOf(doc, parameter.schema ?? {});
    if (value === undefined) {
      if (parameter.required === true)
        throw new Error(`${operationId}: required ${parameter.in} parameter ${parameter.name} has no example`);
      continue;
    }
    if (parameter.in === 'path' || parameter.in === 'query' || parameter.in === 'header')
      request[parameter.in][parameter.name] = value;
  }
  const requestBody = found.operation.requestBody && resolveRef<RequestBodyObject>(doc, found.operation.requestBody);
  const media = requestBody?.content['application/json'];
  const body = media === undefined ? undefined : exampleOf(doc, resolveRef(doc, media));
  const formMedia = requestBody?.content['application/x-www-form-urlencoded'];
  const form = formMedia === undefined ? undefined : exampleOf(doc, resolveRef(doc, formMedia));
  return {
    ...request,
    ...(form === undefined ? {} : { form: form as Record<string, unknown> }),
    ...(body === undefined ? {} : { body }),
  };
}

// Headers a client sends itself: HSS the project and the region (its own option), SAS the constant
// action headers (the operation table's constHeaders).
const CLIENT_HEADERS = new Set(['X-Project-Id', 'region']);

/**
 * A spec example as an SDK method's input: without the project id and the headers the client
 * sends; a form body's fields are top-level inputs, as query parameters are.
 */
export function sdkInput(
  example: ExampleRequest,
  constHeaders: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const { project_id: _project, ...path } = example.path;
  const header = Object.fromEntries(
    Object.entries(example.header).filter(([name]) => !CLIENT_HEADERS.has(name) && !(name in constHeaders)),
  );
  return {
    ...path,
    ...example.query,
    ...header,
    ...example.form,
    ...('body' in example ? { body: example.body } : {}),
  };
}
