// Help text for `imagesec --help`, `imagesec mock --help`, `imagesec <cloud> --help` and each
// operation's `--help`, built from the generated spec metadata. The docs' CLI reference prints the
// same pages (helpPages).
import { createRequire } from 'node:module';
import { allClouds } from '../clouds.js';
import { appliesToCommand } from './flag-scope.js';
import { GLOBAL_FLAGS, type GlobalFlag } from './global-flags.js';
import { bulkExample, dryRunExample, listExamples, settingWords, waiterExample } from './help-examples.js';
import { cliCloud, cliClouds, pagination, type CliOperation, type CliOption, type Cloud } from './operations.js';
import { EXIT, EXIT_CODES } from './exit-codes.js';
import { mockCredentialFlags } from './mock-args.js';
import { andList, commandLine, reflow } from './text.js';
import { REFUSED_WITH_WAIT, WAIT_FLAGS } from './wait-flags.js';
import { cloudWaiters, waitStartOf, type CliWaiter } from './wait-table.js';
import type { Acceptor } from '../core/waiter/types.js';

// The package's own manifest, found by name (package.json "exports" lists it): the same path from
// src/ and from the bundles in dist/node/.
const VERSION = (createRequire(import.meta.url)('imagesec/package.json') as { version: string }).version;

export interface HelpPage {
  /** Anchor-friendly id: `imagesec`, `mock`, `<cloud>-<command>`. */
  readonly id: string;
  /** The command it documents, e.g. `imagesec <cloud> <command>`. */
  readonly title: string;
  /** Exactly what `--help` prints. */
  readonly text: string;
}

function table(rows: readonly (readonly [string, string])[], maxLeft = 30, indent = '  '): string[] {
  const width = Math.min(Math.max(...rows.map(([left]) => left.length)), maxLeft);
  const lines: string[] = [];
  for (const [left, right] of rows) {
    if (left.length > width) {
      lines.push(indent + left);
      lines.push(...reflow(right, `${indent}${' '.repeat(width + 2)}`));
    } else {
      const wrapped = reflow(right, `${indent}${' '.repeat(width + 2)}`);
      const first = (wrapped[0] ?? '').trimStart();
      lines.push(`${indent}${left.padEnd(width)}  ${first}`.trimEnd(), ...wrapped.slice(1));
    }
  }
  return lines;
}

function globalFlagRows(): [string, string][] {
  return (Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][]).map(([name, flag]) => [
    `${flag.short === undefined ? '' : `-${flag.short}, `}--${name}${flag.value === undefined ? '' : ` ${flag.value}`}`,
    flag.description,
  ]);
}

/** Where each cloud's credentials, project and region come from, as its descriptor says. */
function credentialRows(): [string, string][] {
  return allClouds().map(({ id, credentials }) => {
    const [keyId, secret] = credentials.secretEnv;
    const more = [
      credentials.projectEnv === undefined ? '' : ` Project id: ${credentials.projectEnv}.`,
      credentials.regionEnv === undefined ? '' : ` Region: ${credentials.regionEnv}.`,
    ];
    return [id.toUpperCase(), `${keyId} and ${secret}; ${credentials.otherSources}.${more.join('')}`];
  });
}

/** What each --output format prints, with --query and -e, and an example of each. */
function outputHelp(): string[] {
  return [
    'Output (--output, --query, -e):',
    ...table([
      ['json', 'The record: {"ok":true,"operation":..,"status":200,"requestId":..,"elapsedMs":..,"data":{..}}.'],
      ['yaml', 'The same record as YAML.'],
      [
        'table',
        "The list in the answer as columns that fit the terminal (the spec's default columns; COLUMNS and NO_COLOR are honoured, a cut value ends in …); an answer with no list as key/value lines.",
      ],
      ['text', 'The default: the record as lines for people.'],
      [
        'jsonl',
        "One JSON value per line: the list's items. --all and --each print a value a line in json and text too (text: strings bare, a list's values tab-separated).",
      ],
      [
        '--query <jmespath>',
        'Prints what the expression makes of the answer (of each item with --all, each result line with --each), in the format; a stream leaves out what it makes null.',
      ],
      ['-e, --exit-status', 'Exit 5 when that result is null, false or empty (for --all and --each: every one).'],
    ]),
    ...outputExamples(),
  ];
}

