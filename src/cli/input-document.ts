// `--input @file|-`: one JSON or YAML document with every parameter of a call, by spec name
// (path, query, header and form parameters, those the client fills such as HSS project_id), and
// `body` for the request body; what --skeleton prints. Values are typed as the flags type them;
// integers past 2^53-1 keep every digit. A key with null (YAML: no value) is not sent. Anything
// the document cannot mean is a UsageError naming the key, before a client exists.
import { parseAllDocuments } from 'yaml';
import { scalarValue } from './flag-value.js';
import { closest } from './suggest.js';
import type { ClientFilled, CliOperation, CliOption } from './operations.js';
import { flagText, isPlainObject, parseJson, type Stdin } from './sources.js';
import { helpHint, UsageError } from './usage-error.js';

const WHERE = '--input';

export interface InputDocument {
  /** Path, query, header and form parameters by spec name, typed as their flags would be. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The request body, when the document has one. */
  readonly body: Readonly<Record<string, unknown>> | undefined;
  /** What the document sets of the client's own settings (HSS project_id, region), as their flags would. */
  readonly settings: { readonly projectId?: string; readonly region?: string };
}

/** The setting each client-filled parameter's flag sets. */
const FILLED_SETTINGS: Readonly<Record<string, 'projectId' | 'region'>> = {
  'project-id': 'projectId',
  region: 'region',
};

/** The document's text: `@file` or `-` as any flag reads them; the document itself is not taken inline. */
async function documentText(source: string, stdin: Stdin): Promise<string> {
  if (source !== '-' && !source.startsWith('@')) {
    throw new UsageError(
      `${WHERE} takes @file (JSON or YAML) or - for stdin, not the document itself`,
      `e.g. --input @${source === '' ? 'input.yaml' : source}`,
    );
  }
  return flagText(source, WHERE, stdin);
}

/** Integers as numbers where exact, bigint past 2^53-1 (the YAML reader gives every integer as bigint). */
function exactIntegers(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (Array.isArray(value)) return value.map(exactIntegers);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactIntegers(v)]));
  return value;
}

