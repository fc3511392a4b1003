// Builds generated/<spec>.cli.ts: what the imagesec CLI offers for each operation of a spec (its
// flags, help text, an example command line, the columns of its list's table), taken from the
// spec so that a flag for a parameter the spec lacks cannot exist. The CLI's help, its argument
// parsing and the docs' CLI reference all read this one table.
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { GLOBAL_FLAG_NAMES } from '../../src/cli/global-flags.js';
import type { ClientFilled, CommandEntry, CommandOption } from '../../src/core/command-table.js';
import { operationParameters, specOperations, resolveRef, type SpecOperation } from '../spec/document.js';
import { shippedLayout } from './layout.js';
import { operationTable, type OperationEntry } from './operations.js';
import { tableOf } from './table.js';

type Node = Record<string, unknown>;

// A parameter the client fills from one of its settings says so in the spec: the setting's name
// (`projectId`, `region`), whose global flag (`--project-id`, `--region`) sets it. It gets no flag of
// its own, and --skeleton shows it as null.
const CLIENT_SETTING = 'x-imagesec-client-setting';

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

// The shape the CLI reads (src/core/command-table.ts), built up field by field here.
type GeneratedOption = { -readonly [K in keyof CommandOption]: CommandOption[K] };

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
  const type =
    typeof item.type === 'string' && SCALARS.has(item.type) ? (item.type as CommandOption['type']) : undefined;
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

/** A command as generated: the CLI's entry (src/core/command-table.ts), built up field by field here. */
interface GeneratedCommand extends Omit<CommandEntry, 'options' | 'clientFilled' | 'example'> {
  readonly options: GeneratedOption[];
  readonly clientFilled: ClientFilled[];
  readonly example: string[];
}

/** What an operation's inputs add to its command: flags, client-filled parameters, example arguments. */
interface Inputs {
  readonly options: GeneratedOption[];
  readonly clientFilled: ClientFilled[];
  readonly example: string[];
}

/**
 * The global flag of the client setting that fills this parameter (the spec's
 * x-imagesec-client-setting, e.g. `projectId` → `--project-id`), or undefined when the caller gives it.
 */
function clientSettingFlag(operationId: string, parameter: Node): string | undefined {
  const setting = parameter[CLIENT_SETTING];
  if (setting === undefined) return undefined;
  const flag = typeof setting === 'string' ? kebab(setting) : '';
  if (!GLOBAL_FLAG_NAMES.includes(flag)) {
    throw new Error(
      `${operationId}: ${CLIENT_SETTING} of ${String(parameter.in)} ${String(parameter.name)} names no client setting with a global flag`,
    );
  }
  return flag;
}

/** The example's arguments for one value of a flag: a boolean's are `--flag` (true) or `--no-flag` (false). */
function exampleArguments(option: GeneratedOption, value: string): string[] {
  if (option.type === 'boolean' && !option.repeatable)
    return [value === 'true' ? `--${option.flag}` : `--no-${option.flag}`];
  return [`--${option.flag}`, value];
}

/** A parameter the client fills: no flag of its own; a required one's example sets its global flag, once. */
function addClientFilled(spec: Node, inputs: Inputs, parameter: Node, flag: string): void {
  const required = parameter.required === true;
  inputs.clientFilled.push({ flag, in: String(parameter.in), name: String(parameter.name), required });
  const value = scalarString(firstExample(spec, parameter));
  if (required && value !== undefined && !inputs.example.includes(`--${flag}`)) inputs.example.push(`--${flag}`, value);
}

/**
 * A path, query or header parameter as a flag of its own; a constant (SAS x-acs-action/x-acs-version)
 * is the client's business.
 */
function addParameter(spec: Node, operationId: string, inputs: Inputs, parameter: Node): void {
  const name = String(parameter.name);
  const where = String(parameter.in);
  const schema = resolve(spec, parameter.schema ?? {});
  if (schema.const !== undefined) return;
  if (where !== 'query' && where !== 'header' && where !== 'path')
    throw new Error(`${operationId}: no flag for ${where} parameter ${name}`);
  const option = optionFor(spec, name, where, parameter.required === true, schema, text(parameter.description));
  if (option === undefined) throw new Error(`${operationId}: parameter ${name} is not a scalar`);
  inputs.options.push(option);
  const value = scalarString(firstExample(spec, parameter)) ?? option.example;
  if (value !== undefined) option.example = value;
  // The example command line names what matters: no parameter set to its default.
  if (value !== undefined && value !== option.default) inputs.example.push(...exampleArguments(option, value));
}

/** A form body's fields as flags, like the query parameters (each its own; no --body). */
function addFormFields(spec: Node, operationId: string, inputs: Inputs, form: Node): void {
  const schema = resolve(spec, form.schema ?? {});
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const formExample = firstExample(spec, form) as Node | undefined;
  for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
    // The field's own description: for a list it says what the list is, its items only what one is.
    const own = text(resolve(spec, property).description);
    const option = optionFor(spec, name, 'form', required.has(name), property, own);
    if (option === undefined) throw new Error(`${operationId}: form field ${name} is not a scalar or a list of them`);
    inputs.options.push(option);
    const given = formExample?.[name];
    const values = given === undefined ? [] : Array.isArray(given) ? given : [given];
    const shown = values.map((v) => scalarString(v)).filter((v): v is string => v !== undefined);
    if (shown[0] !== undefined) option.example = shown[0];
    if (shown.length === 0 || (!option.repeatable && shown[0] === option.default)) continue;
    // A list's every value; a single boolean's first only (a flag or its negation).
    const used = option.type === 'boolean' && !option.repeatable ? shown.slice(0, 1) : shown;
    for (const value of used) inputs.example.push(...exampleArguments(option, value));
  }
}

