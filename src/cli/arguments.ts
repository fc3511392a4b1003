// Turns an operation's command line into the SDK input and the run settings, with node:util
// parseArgs over the flags generated from the spec. Anything it cannot make sense of is a
// UsageError before a client exists; the values themselves are checked by the SDK's validators.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_BYTE_COUNT } from '../core/option-checks.js';
import { appliesTo, appliesToCommand, cloudsTaking } from './flag-scope.js';
import { GLOBAL_FLAGS, globalParseOptions, type GlobalFlag } from './global-flags.js';
import { pagination, type CliOperation } from './operations.js';
import { flagText, isPlainObject, parseJson, STDIN_NAMES, type Stdin } from './sources.js';
import { scalarValue } from './flag-value.js';
import { closest } from './suggest.js';
import { helpHint, UsageError } from './usage-error.js';

/** How messages on stderr are written (errors, progress, summaries): JSON, or lines for people. */
export type OutputMode = 'json' | 'text';

/** What stdout gets (--output). */
export type OutputFormat = 'json' | 'yaml' | 'table' | 'text' | 'jsonl';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'table', 'text', 'jsonl'];

export interface Settings {
  readonly region: string | undefined;
  readonly endpoint: string | undefined;
  readonly projectId: string | undefined;
  readonly profile: string | undefined;
  readonly timeoutMs: number | undefined;
  readonly maxRetries: number | undefined;
  readonly maxResponseBytes: number | undefined;
  /** The mode of stderr messages: json with --output json or jsonl, else text. */
  readonly output: OutputMode;
  /** --output: what stdout gets. */
  readonly format: OutputFormat;
  /** --query: a JMESPath expression over the answer (checked when it is compiled). */
  readonly query: string | undefined;
  /** -e/--exit-status: exit 5 when the (queried) result is null, false or empty. */
  readonly exitStatus: boolean;
  /** --input: a document with every parameter (`@file`, `-`). */
  readonly input: string | undefined;
  /** --skeleton: print an input document for --input, send nothing. */
  readonly skeleton: boolean;
  /** --starting-token with --all: where an earlier --max-items run stopped. */
  readonly startingToken: string | undefined;
  readonly dryRun: boolean;
  /** --all: every item of a list operation, as JSON lines. */
  readonly all: boolean;
  /** --max-items with --all. */
  readonly maxItems: number | undefined;
  /** --debug / --no-debug; undefined leaves it to IMAGESEC_DEBUG. */
  readonly debug: boolean | undefined;
  readonly each: string | undefined;
  readonly concurrency: number;
  readonly failedOut: string | undefined;
  readonly journal: string | undefined;
  readonly resume: boolean;
  readonly resendUnknown: boolean;
  readonly unknownOut: string | undefined;
  readonly help: boolean;
}

export interface ParsedCommand {
  readonly settings: Settings;
  /** Query/header parameters and form fields by spec name, and `body` when the command line gave one. */
  readonly input: Record<string, unknown>;
}

type RawValue = string | boolean | (string | boolean)[] | undefined;

/** The output mode asked for, read before full parsing so that early errors honour it. */
export function outputModeOf(argv: readonly string[]): OutputMode {
  for (let i = 0; i < argv.length; i += 1) {
    const format = argv[i]?.startsWith('--output=')
      ? argv[i]!.slice('--output='.length)
      : argv[i] === '--output'
        ? argv[i + 1]
        : undefined;
    if (format === 'json' || format === 'jsonl') return 'json';
  }
  return 'text';
}

function parseOptions(operation: CliOperation): NonNullable<ParseArgsConfig['options']> {
  const options = globalParseOptions();
  for (const option of operation.options) {
    options[option.flag] = {
      type: option.type === 'boolean' && !option.repeatable ? 'boolean' : 'string',
      multiple: option.repeatable,
    };
  }
  return options;
}

function usageFromParseError(error: unknown, operation: CliOperation, flags: readonly string[]): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'(-[^']*)'/.exec(message)?.[1] ?? message;
    const name = given.replace(/^-+/, '').replace(/=.*$/, '');
    const suggestion = closest(name, flags);
    return new UsageError(
      `unknown flag ${given} for ${operation.cloud} ${operation.command}`,
      suggestion === undefined ? helpHint(operation) : `did you mean --${suggestion}? (${helpHint(operation)})`,
    );
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const given = /'([^']*)'/.exec(message)?.[1] ?? '';
    return new UsageError(
      `unexpected argument '${given}': values go after their flag (--name value)`,
      helpHint(operation),
    );
  }
  const flag = /'(--?[^' ]+)/.exec(message)?.[1] ?? 'a flag';
  if (/ambiguous/.test(message)) {
    return new UsageError(`${flag} needs a value (one that starts with - goes as ${flag}=-value)`, helpHint(operation));
  }
  if (/does not take an argument/.test(message)) return new UsageError(`${flag} takes no value`, helpHint(operation));
  if (/argument missing/.test(message)) return new UsageError(`${flag} needs a value`, helpHint(operation));
  return new UsageError(message.split('\n')[0]!, helpHint(operation));
}

