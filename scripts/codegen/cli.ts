// Builds generated/<spec>.cli.ts: what the imagesec CLI offers for each operation of a spec (its
// flags, help text, an example command line, the columns of its list's table), taken from the
// spec so that a flag for a parameter the spec lacks cannot exist. The CLI's help, its argument
// parsing and the docs' CLI reference all read this one table.
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { GLOBAL_FLAG_NAMES } from '../../src/cli/global-flags.js';
import type { CliOption } from '../../src/cli/operations.js';
import { operationParameters, operations, resolveRef } from '../spec/document.js';
import { shippedLayout } from './layout.js';
import { operationTable } from './operations.js';
import { tableOf } from './table.js';

type Node = Record<string, unknown>;

// Parameters the client fills from its own options, with the global flag that sets each. They get
// no flag of their own; the generator stops if one of them disappears from the spec.
const FILLED_BY_CLIENT: Record<string, Record<string, string>> = {
  'hss.yaml': { 'path project_id': 'project-id', 'header X-Project-Id': 'project-id', 'header region': 'region' },
  'sas.yaml': {},
};

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

// The shape the CLI reads (src/cli/operations.ts), built up field by field here.
type GeneratedOption = { -readonly [K in keyof CliOption]: CliOption[K] };

/** `image_type` → `image-type`, `OperateType` → `operate-type`, `X-Project-Id` → `x-project-id`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
}

/** A node with its local `$ref`s followed (the mock's resolver, for the loosely typed nodes here). */
function resolve(spec: Node, node: unknown): Node {
  return resolveRef(spec as unknown as OpenAPI3, (node ?? {}) as Node);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A JSON text of a YAML value, with integers read as bigint written exactly. */
function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `__BIGINT__${v}` : v)).replace(
    /"__BIGINT__(-?\d+)"/g,
    '$1',
  );
}

function scalarString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return String(value);
  }
  return jsonText(value);
}

/** The option a scalar schema (or an array of scalars) becomes, or undefined for anything else. */
function optionFor(
  spec: Node,
  name: string,
  where: GeneratedOption['in'],
  required: boolean,
  schemaNode: unknown,
  description: string,
): GeneratedOption | undefined {
  const schema = resolve(spec, schemaNode ?? {});
  let repeatable = false;
  let item = schema;
  if (schema.type === 'array') {
    item = resolve(spec, schema.items ?? {});
    repeatable = true;
  }
  const type = typeof item.type === 'string' && SCALARS.has(item.type) ? (item.type as CliOption['type']) : undefined;
  if (type === undefined) return undefined;
  const option: GeneratedOption = {
    flag: kebab(name),
    name,
    in: where,
    required,
    type,
    repeatable,
    json: item.contentMediaType === 'application/json',
    description: description || text(item.description) || text(schema.description),
  };
  // A secret (format: password): the CLI never echoes its value in a message.
  if (item.format === 'password' || schema.format === 'password') option.secret = true;
  if (Array.isArray(item.enum)) option.enum = item.enum.map(String);
  const fallback = scalarString(item.default ?? schema.default);
  if (fallback !== undefined) option.default = fallback;
  const example = scalarString(firstOf(item.examples) ?? firstOf(schema.examples) ?? item.example);
  if (example !== undefined) option.example = example;
  return option;
}

function firstOf(list: unknown): unknown {
  return Array.isArray(list) ? list[0] : undefined;
}

function firstExample(spec: Node, holder: Node): unknown {
  if (holder.example !== undefined) return holder.example;
  const examples = Object.values((holder.examples as Node | undefined) ?? {});
  return examples.length === 0 ? undefined : resolve(spec, examples[0]).value;
}