/** A JSON body: `--body`, plus a flag per scalar top-level field; what the help says of the body. */
function addJsonBody(spec: Node, inputs: Inputs, requestBody: Node, media: Node): NonNullable<CommandEntry['body']> {
  const schema = resolve(spec, media.schema ?? {});
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const [name, property] of Object.entries((schema.properties as Node | undefined) ?? {})) {
    const option = optionFor(spec, name, 'body', required.has(name), property, '');
    if (option !== undefined) inputs.options.push(option);
  }
  const bodyExample = firstExample(spec, media);
  if (bodyExample !== undefined) inputs.example.push('--body', jsonText(bodyExample));
  return {
    required: requestBody.required === true,
    description: text(requestBody.description) || text(schema.description),
  };
}

/** Stops on a flag that would be a global flag, or that two fields would share. */
function checkFlags(operationId: string, options: readonly GeneratedOption[]): void {
  const flags = new Set<string>();
  for (const option of options) {
    if (GLOBAL_FLAG_NAMES.includes(option.flag))
      throw new Error(`${operationId}: --${option.flag} (${option.in} ${option.name}) collides with a global flag`);
    if (flags.has(option.flag)) throw new Error(`${operationId}: two fields would both be --${option.flag}`);
    flags.add(option.flag);
  }
}

/** One operation as a command: its flags (parameters, then form fields, then body fields), help and example. */
function command(doc: OpenAPI3, found: SpecOperation, entry: OperationEntry): GeneratedCommand {
  const spec = doc as unknown as Node;
  const { operationId } = found;
  const operation = found.operation as Node;
  const inputs: Inputs = { options: [], clientFilled: [], example: [] };
  for (const parameter of operationParameters(doc, found) as unknown as Node[]) {
    const flag = clientSettingFlag(operationId, parameter);
    if (flag === undefined) addParameter(spec, operationId, inputs, parameter);
    else addClientFilled(spec, inputs, parameter, flag);
  }
  const requestBody = operation.requestBody === undefined ? undefined : resolve(spec, operation.requestBody);
  const content = requestBody?.content as Node | undefined;
  const form = content?.['application/x-www-form-urlencoded'] as Node | undefined;
  if (form !== undefined) addFormFields(spec, operationId, inputs, form);
  const media = content?.['application/json'] as Node | undefined;
  const body =
    requestBody === undefined || media === undefined ? undefined : addJsonBody(spec, inputs, requestBody, media);
  checkFlags(operationId, inputs.options);
  return {
    operationId,
    command: kebab(operationId),
    method: entry.method,
    httpMethod: entry.httpMethod,
    path: entry.path,
    summary: text(operation.summary),
    description: text(operation.description),
    options: inputs.options,
    clientFilled: inputs.clientFilled,
    body,
    example: inputs.example,
    // The columns `--output table` shows of the answer's list (x-imagesec-table), or null.
    table: tableOf(doc, operationId, operation),
  };
}

/**
 * Stops on a parameter the client fills in one operation and the caller gives in another (it
 * would get a flag of its own there), or filled from two settings: the spec says it once per parameter.
 */
function checkClientSettings(specFile: string, doc: OpenAPI3): void {
  const settings = new Map<string, Set<string | undefined>>();
  for (const found of specOperations(doc)) {
    for (const parameter of operationParameters(doc, found) as unknown as Node[]) {
      const key = `${String(parameter.in)} ${String(parameter.name)}`;
      const setting = parameter[CLIENT_SETTING] as string | undefined;
      settings.set(key, (settings.get(key) ?? new Set()).add(setting));
    }
  }
  for (const [key, seen] of settings) {
    if (seen.size > 1 && [...seen].some((setting) => setting !== undefined)) {
      const named = [...seen].map((setting) => setting ?? 'none').join(', ');
      throw new Error(`${specFile}: ${key} is filled by different client settings (${CLIENT_SETTING}: ${named})`);
    }
  }
}

/** Every operation of a spec as the CLI sees it. */
export function cliOperations(specFile: string, yamlText: string): GeneratedCommand[] {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  checkClientSettings(specFile, doc);
  // Method names and wire paths are the operation table's (one derivation of each).
  const table = new Map(operationTable(yamlText).map((entry) => [entry.operationId, entry]));
  return specOperations(doc).map((found) => {
    const entry = table.get(found.operationId);
    if (entry === undefined) throw new Error(`${found.operationId} is missing from the operation table`);
    return command(doc, found, entry);
  });
}

/** The TypeScript module for one spec, laid out as `layout` says (by default generated/'s). */
export function renderCli(specFile: string, yamlText: string, layout = shippedLayout(specFile)): string {
  const operations = cliOperations(specFile, yamlText);
  return [
    `// Generated from ${layout.source} by scripts/generate.ts (scripts/codegen/cli.ts). Do not edit by`,
    '// hand: change the spec, then run `npm run generate`. What the imagesec CLI offers per operation:',
    '// flags for the query/header parameters, form fields and scalar body fields, help text and an example.',
    '',
    `export const commands = ${JSON.stringify(operations, null, 2)} as const;`,
    '',
  ].join('\n');
}
