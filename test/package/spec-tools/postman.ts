// Postman's importer, openapi-to-postmanv2, with default options: through the v2 interface, as its
// own CLI runs it (`openapi2postmanv2 -s <file>`), or through v1 (`convert()`, the example of its
// README). What each request of the collection would send.
import { createRequire } from 'node:module';
import Converter from 'openapi-to-postmanv2';
import type { MediaTypeObject, ParameterObject, RequestBodyObject } from 'openapi-typescript';
import { operationParameters, resolveRef, type SpecOperation } from '../../../scripts/spec/document.js';
import { pathFragment, wirePath } from '../../../scripts/spec/document.js';
import type { ShippedDocument } from './documents.js';

interface KeyValue {
  readonly key: string;
  readonly value?: string;
}

export interface PostmanUrl {
  readonly host?: readonly string[];
  readonly path?: readonly string[];
  readonly query?: readonly KeyValue[];
  readonly variable?: readonly KeyValue[];
  readonly hash?: string;
}

export interface PostmanRequest {
  readonly name: string;
  readonly method: string;
  readonly url: PostmanUrl;
  readonly header?: readonly KeyValue[];
  readonly body?: { readonly mode?: string; readonly raw?: string; readonly urlencoded?: readonly KeyValue[] };
}

export interface PostmanCollection {
  /** The collection's variables (`baseUrl`, server variables). */
  readonly variables: Readonly<Record<string, string | undefined>>;
  readonly requests: readonly PostmanRequest[];
}

interface CollectionItem {
  readonly name: string;
  readonly request?: Omit<PostmanRequest, 'name'>;
  readonly item?: readonly CollectionItem[];
}

// The Url class of the collection SDK the converter itself uses (its own dependency): how Postman
// turns a request's URL into the path and query it sends.
const converterRequire = createRequire(createRequire(import.meta.url).resolve('openapi-to-postmanv2'));
const { Url } = converterRequire('postman-collection') as {
  Url: new (definition: PostmanUrl) => { getPathWithQuery(): string; toString(): string };
};

function requestsOf(items: readonly CollectionItem[]): PostmanRequest[] {
  return items.flatMap((item) =>
    item.request === undefined ? requestsOf(item.item ?? []) : [{ ...item.request, name: item.name }],
  );
}

/** The converter's interfaces: v1 fills a parameter's value only from its `default`, v2 also from `enum`. */
export type PostmanInterface = 'v1' | 'v2';

export async function convertToPostman(
  document: ShippedDocument,
  version: PostmanInterface,
): Promise<PostmanCollection> {
  const convert = version === 'v1' ? Converter.convert : Converter.convertV2;
  const result = await new Promise<{ result: boolean; reason?: string; output?: { data: unknown }[] }>(
    (resolve, reject) => {
      convert({ type: 'string', data: document.text }, {}, (error, converted) =>
        error ? reject(error instanceof Error ? error : new Error(JSON.stringify(error))) : resolve(converted as never),
      );
    },
  );
  if (!result.result) throw new Error(`openapi-to-postmanv2 refused ${document.name}: ${result.reason}`);
  const collection = result.output?.[0]?.data as { item: CollectionItem[]; variable?: KeyValue[] };
  return {
    variables: Object.fromEntries((collection.variable ?? []).map(({ key, value }) => [key, value])),
    requests: requestsOf(collection.item),
  };
}

/** What Postman sends as the request target: the path and the query, never the fragment. */
export function sentPathAndQuery(url: PostmanUrl): string {
  return new Url(url).getPathWithQuery();
}

/** The URL as Postman shows it, e.g. `{{baseUrl}}/?Type=<string>#DescribeImageVulList`. */
export function shownUrl(url: PostmanUrl): string {
  return new Url(url).toString();
}

/** The first server's URL with its `{variables}` as Postman's `{{variables}}`. */
function expectedBaseUrl(document: ShippedDocument): string | undefined {
  return document.doc.servers?.[0]?.url.replace(/\{(\w+)\}/g, '{{$1}}');
}