/** Every operation of a spec as the CLI sees it. */
export function cliOperations(specFile: string, yamlText: string): unknown[] {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  const spec = doc as unknown as Node;
  const filled = FILLED_BY_CLIENT[specFile];
  if (filled === undefined) throw new Error(`no client-filled parameter list for ${specFile}`);
  const seenFilled = new Set<string>();
  const result: unknown[] = [];
  // Method names and wire paths are the operation table's (one derivation of each).
  const table = new Map(operationTable(yamlText).map((entry) => [entry.operationId, entry]));

  for (const found of operations(doc)) {
    const { operationId } = found;
    const entry = table.get(operationId);
    if (entry === undefined) throw new Error(`${operationId} is missing from the operation table`);
    const operation = found.operation as Node;
    const options: GeneratedOption[] = [];
    const clientFilled: { flag: string; in: string; name: string; required: boolean }[] = [];
    const example: string[] = [];

    for (const parameter of operationParameters(doc, found) as unknown as Node[]) {
      const name = String(parameter.name);
      const where = String(parameter.in);
      const key = `${where} ${name}`;
      const schema = resolve(spec, parameter.schema ?? {});
      if (filled[key] !== undefined) {
        seenFilled.add(key);
        clientFilled.push({ flag: filled[key], in: where, name, required: parameter.required === true });
        const value = scalarString(firstExample(spec, parameter));
        if (parameter.required === true && value !== undefined && !example.includes(`--${filled[key]}`)) {
          example.push(`--${filled[key]}`, value);
        }
        continue;
      }
      // A constant (SAS x-acs-action/x-acs-version) is the client's business.
      if (schema.const !== undefined) continue;
      if (where !== 'query' && where !== 'header' && where !== 'path')
        throw new Error(`${operationId}: no flag for ${where} parameter ${name}`);
      const option = optionFor(spec, name, where, parameter.required === true, schema, text(parameter.description));
      if (option === undefined) throw new Error(`${operationId}: parameter ${name} is not a scalar`);
      options.push(option);
      const value = scalarString(firstExample(spec, parameter)) ?? option.example;
      if (value !== undefined) option.example = value;
      // The example command line names what matters: no parameter set to its default.
      // A boolean flag takes no value: `--flag` for true, `--no-flag` for false.
      if (value !== undefined && value !== option.default) {
        if (option.type === 'boolean' && !option.repeatable)
          example.push(value === 'true' ? `--${option.flag}` : `--no-${option.flag}`);
        else example.push(`--${option.flag}`, value);
      }
    }

    let body: { required: boolean; description: string } | undefined;
    const requestBody = operation.requestBody === undefined ? undefined : resolve(spec, operation.requestBody);
    // A form body's fields are flags like the query parameters (each its own; no --body).
    const form = (requestBody?.content as Node | undefined)?.['application/x-www-form-urlencoded'] as Node | undefined;
    if (form !== undefined) {
      const schema = resolve(spec, form.schema ?? {});
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const formExample = firstExample(spec, form) as Node | undefined;
      for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
        // The field's own description: for a list it says what the list is, its items only what one is.
        const own = text(resolve(spec, property).description);
        const option = optionFor(spec, name, 'form', required.has(name), property, own);
        if (option === undefined)
          throw new Error(`${operationId}: form field ${name} is not a scalar or a list of them`);
        options.push(option);
        const given = formExample?.[name];
        const values = given === undefined ? [] : Array.isArray(given) ? given : [given];
        const shown = values.map((v) => scalarString(v)).filter((v): v is string => v !== undefined);
        if (shown[0] !== undefined) option.example = shown[0];
        if (shown.length === 0 || (!option.repeatable && shown[0] === option.default)) continue;
        if (option.type === 'boolean' && !option.repeatable)
          example.push(shown[0] === 'true' ? `--${option.flag}` : `--no-${option.flag}`);
        else for (const value of shown) example.push(`--${option.flag}`, value);
      }
    }
    const media = (requestBody?.content as Node | undefined)?.['application/json'] as Node | undefined;
    if (requestBody !== undefined && media !== undefined) {
      const schema = resolve(spec, media.schema ?? {});
      body = {
        required: requestBody.required === true,
        description: text(requestBody.description) || text(schema.description),
      };
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
        const option = optionFor(spec, name, 'body', required.has(name), property, '');
        if (option !== undefined) options.push(option);
      }
      const bodyExample = firstExample(spec, media);
      if (bodyExample !== undefined) example.push('--body', jsonText(bodyExample));
    }

    const flags = new Set<string>();
    for (const option of options) {
      if (GLOBAL_FLAG_NAMES.includes(option.flag))
        throw new Error(`${operationId}: --${option.flag} (${option.in} ${option.name}) collides with a global flag`);
      if (flags.has(option.flag)) throw new Error(`${operationId}: two fields would both be --${option.flag}`);
      flags.add(option.flag);
    }

    result.push({
      operationId,
      command: kebab(operationId),
      method: entry.method,
      httpMethod: entry.httpMethod,
      path: entry.path,
      summary: text(operation.summary),
      description: text(operation.description),
      options,
      clientFilled,
      body,
      example,
      // The columns `--output table` shows of the answer's list (x-imagesec-table), or null.
      table: tableOf(doc, operationId, operation),
    });
  }
  for (const key of Object.keys(filled)) {
    if (!seenFilled.has(key)) throw new Error(`${specFile}: the client fills ${key}, which no operation has`);
  }
  return result;
}

/** The TypeScript module for one spec, laid out as `layout` says (by default generated/'s). */
export function renderCli(specFile: string, yamlText: string, layout = shippedLayout(specFile)): string {
  const operations = cliOperations(specFile, yamlText);
  return [
    `// Generated from ${layout.source} by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by`,
    '// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:',
    '// flags for the query/header parameters, form fields and scalar body fields, help text and an example.',
    '',
    `export const operations = ${JSON.stringify(operations, null, 2)} as const;`,
    '',
  ].join('\n');
}
