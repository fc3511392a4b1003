// Builds generated/<spec>.operations.ts: what the SDK needs to know about each operation of a spec,
// as data: method and path, which parameters go where, the constant headers, the query parameters
// that carry JSON text, whether a success has a JSON body, whether a request with an unknown
// outcome may be sent again (x-imagesec-safe-to-repeat, with its reason) and the result fields to
// lift (x-imagesec-lift). The clients, the retry policy and the CLI read this one table.
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { operations, resolveRef } from '../spec/document.js';

type Node = Record<string, unknown>;

export interface OperationEntry {
  readonly operationId: string;
  /** The SDK method: the operation id in camelCase. */
  readonly method: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly parameters: { readonly path: string[]; readonly query: string[]; readonly header: string[] };
  /** Header parameters with a `const` (SAS x-acs-action, x-acs-version): the client sends them. */
  readonly constHeaders: Record<string, string>;
  /** Query parameters whose value is JSON text (contentMediaType application/json), with the
   * component schema of the decoded value (contentSchema) when it names one. */
  readonly jsonQuery: Record<string, string | null>;
  /** `emptyDefault`: no field of the body is required, so `{}` is sent when the call gives none. */
  readonly body: { readonly required: boolean; readonly emptyDefault: boolean } | null;
  /** A 2xx answer documents a JSON body. */
  readonly responseBody: boolean;
  readonly safeToRepeat: boolean;
  readonly safeToRepeatReason: string;
  /** Changes nothing: a GET or HEAD, or an operation marked x-imagesec-read-only (a POST that only reads). */
  readonly readOnly: boolean;
  /** SDK result field → field of the response body, lifted to the top of the result. */
  readonly lift: Record<string, string>;
}

function resolve(doc: OpenAPI3, node: unknown): Node {
  return resolveRef(doc, (node ?? {}) as Node);
}

function repeatSafety(operationId: string, value: unknown): { safe: boolean; reason: string } {
  const node = value as { safe?: unknown; reason?: unknown } | undefined;
  if (typeof node?.safe !== 'boolean' || typeof node.reason !== 'string' || node.reason.trim() === '') {
    throw new Error(`${operationId}: x-imagesec-safe-to-repeat needs safe (true/false) and a reason`);
  }
  return { safe: node.safe, reason: node.reason.trim().replace(/\s+/g, ' ') };
}

function lift(operationId: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null)
    throw new Error(`${operationId}: x-imagesec-lift maps result names to body fields`);
  const entries = Object.entries(value as Node);
  for (const [name, field] of entries) {
    if (typeof field !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name))
      throw new Error(`${operationId}: x-imagesec-lift ${name} is not a name → field`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** Whether the JSON body's schema requires no field (then `{}` is a whole body). */
function emptyDefault(doc: OpenAPI3, requestBody: Node): boolean {
  const media = (requestBody.content as Node | undefined)?.['application/json'] as Node | undefined;
  const schema = resolve(doc, media?.schema);
  return schema.type === 'object' && ((schema.required as unknown[] | undefined) ?? []).length === 0;
}

export function operationTable(yamlText: string): OperationEntry[] {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  return operations(doc).map(({ path, method, operationId, operation: raw, pathItem }) => {
    const operation = raw as Node;
    const own = ((operation.parameters as unknown[] | undefined) ?? []).map((p) => resolve(doc, p));
    const shared = (((pathItem as Node).parameters as unknown[] | undefined) ?? [])
      .map((p) => resolve(doc, p))
      .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
    const parameters = { path: [] as string[], query: [] as string[], header: [] as string[] };
    const constHeaders: Record<string, string> = {};
    const jsonQuery: Record<string, string | null> = {};
    for (const parameter of [...shared, ...own]) {
      const name = String(parameter.name);
      const where = String(parameter.in) as 'path' | 'query' | 'header';
      if (!(where in parameters)) throw new Error(`${operationId}: ${where} parameters are not supported`);
      const schema = resolve(doc, parameter.schema);
      if (where === 'header' && typeof schema.const === 'string') constHeaders[name] = schema.const;
      else parameters[where].push(name);
      if (where === 'query' && schema.contentMediaType === 'application/json') {
        const ref = (schema.contentSchema as { $ref?: unknown } | undefined)?.$ref;
        jsonQuery[name] =
          typeof ref === 'string' && ref.startsWith('#/components/schemas/')
            ? ref.slice('#/components/schemas/'.length)
            : null;
      }
    }
    const requestBody = operation.requestBody === undefined ? undefined : resolve(doc, operation.requestBody);
    const responses = Object.entries((operation.responses as Node | undefined) ?? {});
    const responseBody = responses.some(([status, response]) => {
      if (!/^2\d\d$/.test(status)) return false;
      const content = resolve(doc, response).content as Node | undefined;
      return content?.['application/json'] !== undefined;
    });
    const safety = repeatSafety(operationId, operation['x-imagesec-safe-to-repeat']);
    return {
      operationId,
      method: operationId.charAt(0).toLowerCase() + operationId.slice(1),
      httpMethod: method.toUpperCase(),
      path,
      parameters,
      constHeaders,
      jsonQuery,
      body:
        requestBody === undefined
          ? null
          : { required: requestBody.required === true, emptyDefault: emptyDefault(doc, requestBody) },
      responseBody,
      safeToRepeat: safety.safe,
      safeToRepeatReason: safety.reason,
      readOnly: method === 'get' || method === 'head' || operation['x-imagesec-read-only'] === true,
      lift: lift(operationId, operation['x-imagesec-lift']),
    };
  });
}

/** The TypeScript module for one spec. */
export function renderOperations(specFile: string, yamlText: string): string {
  const table = Object.fromEntries(operationTable(yamlText).map((entry) => [entry.operationId, entry]));
  return [
    `// Generated from openapi/${specFile} by scripts/generate.ts (scripts/codegen/operations.ts). Do not`,
    '// edit by hand: change the spec, then run `npm run generate`. What the SDK knows of each operation.',
    '',
    `export const operations = ${JSON.stringify(table, null, 2)} as const;`,
    '',
  ].join('\n');
}