function onlyOnce(tokens: readonly { kind: string; name?: string }[], repeatable: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || repeatable.has(token.name)) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once`);
    seen.add(token.name);
  }
}

function stringValue(values: Record<string, RawValue>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function boundedInteger(text: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, not '${text}'`);
  }
  return value;
}

function settingsOf(values: Record<string, RawValue>): Settings {
  const format = stringValue(values, 'output') ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--output must be one of ${OUTPUT_FORMATS.join(', ')}, not '${format}'`);
  const timeout = stringValue(values, 'timeout');
  let timeoutMs: number | undefined;
  if (timeout !== undefined) {
    const seconds = /^\d+(\.\d+)?$/.test(timeout) ? Number(timeout) : Number.NaN;
    if (!(seconds > 0 && seconds <= 86_400))
      throw new UsageError(`--timeout must be a number of seconds above 0 (up to 86400), not '${timeout}'`);
    timeoutMs = Math.max(1, Math.round(seconds * 1000));
  }
  const each = stringValue(values, 'each');
  const concurrency = boundedInteger(stringValue(values, 'concurrency'), 'concurrency', 1, 64);
  const failedOut = stringValue(values, 'failed-out');
  const journal = stringValue(values, 'journal');
  const unknownOut = stringValue(values, 'unknown-out');
  const resume = values.resume === true;
  const resendUnknown = values['resend-unknown'] === true;
  if (each === undefined) {
    const bulkOnly = ['concurrency', 'failed-out', 'journal', 'resume', 'resend-unknown', 'unknown-out'].find(
      (name) => values[name] !== undefined,
    );
    if (bulkOnly !== undefined) throw new UsageError(`--${bulkOnly} goes with --each`);
  }
  const all = values.all === true;
  const maxItems = boundedInteger(stringValue(values, 'max-items'), 'max-items', 1, Number.MAX_SAFE_INTEGER);
  if (maxItems !== undefined && !all) throw new UsageError('--max-items goes with --all');
  const startingToken = stringValue(values, 'starting-token');
  if (startingToken !== undefined && !all) throw new UsageError('--starting-token goes with --all');
  const skeleton = values.skeleton === true;
  const inputDocument = stringValue(values, 'input');
  if (skeleton && (inputDocument !== undefined || each !== undefined || all || values['dry-run'] === true))
    throw new UsageError(
      '--skeleton prints an input document and sends nothing: it goes with no --input, --each, --all or --dry-run',
    );
  if (inputDocument !== undefined && each !== undefined)
    throw new UsageError('--input gives one call its parameters; --each gives one per line');
  const query = stringValue(values, 'query');
  const exitStatus = values['exit-status'] === true;
  if ((query !== undefined || exitStatus) && values['dry-run'] === true)
    throw new UsageError(
      `--dry-run prints the request, not an answer: --${query !== undefined ? 'query' : 'exit-status'} has nothing to read`,
    );
  if (all && each !== undefined) throw new UsageError('--all pages through one call; it does not go with --each');
  if (all && values['dry-run'] === true)
    throw new UsageError('--dry-run shows one request: leave out --all to see the first page');
  if (resume && journal === undefined)
    throw new UsageError('--resume needs --journal: the journal says what the earlier run did');
  if (resendUnknown && !resume) throw new UsageError('--resend-unknown goes with --resume');
  return {
    region: stringValue(values, 'region'),
    endpoint: stringValue(values, 'endpoint'),
    projectId: stringValue(values, 'project-id'),
    profile: stringValue(values, 'profile'),
    timeoutMs,
    maxRetries: boundedInteger(stringValue(values, 'max-retries'), 'max-retries', 0, 20),
    maxResponseBytes: boundedInteger(
      stringValue(values, 'max-response-bytes'),
      'max-response-bytes',
      1,
      MAX_BYTE_COUNT,
    ),
    output: format === 'json' || format === 'jsonl' ? 'json' : 'text',
    format: format as OutputFormat,
    query,
    exitStatus,
    input: inputDocument,
    skeleton,
    startingToken,
    dryRun: values['dry-run'] === true,
    all,
    maxItems,
    debug: typeof values.debug === 'boolean' ? values.debug : undefined,
    each,
    concurrency: concurrency ?? 4,
    failedOut,
    journal,
    resume,
    resendUnknown,
    unknownOut,
    help: values.help === true,
  };
}

/** A parameter and body-field values by spec name, from flag values. */
async function optionValues(
  operation: CliOperation,
  values: Record<string, RawValue>,
  stdin: Stdin,
): Promise<{ params: Record<string, unknown>; fields: Record<string, unknown> }> {
  const params: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const option of operation.options) {
    const raw = values[option.flag];
    if (raw === undefined) continue;
    const where = `--${option.flag}`;
    let value: unknown;
    if (option.repeatable) value = (raw as string[]).map((item) => scalarValue(option, item, where));
    // JSON text (SAS --info) is parsed here, as --body is, so that ids past 2^53-1 keep every digit.
    else if (option.json) value = parseJson(await flagText(raw as string, where, stdin), where);
    else value = scalarValue(option, raw, where);
    (option.in === 'body' ? fields : params)[option.name] = value;
  }
  return { params, fields };
}

/** Parses `imagesec <cloud> <command> ...args`. */
export async function parseOperationArgs(
  operation: CliOperation,
  args: readonly string[],
  stdin: Stdin,
): Promise<ParsedCommand> {
  const options = parseOptions(operation);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: false,
      allowNegative: true,
      tokens: true,
    });
  } catch (error) {
    throw usageFromParseError(error, operation, Object.keys(options));
  }
  const values = parsed.values as Record<string, RawValue>;
  const settings = settingsOf(values);
  checkCloudFlags(operation, values);
  if (settings.help) return { settings, input: {} };
  if (settings.skeleton) {
    refuseWithSkeleton(operation, values);
    return { settings, input: {} };
  }
  if (settings.each !== undefined && STDIN_NAMES.has(settings.each)) stdin.claim('--each');
  onlyOnce(parsed.tokens ?? [], new Set(operation.options.filter((o) => o.repeatable).map((o) => o.flag)));

  // Read before the flags' own @file and - values: with --input -, a --body - is the reader refused.
  const document =
    settings.input === undefined
      ? undefined
      : await (await import('./input-document.js')).readInputDocument(operation, settings.input, stdin);
  const { params, fields } = await optionValues(operation, values, stdin);
  // Flags given on the command line override the document's values.
  const input: Record<string, unknown> = { ...document?.params, ...params };
  const bodyFlag = stringValue(values, 'body');
  if (operation.body === undefined && bodyFlag !== undefined) {
    throw new UsageError(
      `${operation.cloud} ${operation.command} takes no request body: its values are flags`,
      helpHint(operation),
    );
  }
  if (bodyFlag !== undefined && document?.body !== undefined) {
    const fieldFlag = operation.options.find((o) => o.in === 'body')?.flag;
    throw new UsageError(
      '--body and the --input document\'s "body" both give the request body: give it once',
      fieldFlag === undefined
        ? helpHint(operation)
        : `a body-field flag such as --${fieldFlag} may override one field of the document's body`,
    );
  }
  let body: Record<string, unknown> | undefined = document?.body;
  if (bodyFlag !== undefined) {
    const parsedBody = parseJson(await flagText(bodyFlag, '--body', stdin), '--body');
    if (!isPlainObject(parsedBody)) throw new UsageError('--body must be a JSON object ({...})', helpHint(operation));
    body = parsedBody;
  }
  if (Object.keys(fields).length > 0) body = { ...body, ...fields };
  if (body !== undefined) input.body = body;
  return { settings: withDocumentSettings(settings, document?.settings), input };
}

