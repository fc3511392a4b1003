// The strict mock's check of a scripted answer: could the real API give it? The answer's status
// must be one the operation documents, and its body must match that response's schema in the
// shipped spec (JSON Schema 2020-12, checked by Ajv) and name no field the schema does not
// document (a misspelt field would otherwise pass as an undocumented one and never be read).
//
// Prism does not do this for the mock: its mock mode only answers from the spec, and it checks
// answers against the spec only when proxying a real server (`prism proxy`), through a validator
// its package does not export. So the check uses what Prism uses: its own Ajv and YAML parser,
// loaded from Prism's dependencies (mock/prism.ts prismRequire), which the mock needs installed
// anyway. imagesec itself depends on neither, and nothing here is bundled into the SDK.
import { readFileSync } from 'node:fs';
import { prismRequire } from '../mock/prism.js';
import { specPath } from '../mock/specs.js';

/** What of Ajv's API is used here (typed locally: Ajv is Prism's dependency, not imagesec's). */
interface AjvIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string | undefined;
  readonly params: Readonly<Record<string, unknown>>;
}
type AjvValidate = ((value: unknown) => boolean) & { errors?: AjvIssue[] | null };
type AjvFormat = ((text: string) => boolean) | { type: 'number'; validate: (value: number) => boolean };
interface Ajv {
  addSchema(schema: object, key: string): Ajv;
  addFormat(name: string, format: AjvFormat): Ajv;
  getSchema(key: string): AjvValidate | undefined;
}
type AjvConstructor = new (options: Record<string, unknown>) => Ajv;

type Node = Readonly<Record<string, unknown>>;

interface LoadedSpec {
  readonly doc: Node;
  readonly ajv: Ajv;
  /** Each operation's JSON pointer in the document and its object, by operation id. */
  readonly operations: ReadonlyMap<string, { readonly pointer: string; readonly operation: Node }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const INT32 = 2 ** 31;

// The formats the specs use, as the codegen reads them (scripts/codegen/validators.ts).
const FORMATS: Readonly<Record<string, AjvFormat>> = {
  int32: { type: 'number', validate: (n) => Number.isInteger(n) && n >= -INT32 && n < INT32 },
  int64: { type: 'number', validate: (n) => Number.isInteger(n) },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  'date-time': (s) => /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s),
  date: (s) => /^\d{4}-\d{2}-\d{2}$/.test(s),
  uri: (s) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(s),
};

// By cloud id.
const loaded = new Map<string, LoadedSpec>();

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The node a local JSON pointer (`#/components/...`) names, or undefined. */
function at(doc: Node, pointer: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    node = isNode(node) ? node[raw.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
  }
  return node;
}

/** `node` with its local `$ref`s followed, and the pointer of what it ends at. */
function follow(doc: Node, node: unknown, pointer: string): { node: unknown; pointer: string } {
  for (let hops = 0; isNode(node) && typeof node.$ref === 'string' && hops < 32; hops++) {
    pointer = node.$ref;
    node = at(doc, pointer);
  }
  return { node, pointer };
}

function load(cloud: string): LoadedSpec {
  const cached = loaded.get(cloud);
  if (cached !== undefined) return cached;
  const require = prismRequire();
  const { parse } = require('@stoplight/yaml') as { parse: (text: string) => unknown };
  const exported = require('ajv/dist/2020') as AjvConstructor & { default?: AjvConstructor };
  const Ajv2020 = exported.default ?? exported;
  const doc = parse(readFileSync(specPath(cloud), 'utf8'));
  if (!isNode(doc)) throw new Error(`openapi/${cloud}.yaml is not an OpenAPI document`);
  // The whole document is one schema so that its $refs resolve; OpenAPI's own keywords are not
  // JSON Schema's, hence not strict.
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(doc, cloud);
  const operations = new Map<string, { pointer: string; operation: Node }>();
  const paths = isNode(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isNode(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (isNode(operation) && typeof operation.operationId === 'string') {
        operations.set(operation.operationId, { pointer: `#/paths/${escapePointer(path)}/${method}`, operation });
      }
    }
  }
  const spec = { doc, ajv, operations };
  loaded.set(cloud, spec);
  return spec;
}

/** One documented response of an operation, and how a body is checked against it. */
export interface DocumentedResponse {
  /** Whether it has a (JSON) body. */
  readonly hasBody: boolean;
  /** What is wrong with `body` (already plain JSON data) as this response's body; empty: nothing. */
  problems(body: unknown): string[];
}

/** `body.data_list[0].scan_status` for Ajv's `/data_list/0/scan_status`. */
function where(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`), 'body');
}

function described(issue: AjvIssue): string {
  const detail =
    issue.keyword === 'enum' && Array.isArray(issue.params.allowedValues)
      ? ` (${issue.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
      : '';
  return `${where(issue.instancePath)} ${issue.message ?? `fails ${issue.keyword}`}${detail}`;
}

/** Fields of `value` that its schema does not document, where the schema lists its fields. */
function undocumented(doc: Node, schema: unknown, value: unknown, path: string, out: string[]): void {
  const { node } = follow(doc, schema, '');
  if (!isNode(node)) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => undocumented(doc, node.items, item, `${path}[${i}]`, out));
    return;
  }
  // Combinations are Ajv's to judge; an object without `properties` is a free-form one.
  if (!isNode(value) || node.allOf !== undefined || node.anyOf !== undefined || node.oneOf !== undefined) return;
  const properties = isNode(node.properties) ? node.properties : undefined;
  for (const [key, item] of Object.entries(value)) {
    const inner = `${path}.${key}`;
    if (properties !== undefined && Object.hasOwn(properties, key))
      undocumented(doc, properties[key], item, inner, out);
    else if (isNode(node.additionalProperties)) undocumented(doc, node.additionalProperties, item, inner, out);
    else if (properties !== undefined && node.additionalProperties === undefined) {
      out.push(`${inner} is not a field this response documents`);
    }
  }
}

/**
 * The response `operationId` documents for `status` (that code, else its `4XX`-style range, else
 * `default`), or undefined when it documents none. Throws when Prism (and with it Ajv) is missing.
 */
export function documentedResponse(cloud: string, operationId: string, status: number): DocumentedResponse | undefined {
  const { doc, ajv, operations } = load(cloud);
  const found = operations.get(operationId);
  if (found === undefined) return undefined;
  const responses = isNode(found.operation.responses) ? found.operation.responses : {};
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => Object.hasOwn(responses, k));
  if (key === undefined) return undefined;
  const response = follow(doc, responses[key], `${found.pointer}/responses/${escapePointer(key)}`);
  const content = isNode(response.node) && isNode(response.node.content) ? response.node.content : undefined;
  const json = content?.['application/json'];
  if (!isNode(json) || json.schema === undefined) {
    return { hasBody: false, problems: (body) => (body === undefined ? [] : ['body: this response has none']) };
  }
  const schemaPointer = `${response.pointer}/content/application~1json/schema`;
  return {
    hasBody: true,
    problems(body) {
      const validate = ajv.getSchema(`${cloud}${schemaPointer}`);
      if (validate === undefined) throw new Error(`openapi/${cloud}.yaml has no schema at ${schemaPointer}`);
      const found = validate(body) ? [] : (validate.errors ?? []).map(described);
      undocumented(doc, json.schema, body, 'body', found);
      return found;
    },
  };
}

/** The statuses `operationId` documents (for messages). */
export function documentedStatuses(cloud: string, operationId: string): string[] {
  const { operations } = load(cloud);
  const responses = operations.get(operationId)?.operation.responses;
  return isNode(responses) ? Object.keys(responses) : [];
}