/** The distinct keys, sorted (a list field comes once per item: `Name`, `Name`). */
function keys(list: readonly KeyValue[] | undefined): string[] {
  return [...new Set((list ?? []).map((entry) => entry.key))].sort();
}

/** A header parameter's one allowed value (`const`, or an enum of one), if it has one. */
function fixedValue(document: ShippedDocument, parameter: ParameterObject): string | undefined {
  if (parameter.schema === undefined) return undefined;
  const schema = resolveRef(document.doc, parameter.schema) as { const?: unknown; enum?: unknown[] };
  const fixed = schema.const ?? (schema.enum?.length === 1 ? schema.enum[0] : undefined);
  return typeof fixed === 'string' ? fixed : fixed === undefined ? undefined : JSON.stringify(fixed);
}

/** The request body's media type and its form fields (for a form body), as the spec gives them. */
function specBody(document: ShippedDocument, operation: SpecOperation): { type?: string; fields?: string[] } {
  if (operation.operation.requestBody === undefined) return {};
  const body = resolveRef<RequestBodyObject>(document.doc, operation.operation.requestBody);
  const [type, media] = Object.entries(body.content)[0] ?? [];
  if (type !== 'application/x-www-form-urlencoded' || media === undefined) return { ...(type && { type }) };
  const schema = resolveRef(
    document.doc,
    (resolveRef<MediaTypeObject>(document.doc, media).schema ?? {}) as object,
  ) as {
    properties?: Record<string, unknown>;
  };
  return { type, fields: Object.keys(schema.properties ?? {}).sort() };
}

/**
 * How the request Postman made for `operation` differs from the spec: method, URL (host variable,
 * path, path variables, query keys, fragment), header parameters (those with one allowed value
 * carry it), content type and form fields. Empty when it matches.
 */
export function requestProblems(
  document: ShippedDocument,
  collection: PostmanCollection,
  operation: SpecOperation,
  request: PostmanRequest,
): string[] {
  const problems: string[] = [];
  const compare = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      problems.push(`${what}: ${JSON.stringify(actual)}, spec: ${JSON.stringify(expected)}`);
  };
  const parameters = operationParameters(document.doc, operation);
  const named = (location: string) => parameters.filter((p) => p.in === location);

  compare('method', request.method, operation.method.toUpperCase());
  compare('host', request.url.host, ['{{baseUrl}}']);
  compare('baseUrl', collection.variables['baseUrl'], expectedBaseUrl(document));
  const segments = wirePath(operation.path)
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/^\{(\w+)\}$/, ':$1'));
  compare('path', request.url.path, segments);
  // v1 also lists the server's variables among a request's, each set to the collection's own.
  const serverVariables = Object.keys(document.doc.servers?.[0]?.variables ?? {});
  const pathVariables = (request.url.variable ?? []).filter(
    (v) => !(serverVariables.includes(v.key) && v.value === `{{${v.key}}}`),
  );
  compare(
    'path variables',
    keys(pathVariables),
    named('path')
      .map((p) => p.name)
      .sort(),
  );
  compare(
    'query',
    keys(request.url.query),
    named('query')
      .map((p) => p.name)
      .sort(),
  );
  compare('fragment', request.url.hash, pathFragment(operation.path));

  const headers = new Map((request.header ?? []).map((h) => [h.key.toLowerCase(), h.value]));
  for (const parameter of named('header')) {
    const value = headers.get(parameter.name.toLowerCase());
    if (value === undefined) problems.push(`header ${parameter.name}: missing`);
    const fixed = fixedValue(document, parameter);
    if (fixed !== undefined && value !== undefined) compare(`header ${parameter.name}`, value, fixed);
  }
  const body = specBody(document, operation);
  compare('content-type', headers.get('content-type'), body.type);
  if (body.fields !== undefined) compare('form fields', keys(request.body?.urlencoded), body.fields);
  return problems;
}
