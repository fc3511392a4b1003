// Plain HTTP requests for the mock: built from a spec's own examples, and sent with fetch.
import type { ExampleObject, MediaTypeObject, OpenAPI3, ReferenceObject, RequestBodyObject } from 'openapi-typescript';
import { operationParameters, specOperations, resolveRef } from '../../scripts/spec/document.js';
import { FORM_MEDIA_TYPE, formText } from '../../src/core/call/form.js';
import type { OperationEntry } from '../../src/core/operation-types.js';

export interface PlainRequest {
  method: string;
  /** Path with its parameters filled in, e.g. `/v5/0c3b.../image/whitelists`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** JSON value to send, or a string sent as it is (a form body, or a malformed one). */
  body?: unknown;
}

export interface ExampleRequest extends PlainRequest {
  operationId: string;
  /** Name of the request-body example used, or `parameters` when the operation has no body. */
  example: string;
}

export interface PlainResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
}

function firstExample(
  doc: OpenAPI3,
  holder: { example?: unknown; examples?: Record<string, ExampleObject | ReferenceObject> },
): [string, unknown] | undefined {
  if (holder.example !== undefined) return ['example', holder.example];
  const [name, example] = Object.entries(holder.examples ?? {})[0] ?? [];
  return name === undefined || example === undefined ? undefined : [name, resolveRef(doc, example).value];
}

/**
 * Placeholder credentials for a mock: a value for every API-key header of the document's first
 * security requirement. Prism checks only that they are present.
 */
function placeholderAuth(doc: OpenAPI3): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const scheme of Object.keys(doc.security?.[0] ?? {})) {
    const definition = doc.components?.securitySchemes?.[scheme];
    if (definition === undefined) continue;
    const resolved = resolveRef(doc, definition);
    if (resolved.type === 'apiKey' && resolved.in === 'header') headers[resolved.name] = `mock-${scheme}`;
  }
  return headers;
}

/** What formText needs of an operation, read from its form body's media type (fields, repeat lists). */
function formEntry(doc: OpenAPI3, media: MediaTypeObject): Pick<OperationEntry, 'parameters' | 'repeatList'> {
  const schema = resolveRef(doc, (media.schema ?? {}) as object) as { properties?: Record<string, unknown> };
  const encoding = (media.encoding ?? {}) as Record<string, Record<string, unknown>>;
  return {
    parameters: { path: [], query: [], header: [], form: Object.keys(schema.properties ?? {}) },
    repeatList: Object.keys(encoding).filter((name) => encoding[name]?.['x-imagesec-style'] === 'repeatList'),
  };
}

/**
 * One request per request-body example of every operation, with each parameter that has an
 * example set to it and placeholder credentials added: the requests a spec itself says are valid.
 */
export function exampleRequests(doc: OpenAPI3): ExampleRequest[] {
  const requests: ExampleRequest[] = [];
  const auth = placeholderAuth(doc);
  for (const { path, method, operationId, operation, pathItem } of specOperations(doc)) {
    const base: PlainRequest = { method: method.toUpperCase(), path, query: {}, headers: { ...auth } };
    for (const p of operationParameters(doc, { operation, pathItem })) {
      const example = firstExample(doc, p);
      if (example === undefined) {
        if (p.required) throw new Error(`${operationId}: required parameter ${p.name} has no example`);
        continue;
      }
      const value = String(example[1]);
      if (p.in === 'path') base.path = base.path.replace(`{${p.name}}`, encodeURIComponent(value));
      else if (p.in === 'query') base.query[p.name] = value;
      else if (p.in === 'header') base.headers[p.name] = value;
    }
    const body = operation.requestBody && resolveRef<RequestBodyObject>(doc, operation.requestBody);
    const form = body?.content['application/x-www-form-urlencoded'];
    if (form !== undefined) {
      // A form body: its example's fields written as the SDK writes them (src/core/call/form.ts).
      const formMedia = resolveRef<MediaTypeObject>(doc, form);
      const example = firstExample(doc, formMedia);
      requests.push({
        ...base,
        headers: { ...base.headers, 'content-type': FORM_MEDIA_TYPE },
        operationId,
        example: example?.[0] ?? 'parameters',
        body: formText(formEntry(doc, formMedia), (example?.[1] ?? {}) as Record<string, unknown>),
      });
      continue;
    }
    const media = body?.content['application/json'];
    const mediaType = media && resolveRef<MediaTypeObject>(doc, media);
    const bodyExamples = mediaType ? Object.entries(mediaType.examples ?? {}) : [];
    if (mediaType?.example !== undefined) bodyExamples.unshift(['example', { value: mediaType.example as unknown }]);
    if (body?.required && bodyExamples.length === 0)
      throw new Error(`${operationId}: required request body has no example`);
    if (bodyExamples.length === 0) requests.push({ ...base, operationId, example: 'parameters' });
    for (const [name, example] of bodyExamples) {
      requests.push({ ...base, operationId, example: name, body: resolveRef(doc, example).value });
    }
  }
  return requests;
}

/** Sends a request with fetch; every call has a deadline (Prism can hang on malformed JSON). */
export async function send(baseUrl: string, request: PlainRequest, timeoutMs = 10_000): Promise<PlainResponse> {
  const url = new URL(request.path, baseUrl);
  for (const [name, value] of Object.entries(request.query)) url.searchParams.append(name, value);
  const headers = new Headers(request.headers);
  let body: string | undefined;
  if (request.body !== undefined) {
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const response = await fetch(url, {
    method: request.method,
    headers,
    ...(body === undefined ? {} : { body }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown = text === '' ? undefined : text;
  if (text !== '' && /\bjson\b/i.test(response.headers.get('content-type') ?? '')) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed };
}
