// What each call through a generated client must have done, read from the strict mock's records:
// the request the spec example describes (method, path, query, header parameters, body), signed
// with the tool's keys, answered 2xx. A call's problems as text, for the table and the assertions.
import { isDeepStrictEqual } from 'node:util';
import { MASK } from '../../../src/core/redact.js';
import type { RecordedRequest } from '../../../src/testing/index.js';
import type { Tool } from './generate.js';
import { expectedPath, expectedQuery, type PlannedDocument, type PlannedOperation } from './plan.js';
import { KEYS, type ProgramOutput } from './programs.js';

const is2xx = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;

/**
 * `expected` with each value the record masked (`***`: the spec's password fields, a JSON text
 * holding one) masked too: the record keeps no secrets, the signature was checked over what came.
 */
function maskedLike(expected: unknown, recorded: unknown): unknown {
  if (recorded === MASK) return MASK;
  if (typeof expected !== 'object' || expected === null || typeof recorded !== 'object' || recorded === null)
    return expected;
  const entries = Object.entries(expected).map(([k, v]) => [
    k,
    maskedLike(v, (recorded as Record<string, unknown>)[k]),
  ]);
  return Array.isArray(expected) ? entries.map(([, v]) => v) : Object.fromEntries(entries);
}

/**
 * A form as the mock reads it back: the numbered fields a per-action document declares for a list
 * (`Name.1`, `Name.2`: what the API takes, see scripts/spec/repeat-list-fields.ts) as the list.
 */
function asLists(form: Record<string, unknown>): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(form)) {
    const item = /^(.+)\.\d+$/.exec(name);
    if (item === null) read[name] = value;
    else ((read[item[1]!] as unknown[] | undefined) ?? (read[item[1]!] = [])).push(value);
  }
  return read;
}

function differs(what: string, actual: unknown, expected: unknown): string[] {
  const wanted = maskedLike(expected, actual);
  return isDeepStrictEqual(actual, wanted) ? [] : [`${what}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(wanted)}`];
}

/** The problems of one operation's request as the mock recorded it (none: it is the example's, signed and answered 2xx). */
function requestProblems(
  tool: Tool,
  document: PlannedDocument,
  operation: PlannedOperation,
  record: RecordedRequest,
): string[] {
  const { example } = operation;
  const keys = KEYS[tool];
  const signer = document.cloud === 'hss' ? keys.hss.ak : keys.sas.accessKeyId;
  const parameters = record.parameters ?? {};
  const body =
    example.body === undefined ? undefined : record.body === '' ? undefined : (JSON.parse(record.body) as unknown);
  return [
    ...differs('operation', record.operation, operation.operationId),
    ...differs('method', record.method, operation.method),
    ...differs('path', record.path, expectedPath(operation)),
    ...differs('query', record.query, expectedQuery(operation)),
    // The header parameters as the mock read them by their spec names: SAS's x-acs-action and
    // x-acs-version, HSS's region and X-Project-Id.
    ...Object.entries(example.header).flatMap(([name, value]) =>
      differs(`header ${name}`, (parameters.header as Record<string, unknown> | undefined)?.[name], value),
    ),
    ...(example.form === undefined ? [] : differs('form', parameters.form, asLists(example.form))),
    ...(example.body === undefined ? [] : differs('body', body, example.body)),
    ...(example.body === undefined && example.form === undefined ? differs('body', record.body, '') : []),
    ...differs('signature', record.signature, 'valid'),
    ...differs('signed by', record.signedBy, signer),
    ...(is2xx(record.status) ? [] : [`answered ${record.status}: ${JSON.stringify(record.violations)}`]),
  ];
}

export interface OperationResult {
  readonly document: string;
  readonly operation: string;
  readonly problems: readonly string[];
}

/**
 * Each call of a tool's program against the records the mock made meanwhile, in order (a call
 * whose request never arrived finds none of its own).
 */
export function callResults(
  tool: Tool,
  documents: readonly PlannedDocument[],
  output: ProgramOutput,
  records: readonly RecordedRequest[],
): OperationResult[] {
  let next = 0;
  return output.calls.map((call) => {
    const document = documents.find((d) => d.document === call.document)!;
    const operation = document.operations.find((o) => o.operationId === call.operation)!;
    const found = records.findIndex((record, i) => i >= next && record.operation === call.operation);
    const record = found === -1 ? undefined : records[found];
    if (record !== undefined) next = found + 1;
    const problems = [
      ...(call.error === undefined ? [] : [`threw: ${call.error}`]),
      ...(is2xx(call.status) ? [] : [`the client saw ${call.status}`]),
      ...(record === undefined ? ['no request reached the mock'] : requestProblems(tool, document, operation, record)),
    ];
    return { document: call.document, operation: call.operation, problems };
  });
}

/**
 * sas.yaml's `/#<Action>` flaw, as the URL a tool would fetch shows it: the action and every query
 * parameter are in the fragment, which is never sent, so the server gets `POST /` with no query.
 * Empty when the URL shows exactly that.
 */
export function fragmentProblems(operation: PlannedOperation, url: string): string[] {
  const parsed = new URL(url);
  const query = new URLSearchParams(parsed.hash.split('?')[1] ?? '');
  return [
    ...differs('path sent', parsed.pathname, '/'),
    ...differs('query sent', parsed.search, ''),
    ...differs('fragment', parsed.hash.split('?')[0], `#${operation.operationId}`),
    ...Object.keys(expectedQuery(operation)).flatMap((name) =>
      query.has(name) ? [] : [`query parameter ${name} not in the fragment either`],
    ),
  ];
}
