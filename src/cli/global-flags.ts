// The flags every operation command takes, besides those generated from its spec. The code
// generator refuses a spec parameter or body field whose flag would collide with one of these.
import type { ParseArgsConfig } from 'node:util';
import type { ClientSetting } from '../core/cloud.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../core/http/hints.js';

export interface GlobalFlag {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  /** Placeholder shown in help, e.g. `<seconds>`. */
  readonly value?: string;
  /**
   * The client setting it fills, for a flag only some clouds take: those whose descriptor lists the
   * setting (flag-scope.ts decides, reading the registry).
   */
  readonly setting?: ClientSetting;
  /** Only for list operations (those the spec's x-imagesec-paginate says page). */
  readonly lists?: boolean;
  readonly description: string;
}

export const GLOBAL_FLAGS = {
  region: {
    type: 'string',
    value: '<id>',
    description:
      "Region id (each operation's --help example shows one): picks the endpoint, and is sent where the API takes a region.",
  },
  endpoint: {
    type: 'string',
    value: '<url>',
    description: "Base URL instead of the region's endpoint (a mock such as `imagesec mock`, a proxy, a private link).",
  },
  'project-id': {
    type: 'string',
    value: '<id>',
    setting: 'projectId',
    description:
      "Project id of the region, for a cloud whose requests name one (default: its project variable under Credentials in imagesec --help, the profile's project_id, else looked up in IAM).",
  },
  profile: {
    type: 'string',
    value: '<name>',
    description:
      "Credentials profile: a profile of the vendor's own CLI or credentials file (which ones: Credentials in imagesec --help).",
  },
  body: {
    type: 'string',
    value: '<json|@file|->',
    description: 'Request body: JSON text, @file.json, or - for stdin. Body-field flags override the same field.',
  },
  timeout: { type: 'string', value: '<seconds>', description: 'Time for one attempt (default 30).' },
  'max-response-bytes': {
    type: 'string',
    value: '<n>',
    description: `Largest answer read, as received and decoded (default ${DEFAULT_MAX_RESPONSE_BYTES}, 16 MiB); a larger one fails, not retried.`,
  },
  'max-retries': {
    type: 'string',
    value: '<n>',
    description: 'Retries after the first attempt, 0-20 (default 2). Only failures safe to repeat are retried.',
  },
  output: {
    type: 'string',
    value: '<json|yaml|table|text|jsonl>',
    description:
      "What stdout gets: json (one stable JSON document; errors as JSON on stderr), yaml, table (the list in the answer as columns), text (default, for people), jsonl (one JSON value per line: a list's items, --all and --each streams).",
  },
  query: {
    type: 'string',
    value: '<jmespath>',
    description:
      'JMESPath expression applied to the answer (to each item with --all, to each result line with --each); its result is what is printed.',
  },
  'exit-status': {
    type: 'boolean',
    short: 'e',
    description: "Exit 5 when the (queried) result is null, false or empty (jq's -e): a CI gate without jq.",
  },
  input: {
    type: 'string',
    value: '<@file|->',
    description:
      'Every parameter as one JSON or YAML document (@file, or - for stdin): path, query, header and form parameters by spec name, "body" for the body; null leaves a key out. Flags override it; --body with a document "body" is refused.',
  },
  skeleton: {
    type: 'boolean',
    description:
      "Print a complete input document for --input (YAML with comments; JSON with --output json): required first, examples as values, secrets empty, project_id/region null (the client's own); send nothing.",
  },
  'dry-run': {
    type: 'boolean',
    description: 'Print the signed request (method, URL, headers, body, curl line) with secrets masked; send nothing.',
  },
  debug: {
    type: 'boolean',
    description: 'Log each attempt (method, URL, outcome, time) to stderr; no headers or bodies.',
  },
  all: {
    type: 'boolean',
    lists: true,
    description:
      "Every item of every page, one JSON line each on stdout, as they come (pages of the operation's page-size flag).",
  },
  'max-items': {
    type: 'string',
    value: '<n>',
    lists: true,
    description: 'With --all: stop after n items; the token to go on from is printed on stderr.',
  },
  'starting-token': {
    type: 'string',
    value: '<token>',
    lists: true,
    description: 'With --all: go on where an earlier --max-items run stopped (the token it printed on stderr).',
  },
  each: {
    type: 'string',
    value: '<file.jsonl|->',
    description: 'Bulk run: one call per JSON line (parameters and/or "body"), results as JSONL on stdout.',
  },
  concurrency: { type: 'string', value: '<n>', description: 'Bulk run: calls in flight at once, 1-64 (default 4).' },
  'failed-out': {
    type: 'string',
    value: '<file>',
    description: 'Bulk run: write the failed and unstarted lines here, to rerun with --each.',
  },
  journal: {
    type: 'string',
    value: '<file>',
    description:
      'Bulk run: record each line as it is sent and when its outcome is known (survives a kill), for --resume.',
  },
  resume: {
    type: 'boolean',
    description: 'Bulk run: continue the run --journal recorded: skip the lines that succeeded, run the rest.',
  },
  'resend-unknown': {
    type: 'boolean',
    description: 'With --resume: also send again lines whose outcome is unknown for operations not safe to repeat.',
  },
  'unknown-out': {
    type: 'string',
    value: '<file>',
    description:
      'Bulk run: write the lines whose outcome is unknown and that were not re-sent here (default with --journal: <journal>.unknown.jsonl).',
  },
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
} as const satisfies Record<string, GlobalFlag>;

export type GlobalFlagName = keyof typeof GLOBAL_FLAGS;

export const GLOBAL_FLAG_NAMES: readonly string[] = Object.keys(GLOBAL_FLAGS);

/** The global flags as `parseArgs` options. */
export function globalParseOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, flag] of Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][]) {
    options[name] = { type: flag.type, ...(flag.short === undefined ? {} : { short: flag.short }) };
  }
  return options;
}