/** Each --output format, --query and -e on a list of the clouds (a second cloud's where there is one). */
function outputExamples(): string[] {
  const [first, second = first] = listExamples();
  if (first === undefined || second === undefined) return [];
  const one = first.words;
  const two = second.words;
  return [
    '',
    'Output examples:',
    commandLine([...one, '--output', 'json']),
    commandLine([...one, '--output', 'table']),
    commandLine([...two, '--output', 'jsonl']),
    commandLine([...one, '--query', `${first.items}[].${first.column}`, '--output', 'text']),
    commandLine([...one, '--all', '--output', 'yaml']),
    commandLine([...two, '--all', '--query', second.column]),
    '  # a CI gate: exit 5 when the list has an item',
    commandLine([...two, '--query', `length(${second.items}) == \`0\``, '-e']),
  ];
}

/** The usage lines of `imagesec --help`, the descriptions in one column. */
function usageLines(): string[] {
  const clouds = cliClouds().map((c) => c.cloud);
  const any = `<${clouds.join('|')}>`;
  const rows: [string, string][] = [
    [`imagesec ${any} <operation> [flags]`, 'call one operation'],
    [`imagesec ${any} <operation> --each FILE`, 'call it once per JSON line'],
    [`imagesec ${any} <operation> --help`, "the operation's flags"],
    [`imagesec ${any} wait <waiter> [flags]`, 'poll until the work ends (waiters below)'],
    [`imagesec mock [${[...clouds, 'all'].join('|')}] [--port N]`, 'serve the specs as a local mock'],
    ['imagesec completion <shell>', 'a completion script: bash, zsh, fish, powershell'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The main help's closing examples: a dry run, a bulk run, a wait. */
function examples(): string[] {
  const lines: string[] = [];
  const add = (comment: string, words: string[] | undefined): void => {
    if (words !== undefined) lines.push(`  # ${comment}`, commandLine(words));
  };
  const dryRun = dryRunExample();
  add('the signed request of a call that changes something; nothing is sent', dryRun && [...dryRun, '--dry-run']);
  const bulk = bulkExample();
  add(
    'one call per JSON line (parameters and "body"); the failed lines kept to rerun',
    bulk && [...bulk, '--each', 'lines.jsonl', '--failed-out', 'failed.jsonl'],
  );
  add('poll until the work ends', waiterExample());
  return lines.length === 0 ? [] : ['', 'Examples:', ...lines];
}

export function mainHelp(): string {
  const clouds = cliClouds();
  const lines = [
    ...reflow(
      `imagesec ${VERSION}: container-image security operations on ${andList(clouds.map((c) => c.title))}, ` +
        "signed and checked against the APIs' own specs.",
    ),
    '',
    'Usage:',
    ...usageLines(),
  ];
  for (const { cloud, title, operations } of clouds) {
    lines.push('', `${cloud.toUpperCase()} operations, ${title}:`);
    lines.push(
      ...table(
        operations.map((o) => [o.command, o.summary]),
        36,
      ),
    );
  }
  for (const { cloud } of clouds) {
    const waiters = cloudWaiters(cloud);
    if (waiters.length === 0) continue;
    lines.push('', `${cloud.toUpperCase()} waiters (imagesec ${cloud} wait <waiter>):`);
    lines.push(
      ...table(
        waiters.map((w) => [w.command, w.summary]),
        36,
      ),
    );
  }
  lines.push('', 'Global flags:', ...table(globalFlagRows()));
  lines.push('', ...outputHelp());
  lines.push('', "Credentials come from the environment and files, as for the vendors' own tools:");
  lines.push(...table(credentialRows()), '  IMAGESEC_DEBUG=1 is the same as --debug.');
  lines.push('', 'Exit codes:', ...table(EXIT_CODES.map(({ code, meaning }) => [String(code), meaning])));
  lines.push(...examples());
  return lines.join('\n');
}

/** `imagesec mock …` against `imagesec mock all --port 4010`: a list of the first cloud that has one. */
function mockExample(): string[] {
  const list = listExamples()[0];
  if (list === undefined) return [];
  const { words, operation } = list;
  return [
    '  imagesec mock all --port 4010 &',
    commandLine([
      ...words.slice(0, 3),
      '--endpoint',
      'http://127.0.0.1:4010',
      ...words.slice(3, 5),
      ...settingWords(operation.cloud),
      ...words.slice(5),
    ]),
  ];
}

export function mockHelp(): string {
  const clouds = cliClouds().map((c) => c.cloud);
  return [
    `imagesec mock: serve the ${andList(clouds.map((c) => c.toUpperCase()))} specs as a strict local mock, on loopback.`,
    '',
    'Usage:',
    `  imagesec mock [${[...clouds, 'all'].join('|')}] [--port N] ${mockCredentialFlags()
      .map((f) => `[--${f.flag} ${f.value}]`)
      .join(' ')} [--script FILE] [--output json|text]`,
    '',
    ...reflow(
      "Answers every operation with the examples of the spec (Prism), behind imagesec's strict " +
        'gateway: each request is checked exactly as the SDK checks it (int64 values, JSON text in parameters, ' +
        "empty values, exact names); an invalid one gets HTTP 400 with the vendor's error body and " +
        'the violations in the `sl-violations` header. With keys given, signatures are verified ' +
        "and a wrong one is refused in the vendor's words; without, any credentials do. What it " +
        'refuses is said on stderr. Point the SDK (`endpoint`) or the CLI (`--endpoint`) at the ' +
        'printed URL to test your own automation without a cloud account. Prism must be installed ' +
        '(`npm install @stoplight/prism-cli`). From code, `imagesec/testing` does the same.',
    ),
    '',
    'Arguments and flags:',
    ...table([
      [[...clouds, 'all'].join(' | '), 'Which API to serve (default all).'],
      [
        '--port <n>',
        'Port of the first mock; with `all`, each next API listens on the next port. 0 picks free ports. Default 4010.',
      ],
      ...mockCredentialFlags().map((f): [string, string] => [
        `--${f.flag} <${f.value}>`,
        `${f.description} Repeatable.`,
      ]),
      [
        '--script <file>',
        'Scripted answers, served instead of the examples to the requests that pass every check: a JSON ' +
          'object keyed by operation id, each an answer `{"status":200,"body":{…},"headers":{…}}`, a list ' +
          'of them served one per request (the last repeats), or `{"answers":[…],"then":"prism"}` (then ' +
          'the examples again). Each must be an answer the API could give: a documented status, a body ' +
          'its schema takes, no undocumented field. Lets a scan go from running to done.',
      ],
      [
        '--output <json|text>',
        `json: once listening, print one JSON line with the base URLs, \`{${clouds.map((c) => `"${c}":"http://…"`).join(',')}}\`.`,
      ],
      ['-h, --help', 'Show this help.'],
    ]),
    '',
    'Stops on Ctrl-C (SIGINT) or SIGTERM, and restarts a mock that exits on its own.',
    '',
    'Example:',
    ...mockExample(),
  ].join('\n');
}

function globalFlagsFor(operation: CliOperation): string[] {
  return (Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][])
    .filter(([, flag]) => appliesToCommand(flag, { cloud: operation.cloud, pages: pagination(operation) !== null }))
    .filter(([name]) => name !== 'body' || operation.body !== undefined)
    .map(([name]) => name);
}

/** `imagesec <cloud> --help`: the cloud's operations. */
export function cloudHelp(cloud: Cloud): string {
  const { title, operations } = cliCloud(cloud);
  const width = Math.max(...operations.map((o) => o.command.length));
  return [
    `imagesec ${cloud}: ${title}`,
    '',
    `Usage: imagesec ${cloud} <operation> [flags]   (imagesec ${cloud} <operation> --help for its flags)`,
    '',
    'Operations:',
    ...operations.map((o) => `  ${o.command.padEnd(width)}  ${o.summary}`),
    ...waiterList(cloud),
  ].join('\n');
}

/** The cloud's waiters as help lines (none when it declares none). */
function waiterList(cloud: Cloud): string[] {
  const waiters = cloudWaiters(cloud);
  if (waiters.length === 0) return [];
  return [
    '',
    `Waiters (imagesec ${cloud} wait <waiter> --help for their flags):`,
    ...table(
      waiters.map((w) => [w.command, w.summary]),
      36,
    ),
  ];
}

/** `imagesec <cloud> wait --help`: what waiting is, and the cloud's waiters. */
export function waitersHelp(cloud: Cloud): string {
  return [
    `imagesec ${cloud} wait: poll an operation until the work it reports ends.`,
    '',
    `Usage: imagesec ${cloud} wait <waiter> [the polling operation's flags] [--max-wait <seconds>] [flags]`,
    '',
    ...reflow(
      'Each waiter polls one operation with the flags given, reads each answer with the rules its spec declares ' +
        '(success, failure, or poll again), and waits between polls a random time that grows from its shortest to ' +
        'its longest delay, for at most its own limit or --max-wait. One line per poll goes to stderr; the answer ' +
        `that ended the wait to stdout. Exit ${EXIT.ok}: success; ${EXIT.failureState}: a failure state; ` +
        `${EXIT.waitTimedOut}: out of time.`,
    ),
    ...(cloudWaiters(cloud).length === 0 ? ['', `${cloud.toUpperCase()} declares no waiters.`] : waiterList(cloud)),
  ].join('\n');
}

function quoted(expected: string): string {
  return JSON.stringify(expected);
}

/** One acceptor in words: `success  when TaskInfo.Status is "SUCCESS"`. */
function acceptorRow({ state, matcher }: Acceptor): [string, string] {
  let when: string;
  if ('output' in matcher || 'inputOutput' in matcher) {
    const { path, comparator, expected } = 'output' in matcher ? matcher.output : matcher.inputOutput;
    const on = 'output' in matcher ? path : `${path} (on {input, output})`;
    const value = comparator === 'booleanEquals' ? expected : quoted(expected);
    const verb = {
      stringEquals: 'is',
      booleanEquals: 'is',
      allStringEquals: 'are all',
      anyStringEquals: 'include',
    }[comparator];
    when = `when ${on} ${verb} ${value}`;
  } else if ('success' in matcher) when = matcher.success ? 'on any answer' : 'on any API error';
  else when = `on the API error ${matcher.errorType}`;
  return [state, when];
}

function waitFlagRows(names: readonly (keyof typeof WAIT_FLAGS)[]): [string, string][] {
  return names.map((name) => {
    const flag = WAIT_FLAGS[name];
    return [`--${name}${flag.value === undefined ? '' : ` ${flag.value}`}`, flag.description];
  });
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

/** `imagesec <cloud> wait <waiter> --help`. */
export function waiterHelp(waiter: CliWaiter): string {
  const { entry, operation } = waiter;
  const cloud = cliCloud(waiter.cloud);
  const lines = [
    `imagesec ${waiter.cloud} wait ${waiter.command}: ${waiter.summary}`,
    '',
    ...reflow(waiter.description),
  ];
  lines.push(
    '',
    ...reflow(
      `Polls ${operation.command} (API: ${operation.operationId}, ${cloud.api}) with the flags below, every ` +
        `${seconds(entry.minDelayMs)} to ${seconds(entry.maxDelayMs)} (growing, with jitter), for at most ` +
        `${seconds(entry.maxWaitMs)}. Each answer is read with these rules, the first that matches deciding ` +
        '(an answer none matches: poll again; an API error none matches: the wait stops with it):',
    ),
    ...table(entry.acceptors.map(acceptorRow), 8),
  );
  const words = ['imagesec', waiter.cloud, 'wait', waiter.command];
  for (const option of operation.options) {
    if (option.required && option.in !== 'body') words.push(`--${option.flag}`, `<${option.flag}>`);
  }
  words.push('--region', '<id>');
  lines.push('', 'Usage:', `${commandLine(words).replace(/'/g, '')} [flags]`);
  const params = operation.options.filter((o) => o.in !== 'body');
  if (params.length > 0) lines.push('', `Parameters (those of ${operation.command}):`, ...table(params.map(optionRow)));
  lines.push('', 'Waiting:', ...table(waitFlagRows(['max-wait', 'min-delay', 'max-delay'])));
  lines.push(
    '',
    ...reflow(
      `Global flags: ${globalFlagsFor(operation)
        .filter((f) => !REFUSED_WITH_WAIT.has(f))
        .map((f) => `--${f}`)
        .join(' ')} (see imagesec --help).`,
    ),
    '',
    ...reflow(
      `Exit status ${EXIT.ok} when the success state is reached (its answer on stdout), ${EXIT.failureState} in a ` +
        `failure state, ${EXIT.waitTimedOut} when time ran out (the last state seen in the message), as listed in ` +
        'imagesec --help otherwise.',
    ),
  );
  return lines.join('\n');
}

/** The Waiting section of an operation that starts work a waiter follows (`--wait`). */
function waitingSection(operation: CliOperation): string[] {
  const start = waitStartOf(operation);
  if (start === undefined) return [];
  const { waiter, find, entry } = start;
  const lines = [
    '',
    ...reflow(
      `Waiting: with --wait, the work started is then followed with the waiter ${waiter.command} ` +
        `(imagesec ${operation.cloud} wait ${waiter.command} --help): ${waiter.summary}`,
    ),
  ];
  if (find !== undefined) {
    lines.push(
      ...reflow(
        `The answer names no task: the task followed is the one that appears in ${find.command} after the start ` +
          '(created no earlier than the start, less 5 minutes for the clocks; the newest, with a warning, when several appear).',
      ),
    );
  }
  if (entry.requires !== null) {
    lines.push(
      ...reflow(
        `Only when \`${entry.requires.path}\`: ${entry.requires.message}; otherwise --wait is refused, nothing sent.`,
      ),
    );
  }
  lines.push(...table(waitFlagRows(['wait', 'max-wait', 'min-delay', 'max-delay'])));
  return lines;
}

function valueHint(option: CliOption): string {
  if (option.type === 'boolean') return '';
  if (option.enum !== undefined && option.enum.join('|').length <= 40) return ` <${option.enum.join('|')}>`;
  if (option.json) return ' <json|@file|->';
  return ` <${option.type === 'string' ? 'value' : option.type}>`;
}

function optionRow(option: CliOption): [string, string] {
  const flag = option.type === 'boolean' ? `--[no-]${option.flag}` : `--${option.flag}`;
  const notes: string[] = [];
  if (option.required) notes.push(option.in === 'body' ? 'Required in the body.' : 'Required.');
  if (option.repeatable) notes.push('Repeatable (one value each).');
  if (option.enum !== undefined && option.enum.join('|').length > 40) notes.push(`One of: ${option.enum.join(', ')}.`);
  if (option.default !== undefined) notes.push(`Default: ${option.default}.`);
  if (option.example !== undefined && option.example !== option.default && option.enum === undefined && !option.json) {
    notes.push(`Example: ${option.example}.`);
  }
  // After a list the notes need a paragraph of their own; otherwise they continue the description.
  const separator = /\n\s*- /.test(option.description) ? '\n\n' : '\n';
  return [`${flag}${valueHint(option)}`, [option.description, notes.join(' ')].filter((s) => s !== '').join(separator)];
}

function usageLine(operation: CliOperation): string {
  const words = ['imagesec', operation.cloud, operation.command];
  for (const option of operation.options) {
    if (option.required && option.in !== 'body') words.push(`--${option.flag}`, `<${option.flag}>`);
  }
  // Every command needs a region (or an endpoint) to know where to send.
  words.push('--region', '<id>');
  // A body with required fields needs --body (or those fields' flags); an all-optional one defaults to {}.
  if (operation.options.some((o) => o.in === 'body' && o.required)) words.push('--body', '<json|@file|->');
  return `${commandLine(words).replace(/'/g, '')} [flags]`;
}

export function operationHelp(operation: CliOperation): string {
  const cloud = cliCloud(operation.cloud);
  const lines = [
    `imagesec ${operation.cloud} ${operation.command}: ${operation.summary}`,
    '',
    ...reflow(operation.description),
  ];
  lines.push('', ...reflow(`API: ${operation.operationId} (${cloud.api}), ${operation.httpMethod} ${operation.path}`));
  lines.push('', 'Usage:', usageLine(operation));
  const params = operation.options.filter((o) => o.in !== 'body');
  if (params.length > 0) lines.push('', 'Parameters:', ...table(params.map(optionRow)));
  if (operation.body !== undefined) {
    const fields = operation.options.filter((o) => o.in === 'body');
    lines.push('', `Request body${operation.body.required ? ' (required)' : ''}: ${operation.body.description}`);
    lines.push(
      ...table([['--body <json|@file|->', 'The whole body as JSON text, a file (@body.json), or - for stdin.']]),
    );
    if (fields.length > 0) {
      lines.push('', 'Body fields as flags (each sets that field, over --body):', ...table(fields.map(optionRow)));
    }
  }
  const filled = [...new Set(operation.clientFilled.map((f) => f.flag))].map((flag) => {
    const sent = operation.clientFilled.filter((f) => f.flag === flag).map((f) => `${f.in} ${f.name}`);
    const required = operation.clientFilled.some((f) => f.flag === flag && f.required);
    return [`--${flag}`, `${required ? 'Required; sent' : 'Sent'} as ${sent.join(' and ')}.`] as [string, string];
  });
  if (filled.length > 0) lines.push('', 'Filled by global flags:', ...table(filled));
  lines.push(...waitingSection(operation));
  if (operation.table !== null) {
    const columns = operation.table.columns.map((c) => c.header).join(', ');
    lines.push(
      '',
      ...reflow(
        `Output: --output table shows \`${operation.table.items}\` as columns (${columns}); --output jsonl one item a line; --query reads the whole answer (e.g. \`${operation.table.items}[].${operation.table.columns[0]?.path ?? 'id'}\`).`,
      ),
    );
  }
  lines.push(
    '',
    ...reflow(
      `Global flags: ${globalFlagsFor(operation)
        .map((f) => `--${f}`)
        .join(' ')} (see imagesec --help).`,
    ),
  );
  if (operation.example.length > 0) {
    lines.push('', "Example (the spec's example request):");
    lines.push(commandLine(exampleCommand(operation)));
  }
  return lines.join('\n');
}

/** The command line of the spec's example request, with the cloud's example region: help and docs show it. */
export function exampleCommand(operation: CliOperation): string[] {
  const example = operation.example.includes('--region')
    ? operation.example
    : ['--region', cliCloud(operation.cloud).exampleRegion, ...operation.example];
  return ['imagesec', operation.cloud, operation.command, ...example];
}

/** Every help page, in the order the docs' CLI reference shows them. */
export function helpPages(): readonly HelpPage[] {
  const pages: HelpPage[] = [
    { id: 'imagesec', title: 'imagesec', text: mainHelp() },
    { id: 'mock', title: 'imagesec mock', text: mockHelp() },
  ];
  for (const { cloud, operations } of cliClouds()) {
    for (const operation of operations) {
      pages.push({
        id: `${cloud}-${operation.command}`,
        title: `imagesec ${cloud} ${operation.command}`,
        text: operationHelp(operation),
      });
    }
  }
  for (const { cloud } of cliClouds()) {
    const waiters = cloudWaiters(cloud);
    if (waiters.length === 0) continue;
    pages.push({ id: `${cloud}-wait`, title: `imagesec ${cloud} wait`, text: waitersHelp(cloud) });
    for (const waiter of waiters) {
      pages.push({
        id: `${cloud}-wait-${waiter.command}`,
        title: `imagesec ${cloud} wait ${waiter.command}`,
        text: waiterHelp(waiter),
      });
    }
  }
  return pages;
}

export { VERSION };