function parseYaml(text: string): unknown {
  const documents = parseAllDocuments(text, { intAsBigInt: true });
  if (!Array.isArray(documents) || documents.length === 0) return null;
  if (documents.length > 1) throw new UsageError(`${WHERE} holds ${documents.length} YAML documents; give one`);
  const [document] = documents;
  const error = document!.errors[0];
  if (error !== undefined) {
    // The message's first line says what and where ("... at line 2, column 5:"); the lines after it
    // quote the text, which may hold a secret.
    const first = error.message.split('\n')[0]!.replace(/:$/, '');
    throw new UsageError(`${WHERE} is not valid YAML: ${first}`);
  }
  try {
    return exactIntegers(document!.toJS({ maxAliasCount: 100 }));
  } catch (cause) {
    // An alias to no anchor, or aliases expanding past the limit.
    throw new UsageError(`${WHERE} is not valid YAML: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** JSON when it starts as a JSON object or array does (read exactly), YAML otherwise. */
export function parseInputDocument(text: string): Record<string, unknown> {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const value = trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJson(trimmed, WHERE) : parseYaml(trimmed);
  if (value === null || value === undefined)
    throw new UsageError(
      `${WHERE} is empty`,
      'imagesec <cloud> <operation> --skeleton prints a document to start from',
    );
  if (!isPlainObject(value))
    throw new UsageError(
      `${WHERE} must be a mapping of parameter names to values (a JSON object), not a list or a value`,
    );
  return value;
}

/** Nulls left out of objects, at every depth: a key with null is not sent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => [key, withoutNulls(item)]),
  );
}

/** One value of a scalar (or list item) parameter, typed as its flag would be. */
function scalarOf(option: CliOption, value: unknown, where: string): unknown {
  if (option.type === 'string' && typeof value !== 'string') {
    const yamlHint = typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean';
    throw new UsageError(
      `${where} must be a string${yamlHint ? ' (in YAML, quote it: a number or true/false unquoted is not text)' : ''}`,
    );
  }
  if (value !== null && typeof value === 'object') throw new UsageError(`${where} must be a single value`);
  return scalarValue(option, value, where);
}

function parameterValue(option: CliOption, value: unknown, where: string): unknown {
  // A JSON-text parameter (SAS Info) takes the value itself (the SDK sends its JSON text), or the text.
  if (option.json) return typeof value === 'string' ? parseJson(value, where) : value;
  if (!option.repeatable) return scalarOf(option, value, where);
  if (!Array.isArray(value))
    throw new UsageError(`${where} must be a list ([...]): the flag may be given more than once`);
  return value.map((item, index) => scalarOf(option, item, `${where}[${index}]`));
}

function clientFilledValue(filled: ClientFilled, value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(
      `${where} must be text (it acts as --${filled.flag}), or null to leave it to the client`,
      typeof value === 'string' ? undefined : 'in YAML, quote it: digits unquoted are a number',
    );
  }
  return value;
}

function unknownKey(operation: CliOperation, key: string): UsageError {
  const names = [
    ...operation.options.filter((o) => o.in !== 'body').map((o) => o.name),
    ...(operation.body === undefined ? [] : ['body']),
    ...operation.clientFilled.map((f) => f.name),
  ];
  const bodyField = operation.options.find((o) => o.in === 'body' && o.name === key);
  const byFlag = operation.options.find((o) => o.in !== 'body' && o.flag === key && o.name !== key);
  const guess = byFlag?.name ?? closest(key, names);
  const hint =
    bodyField !== undefined
      ? `"${key}" is a body field: put it under "body"`
      : `${guess === undefined ? '' : `did you mean "${guess}"? `}keys: ${names.join(', ')}`;
  return new UsageError(`${WHERE}: unknown key "${key}" for ${operation.cloud} ${operation.command}`, hint);
}

/** Reads and checks the document `--input` names (`@file` or `-`). */
export async function readInputDocument(operation: CliOperation, source: string, stdin: Stdin): Promise<InputDocument> {
  const document = parseInputDocument(await documentText(source, stdin));
  const params: Record<string, unknown> = {};
  const settings: { projectId?: string; region?: string } = {};
  const settingFrom = new Map<string, string>();
  let body: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(document)) {
    const where = `${WHERE} "${key}"`;
    if (key === 'body' && operation.body !== undefined) {
      if (value === null) continue;
      if (!isPlainObject(value)) throw new UsageError(`${where} must be a mapping (a JSON object) of body fields`);
      body = withoutNulls(value) as Record<string, unknown>;
      continue;
    }
    if (key === 'body') {
      throw new UsageError(
        `${operation.cloud} ${operation.command} takes no request body: its values are parameters`,
        helpHint(operation),
      );
    }
    const option = operation.options.find((o) => o.in !== 'body' && o.name === key);
    if (option !== undefined) {
      if (value !== null) params[option.name] = parameterValue(option, value, where);
      continue;
    }
    const filled = operation.clientFilled.find((f) => f.name === key);
    const setting = filled === undefined ? undefined : FILLED_SETTINGS[filled.flag];
    if (filled === undefined || setting === undefined) throw unknownKey(operation, key);
    if (value === null) continue;
    const text = clientFilledValue(filled, value, where);
    // HSS project_id and X-Project-Id both stand for --project-id: they may not disagree.
    const earlier = settingFrom.get(setting);
    if (earlier !== undefined && settings[setting] !== text)
      throw new UsageError(`${WHERE}: "${earlier}" and "${key}" both set --${filled.flag}, to different values`);
    settingFrom.set(setting, key);
    settings[setting] = text;
  }
  refuseEmptySecrets(operation, params, body);
  return { params, body, settings };
}

/**
 * A required secret left as --skeleton prints it (empty) is refused before anything is sent: an
 * empty password is never what was meant, and the vendor would only say it is missing.
 */
function refuseEmptySecrets(
  operation: CliOperation,
  params: Readonly<Record<string, unknown>>,
  body: Readonly<Record<string, unknown>> | undefined,
): void {
  for (const option of operation.options) {
    if (option.secret !== true || !option.required) continue;
    const value = option.in === 'body' ? body?.[option.name] : params[option.name];
    if (value !== '') continue;
    const where = option.in === 'body' ? `"body"."${option.name}"` : `"${option.name}"`;
    throw new UsageError(`${WHERE} ${where} is empty: fill in the secret (--skeleton never shows one)`);
  }
}