/** --project-id and --region as the document sets them (HSS project_id, region), where the flag is not given. */
function withDocumentSettings(
  settings: Settings,
  fromDocument: Partial<Pick<Settings, 'projectId' | 'region'>> | undefined,
): Settings {
  if (fromDocument === undefined) return settings;
  return {
    ...settings,
    projectId: settings.projectId ?? fromDocument.projectId,
    region: settings.region ?? fromDocument.region,
  };
}

/** --skeleton prints a document with every parameter: values go in it, and there is no answer to query. */
function refuseWithSkeleton(operation: CliOperation, values: Record<string, RawValue>): void {
  const flag =
    operation.options.find((o) => values[o.flag] !== undefined)?.flag ??
    ['body', 'query', 'exit-status'].find((name) => values[name] !== undefined);
  if (flag === undefined) return;
  throw new UsageError(
    `--skeleton prints an input document and sends nothing: --${flag} does not go with it`,
    'print the document, set the values in it, then run with --input @file',
  );
}

/**
 * A global flag given for a cloud it does not apply to (--project-id for a cloud without projects), or
 * a list flag for an operation that does not page, is refused by name.
 */
function checkCloudFlags(operation: CliOperation, values: Record<string, RawValue>): void {
  const pages = pagination(operation) !== null;
  for (const [name, flag] of Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][]) {
    if (values[name] === undefined || appliesToCommand(flag, { cloud: operation.cloud, pages })) continue;
    if (!appliesTo(flag, operation.cloud)) {
      throw new UsageError(
        `--${name} applies to ${cloudsTaking(flag).join(', ').toUpperCase()} only`,
        helpHint(operation),
      );
    }
    throw new UsageError(`--${name} is for list operations; ${operation.command} does not page`, helpHint(operation));
  }
}
