// Help text for `imagesec --help`, `imagesec mock --help`, `imagesec <cloud> --help` and each
// operation's `--help`, built from the generated spec metadata. The docs' CLI reference prints the
// same pages (helpPages).
import { createRequire } from 'node:module';
import { appliesToCommand, GLOBAL_FLAGS, type GlobalFlag } from './global-flags.js';
import { CLOUDS, pagination, type CliOperation, type CliOption, type Cloud } from './operations.js';
import { EXIT_CODES } from './exit-codes.js';
import { commandLine, reflow } from './text.js';

// The package's own manifest, found by name (package.json "exports" lists it): the same path from
// src/ and from the bundles in dist/node/.
const VERSION = (createRequire(import.meta.url)('imagesec/package.json') as { version: string }).version;

export interface HelpPage {
  /** Anchor-friendly id: `imagesec`, `mock`, `hss-change-sensitive-info`. */
  readonly id: string;
  /** The command it documents, e.g. `imagesec hss change-sensitive-info`. */
  readonly title: string;
  /** Exactly what `--help` prints. */
  readonly text: string;
}

const ENV_LINES = [
  'HSS  HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK (+ HUAWEICLOUD_SDK_SECURITY_TOKEN for',
  '     temporary keys), HUAWEICLOUD_SDK_PROJECT_ID',
  'SAS  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  '     (+ ALIBABA_CLOUD_SECURITY_TOKEN for STS)',
  'IMAGESEC_DEBUG=1 is the same as --debug.',
];

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

export function mainHelp(): string {
  const lines = [
    `imagesec ${VERSION}: container-image security operations on Huawei Cloud HSS and`,
    "Alibaba Cloud Security Center, signed and checked against the APIs' own specs.",
    '',
    'Usage:',
    '  imagesec <hss|sas> <operation> [flags]      call one operation',
    '  imagesec <hss|sas> <operation> --each FILE  call it once per JSON line',
    "  imagesec <hss|sas> <operation> --help       the operation's flags",
    '  imagesec mock [hss|sas|all] [--port N]      serve the specs as a local mock',
  ];
  for (const { cloud, title, operations } of Object.values(CLOUDS)) {
    lines.push('', `${cloud.toUpperCase()} operations, ${title}:`);
    lines.push(
      ...table(
        operations.map((o) => [o.command, o.summary]),
        36,
      ),
    );
  }
  lines.push('', 'Global flags:', ...table(globalFlagRows()));
  lines.push('', "Credentials come from the environment, as for the vendors' own tools:");
  lines.push(...ENV_LINES.map((l) => `  ${l}`));
  lines.push('', 'Exit codes:', ...table(EXIT_CODES.map(({ code, meaning }) => [String(code), meaning])));
  lines.push(
    '',
    'Examples:',
    commandLine([
      'imagesec',
      'hss',
      'show-image-security-report-statistic',
      '--region',
      'cn-north-4',
      '--security-report-type',
      'vulnerability',
      '--operate-all',
    ]),
    commandLine([
      'imagesec',
      'sas',
      'operate-image-vul',
      '--region',
      'cn-shanghai',
      '--operate-type',
      'vul_fix',
      '--type',
      'cve',
      '--info',
      '@images.json',
      '--dry-run',
    ]),
    commandLine([
      'imagesec',
      'hss',
      'change-sensitive-info',
      '--region',
      'cn-north-4',
      '--image-type',
      'private_image',
      '--each',
      'findings.jsonl',
      '--failed-out',
      'failed.jsonl',
    ]),
  );
  return lines.join('\n');
}

export function mockHelp(): string {
  return [
    'imagesec mock: serve the HSS and SAS specs as a strict local mock, on loopback.',
    '',
    'Usage:',
    '  imagesec mock [hss|sas|all] [--port N] [--hss-key AK:SK[:TOKEN]] [--hss-token T] [--sas-key ID:SECRET[:TOKEN]] [--script FILE] [--output json|text]',
    '',
    ...reflow(
      "Answers every operation with the examples of the spec (Prism), behind imagesec's strict " +
        'gateway: each request is checked exactly as the SDK checks it (int64 values, SAS Info, ' +
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
      ['hss | sas | all', 'Which API to serve (default all).'],
      [
        '--port <n>',
        'Port of the first mock; with `all`, SAS listens on the next one. 0 picks free ports. Default 4010.',
      ],
      [
        '--hss-key <AK:SK[:TOKEN]>',
        'An HSS access key whose signatures pass (with TOKEN: a temporary key). Repeatable.',
      ],
      ['--hss-token <token>', 'An IAM token HSS accepts in X-Auth-Token. Repeatable.'],
      ['--sas-key <ID:SECRET[:TOKEN]>', 'A SAS AccessKey whose signatures pass (with TOKEN: STS). Repeatable.'],
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
        'json: once listening, print one JSON line with the base URLs, `{"hss":"http://…","sas":"http://…"}`.',
      ],
      ['-h, --help', 'Show this help.'],
    ]),
    '',
    'Stops on Ctrl-C (SIGINT) or SIGTERM, and restarts a mock that exits on its own.',
    '',
    'Example:',
    '  imagesec mock all --port 4010 &',
    commandLine([
      'imagesec',
      'hss',
      'show-image-security-report-statistic',
      '--endpoint',
      'http://127.0.0.1:4010',
      '--region',
      'cn-north-4',
      '--project-id',
      'p1',
      '--security-report-type',
      'vulnerability',
    ]),
  ].join('\n');
}

function globalFlagsFor(operation: CliOperation): string[] {
  return (Object.entries(GLOBAL_FLAGS) as [string, GlobalFlag][])
    .filter(([, flag]) => appliesToCommand(flag, { cloud: operation.cloud, pages: pagination(operation) !== null }))
    .filter(([name]) => name !== 'body' || operation.body !== undefined)
    .map(([name]) => name);
}

/** `imagesec hss --help`: the cloud's operations. */
export function cloudHelp(cloud: Cloud): string {
  const { title, operations } = CLOUDS[cloud];
  const width = Math.max(...operations.map((o) => o.command.length));
  return [
    `imagesec ${cloud}: ${title}`,
    '',
    `Usage: imagesec ${cloud} <operation> [flags]   (imagesec ${cloud} <operation> --help for its flags)`,
    '',
    'Operations:',
    ...operations.map((o) => `  ${o.command.padEnd(width)}  ${o.summary}`),
  ].join('\n');
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
  const cloud = CLOUDS[operation.cloud];
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
    : ['--region', CLOUDS[operation.cloud].exampleRegion, ...operation.example];
  return ['imagesec', operation.cloud, operation.command, ...example];
}

/** Every help page, in the order the docs' CLI reference shows them. */
export function helpPages(): readonly HelpPage[] {
  const pages: HelpPage[] = [
    { id: 'imagesec', title: 'imagesec', text: mainHelp() },
    { id: 'mock', title: 'imagesec mock', text: mockHelp() },
  ];
  for (const { cloud, operations } of Object.values(CLOUDS)) {
    for (const operation of operations) {
      pages.push({
        id: `${cloud}-${operation.command}`,
        title: `imagesec ${cloud} ${operation.command}`,
        text: operationHelp(operation),
      });
    }
  }
  return pages;
}

export { VERSION };
