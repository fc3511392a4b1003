// Builds generated/<spec>.waiters.ts from the spec's waiters: x-imagesec-waiters on a polling
// operation (name → delays, overall limit and acceptors, after Smithy's waiter model) and
// x-imagesec-wait on an operation that starts work a waiter follows (the waiter, the JMESPath that
// builds its input, for a start whose answer names no task how to find it, what its input must be
// for the wait to make sense (checked before anything is sent), and the failure acceptors checked
// once on the start's own answer before any poll). Everything is checked here, so that a spec that
// would wait wrongly does not generate: names, states, one matcher kind per acceptor, comparators
// and their expected values, delays, every JMESPath expression compiled with the engine the SDK
// uses, and every operation and waiter referred to.
// The module holds the tables as data and the client's method interface, typed from the polling
// and starting operations' own generated methods.
import { compile } from '@jmespath-community/jmespath';
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import type {
  Acceptor,
  FindEntry,
  WaitRequirement,
  WaitStartEntry,
  WaiterEntry,
  WaiterState,
} from '../../src/core/waiter/types.js';
import { WAIT_FLAG_NAMES } from '../../src/cli/wait-flags.js';
import { membersRead } from '../../src/core/waiter/jmespath.js';
import { operationParameters, specOperations, resolveRef, type SpecOperation } from '../spec/document.js';
import { kebab } from './cli.js';
import { shippedLayout } from './layout.js';
import { operationTable, type OperationEntry } from './operations.js';

type Node = Record<string, unknown>;

/** A waiter as generated: what the SDK reads, plus what the CLI and its help show. */
export interface GeneratedWaiter extends WaiterEntry {
  /** The CLI's name for it: `imagesec <cloud> wait <command>`. */
  readonly command: string;
  readonly description: string;
}

export interface GeneratedFind extends FindEntry {
  /** Where the list's items are (the list's x-imagesec-paginate items). */
  readonly items: string;
}

export interface GeneratedStart extends WaitStartEntry {
  readonly find: GeneratedFind | null;
}

export interface WaiterTables {
  readonly waiters: Record<string, GeneratedWaiter>;
  readonly starts: Record<string, GeneratedStart>;
}

const STATES: readonly WaiterState[] = ['success', 'failure', 'retry'];
const COMPARATORS = ['stringEquals', 'booleanEquals', 'allStringEquals', 'anyStringEquals'] as const;
const MATCHERS = ['output', 'inputOutput', 'success', 'errorType'] as const;
// Smithy's defaults for the delays, in seconds.
const DEFAULT_MIN_DELAY = 2;
const DEFAULT_MAX_DELAY = 120;
/** setTimeout's limit, in seconds: no delay or limit may be longer. */
const LONGEST_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(node: Node, allowed: readonly string[], fail: (why: string) => Error): void {
  const unknown = Object.keys(node).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw fail(`has unknown keys ${unknown.join(', ')} (known: ${allowed.join(', ')})`);
}

/** A JMESPath expression that compiles; `hash`: it must build an object (`{name: expression, ...}`). */
function expression(value: unknown, where: string, fail: (why: string) => Error, hash = false): string {
  if (typeof value !== 'string' || value.trim() === '') throw fail(`${where} must be a JMESPath expression`);
  let ast: { type: string };
  try {
    ast = compile(value);
  } catch (error) {
    throw fail(`${where} does not compile as JMESPath (${error instanceof Error ? error.message : String(error)})`);
  }
  if (hash && ast.type !== 'MultiSelectHash') throw fail(`${where} must build an object: {name: expression, ...}`);
  return value;
}

function seconds(node: Node, key: string, fallback: number | undefined, fail: (why: string) => Error): number {
  // The spec is read with integers as bigint (exact int64 examples elsewhere).
  const given = node[key] ?? fallback;
  const value = typeof given === 'bigint' ? Number(given) : given;
  if (value === undefined) throw fail(`needs ${key} (seconds)`);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > LONGEST_SECONDS) {
    throw fail(`${key} must be a whole number of seconds from 1 to ${LONGEST_SECONDS}`);
  }
  return value;
}

function acceptor(raw: unknown, index: number, fail: (why: string) => Error, hasBody: boolean): Acceptor {
  const at = (why: string) => fail(`acceptor ${index + 1} ${why}`);
  if (!isObject(raw)) throw at('must be {state, matcher}');
  onlyKeys(raw, ['state', 'matcher'], at);
  const state = raw.state as WaiterState;
  if (!STATES.includes(state)) throw at(`state must be one of ${STATES.join(', ')}`);
  const matcher = raw.matcher;
  if (!isObject(matcher)) throw at('needs a matcher');
  const kinds = Object.keys(matcher);
  if (kinds.length !== 1 || !MATCHERS.includes(kinds[0] as (typeof MATCHERS)[number])) {
    throw at(`matcher must have exactly one of ${MATCHERS.join(', ')} (has ${kinds.join(', ') || 'none'})`);
  }
  const kind = kinds[0] as (typeof MATCHERS)[number];
  const value = matcher[kind];
  switch (kind) {
    case 'success':
      if (typeof value !== 'boolean') throw at('matcher success must be true or false');
      return { state, matcher: { success: value } };
    case 'errorType':
      if (typeof value !== 'string' || value.trim() === '')
        throw at("matcher errorType must be the vendor's error code");
      return { state, matcher: { errorType: value } };
    case 'output':
    case 'inputOutput': {
      if (!isObject(value)) throw at(`matcher ${kind} must be {path, expected, comparator}`);
      onlyKeys(value, ['path', 'expected', 'comparator'], (why) => at(`matcher ${kind} ${why}`));
      if (!hasBody) throw at(`matcher ${kind} reads the answer, but the operation documents no JSON 200 body`);
      const path = expression(value.path, `matcher ${kind} path`, at);
      const comparator = value.comparator as (typeof COMPARATORS)[number];
      if (!COMPARATORS.includes(comparator)) throw at(`comparator must be one of ${COMPARATORS.join(', ')}`);
      const expected = value.expected;
      if (typeof expected !== 'string') {
        throw at(`expected must be a string (quote it in the YAML: expected: "${String(expected)}")`);
      }
      if (comparator === 'booleanEquals' && expected !== 'true' && expected !== 'false') {
        throw at('booleanEquals expects "true" or "false"');
      }
      const checked = { path, expected, comparator };
      return { state, matcher: kind === 'output' ? { output: checked } : { inputOutput: checked } };
    }
  }
}

/**
 * x-imagesec-wait's `acceptors`: checked once on the start's answer, before any poll. Only failure
 * states (success and retry need a poll to stand on), and only matchers that read the answer
 * (an API error from the start is thrown as it is; `success: true` would fail every answer).
 */
function startAcceptors(raw: unknown, entry: OperationEntry, fail: (why: string) => Error): Acceptor[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length === 0) throw fail('acceptors must be a non-empty list (or left out)');
  return raw.map((item, index) => {
    const checked = acceptor(item, index, fail, entry.responseBody);
    const at = (why: string) => fail(`acceptor ${index + 1} ${why}`);
    if (checked.state !== 'failure') {
      throw at(
        `state must be failure: the start's answer is checked once, before any poll, so it can only end the wait (${checked.state} belongs to the waiter's own acceptors)`,
      );
    }
    if (!('output' in checked.matcher) && !('inputOutput' in checked.matcher)) {
      throw at(
        "matcher must be output or inputOutput: the start's acceptors read its answer (an API error from the start is thrown as it is)",
      );
    }
    if (
      'inputOutput' in checked.matcher &&
      membersRead(compile(checked.matcher.inputOutput.path), 'output').length === 0
    ) {
      throw at(
        'matcher inputOutput reads no output: a check of the input alone belongs in requires (checked before the start is sent, not after)',
      );
    }
    return checked;
  });
}

/**
 * x-imagesec-wait's `requires`: a JMESPath expression over `{input}` that must give `true` for the
 * wait to make sense, and why, in a few words (the ValidationError's message uses them).
 */
function requirement(raw: unknown, fail: (why: string) => Error): WaitRequirement | null {
  if (raw === undefined) return null;
  const at = (why: string) => fail(`requires ${why}`);
  if (!isObject(raw)) throw at('must be {path, message}');
  onlyKeys(raw, ['path', 'message'], at);
  const path = expression(raw.path, 'path', at);
  const message = raw.message;
  if (typeof message !== 'string' || message.trim() === '') {
    throw at('message must say, in a few words, why the wait needs it');
  }
  return { path, message: message.trim().replace(/\s+/g, ' ') };
}

function waiter(
  name: string,
  raw: unknown,
  entry: OperationEntry,
  fail: (why: string) => Error,
): Omit<GeneratedWaiter, 'command'> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw fail('name must be PascalCase (letters and digits, first a capital)');
  if (!isObject(raw)) throw fail('must be an object');
  onlyKeys(raw, ['description', 'minDelay', 'maxDelay', 'maxWait', 'acceptors'], fail);
  const description = raw.description;
  if (typeof description !== 'string' || description.trim() === '') throw fail('needs a description');
  if (!entry.safeToRepeat) throw fail(`polls ${entry.operationId}, which is not x-imagesec-safe-to-repeat`);
  const minDelay = seconds(raw, 'minDelay', DEFAULT_MIN_DELAY, fail);
  const maxDelay = seconds(raw, 'maxDelay', DEFAULT_MAX_DELAY, fail);
  const maxWait = seconds(raw, 'maxWait', undefined, fail);
  if (minDelay > maxDelay) throw fail(`minDelay (${minDelay}) must not exceed maxDelay (${maxDelay})`);
  if (maxWait < minDelay) throw fail(`maxWait (${maxWait}) must be at least minDelay (${minDelay})`);
  if (!Array.isArray(raw.acceptors) || raw.acceptors.length === 0) throw fail('needs acceptors (a non-empty list)');
  const acceptors = raw.acceptors.map((a, i) => acceptor(a, i, fail, entry.responseBody));
  if (!acceptors.some((a) => a.state === 'success')) throw fail('needs an acceptor with state success');
  return {
    name,
    method: `waitFor${name}`,
    operationId: entry.operationId,
    pollMethod: entry.method,
    description: description.trim().replace(/\s+/g, ' '),
    minDelayMs: minDelay * 1000,
    maxDelayMs: maxDelay * 1000,
    maxWaitMs: maxWait * 1000,
    acceptors,
  };
}

/** The schema of the items of a list operation's 200 body (`items` a dotted path), or undefined. */
function itemSchema(doc: OpenAPI3, operation: Node, items: string): Node | undefined {
  const resolve = (node: unknown) => resolveRef(doc, (node ?? {}) as Node);
  const ok = (operation.responses as Node | undefined)?.['200'];
  const media = (resolve(ok).content as Node | undefined)?.['application/json'] as Node | undefined;
  let schema: Node | undefined = media?.schema === undefined ? undefined : resolve(media.schema);
  for (const name of items.split('.')) {
    const property = (schema?.properties as Node | undefined)?.[name];
    schema = property === undefined ? undefined : resolve(property);
  }
  return schema?.type === 'array' ? resolve(schema.items) : undefined;
}

function finder(
  raw: unknown,
  doc: OpenAPI3,
  table: ReadonlyMap<string, OperationEntry>,
  fail: (why: string) => Error,
): GeneratedFind {
  const at = (why: string) => fail(`find ${why}`);
  if (!isObject(raw)) throw at('must be {operation, input, items, createdAt, id}');
  onlyKeys(raw, ['operation', 'input', 'items', 'createdAt', 'id'], at);
  const list = table.get(String(raw.operation));
  if (list === undefined) throw at(`operation ${String(raw.operation)} is not an operation of this spec`);
  if (list.paginate === null) throw at(`operation ${list.operationId} is not a list (it has no x-imagesec-paginate)`);
  if (!list.safeToRepeat) throw at(`operation ${list.operationId} is not x-imagesec-safe-to-repeat`);
  if (raw.items !== list.paginate.items) {
    throw at(`items must be ${list.paginate.items}, the items of ${list.operationId}'s x-imagesec-paginate`);
  }
  const found = specOperations(doc).find((o) => o.operationId === list.operationId);
  const item = itemSchema(doc, (found?.operation ?? {}) as Node, list.paginate.items);
  const property = (key: 'createdAt' | 'id') => {
    const name = raw[key];
    if (typeof name !== 'string' || name === '') throw at(`${key} must name a field of the list's items`);
    const schema = (item?.properties as Node | undefined)?.[name];
    if (schema === undefined) throw at(`${key} ${name} is not a field of ${list.operationId}'s items`);
    return { name, type: resolveRef(doc, schema as Node).type };
  };
  const createdAt = property('createdAt');
  if (createdAt.type !== 'integer' && createdAt.type !== 'number') {
    throw at(`createdAt ${createdAt.name} must be a number field (epoch milliseconds)`);
  }
  const id = property('id');
  if (id.type !== 'string' && id.type !== 'integer') throw at(`id ${id.name} must be a string or integer field`);
  return {
    operationId: list.operationId,
    pageMethod: list.paginate.method,
    input: expression(raw.input, 'input', at, true),
    items: list.paginate.items,
    createdAt: createdAt.name,
    id: id.name,
  };
}

/** The CLI flag names an operation's parameters and top-level body fields would get (cli.ts's kebab). */
function flagNames(doc: OpenAPI3, found: SpecOperation): string[] {
  const resolve = (node: unknown) => resolveRef(doc, (node ?? {}) as Node);
  const operation = found.operation as Node;
  const parameters = operationParameters(doc, found).map((p) => p.name);
  const media = (resolve(operation.requestBody).content as Node | undefined)?.['application/json'] as Node | undefined;
  const fields = Object.keys((resolve(media?.schema).properties as Node | undefined) ?? {});
  return [...parameters, ...fields].map(kebab);
}

/** Every waiter and waiting start of a spec, checked. */
export function waiterTables(yamlText: string): WaiterTables {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  const table = new Map(operationTable(yamlText).map((entry) => [entry.operationId, entry]));
  const found = new Map(specOperations(doc).map((o) => [o.operationId, o]));
  const noWaitFlags = (operationId: string, fail: (why: string) => Error) => {
    const clash = flagNames(doc, found.get(operationId)!).find((flag) =>
      (WAIT_FLAG_NAMES as readonly string[]).includes(flag),
    );
    if (clash !== undefined) throw fail(`${operationId}'s flag --${clash} would collide with the CLI's waiting flag`);
  };
  const methods = new Set([...table.values()].flatMap((e) => [e.method, ...(e.paginate ? [e.paginate.method] : [])]));
  const waiters: Record<string, GeneratedWaiter> = {};
  const commands = new Set<string>();
  const declared: { operationId: string; raw: unknown }[] = [];
  for (const { operationId, operation } of specOperations(doc)) {
    const node = operation as Node;
    const entry = table.get(operationId)!;
    const raw = node['x-imagesec-waiters'];
    if (node['x-imagesec-wait'] !== undefined) declared.push({ operationId, raw: node['x-imagesec-wait'] });
    if (raw === undefined) continue;
    if (!isObject(raw) || Object.keys(raw).length === 0) {
      throw new Error(`${operationId}: x-imagesec-waiters maps waiter names to waiters`);
    }
    for (const [name, value] of Object.entries(raw)) {
      const fail = (why: string) => new Error(`${operationId}: x-imagesec-waiters ${name} ${why}`);
      if (waiters[name] !== undefined) throw fail(`is declared twice (also on ${waiters[name].operationId})`);
      const command = kebab(name);
      if (commands.has(command)) throw fail(`would be a second CLI waiter named ${command}`);
      const checked = { command, ...waiter(name, value, entry, fail) };
      if (methods.has(checked.method)) throw fail(`${checked.method} would collide with an operation's method`);
      noWaitFlags(operationId, fail);
      commands.add(command);
      waiters[name] = checked;
    }
  }
  const starts: Record<string, GeneratedStart> = {};
  for (const { operationId, raw } of declared) {
    const fail = (why: string) => new Error(`${operationId}: x-imagesec-wait ${why}`);
    const entry = table.get(operationId)!;
    if (!isObject(raw)) throw fail('must be {waiter, input, find?, requires?, acceptors?}');
    onlyKeys(raw, ['waiter', 'input', 'find', 'requires', 'acceptors'], fail);
    const target = waiters[String(raw.waiter)];
    if (target === undefined) throw fail(`names waiter ${String(raw.waiter)}, which this spec does not declare`);
    if (target.operationId === operationId)
      throw fail('names a waiter of its own operation: a start cannot poll itself');
    const method = `${entry.method}AndWait`;
    if (methods.has(method)) throw fail(`${method} would collide with an operation's method`);
    noWaitFlags(operationId, fail);
    starts[operationId] = {
      operationId,
      method,
      startMethod: entry.method,
      waiter: target.name,
      input: expression(raw.input, 'input', fail, true),
      find: raw.find === undefined ? null : finder(raw.find, doc, table, fail),
      requires: requirement(raw.requires, fail),
      acceptors: startAcceptors(raw.acceptors, entry, fail),
    };
  }
  return { waiters, starts };
}

/** A line wrapped at word boundaries to lines of at most `width` characters (a longer word stays whole). */
function wrap(line: string, width = 100): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push(current);
  return out;
}

function docComment(text: string): string[] {
  const lines = text
    .trim()
    .split('\n')
    .flatMap((line) => wrap(line.replace(/\*\//g, '*\\/')));
  return ['  /**', ...lines.map((line) => `   * ${line}`.trimEnd()), '   */'];
}

/** Whether a success state can be read off an API error (then there is no answer to return). */
function succeedsOnError(waiter: WaiterEntry): boolean {
  return waiter.acceptors.some(
    ({ state, matcher }) =>
      state === 'success' && ('errorType' in matcher || ('success' in matcher && !matcher.success)),
  );
}

/** Text as Markdown code: in double backticks when it holds a backtick itself (a JMESPath literal). */
function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A start's acceptor in words, for the doc comment: "`Data.Status` is `FAIL`". */
function acceptorWords({ matcher }: Acceptor): string {
  const checked = 'output' in matcher ? matcher.output : 'inputOutput' in matcher ? matcher.inputOutput : undefined;
  // startAcceptors admits only these two kinds.
  if (checked === undefined) return JSON.stringify(matcher);
  const { path, expected, comparator } = checked;
  switch (comparator) {
    case 'stringEquals':
      return `${code(path)} is ${code(expected)}`;
    case 'booleanEquals':
      return `${code(path)} is ${expected}`;
    case 'allStringEquals':
      return `every ${code(path)} is ${code(expected)}`;
    case 'anyStringEquals':
      return `any ${code(path)} is ${code(expected)}`;
  }
}

function inSeconds(ms: number): string {
  return `${ms / 1000} s`;
}

/** The TypeScript module for one spec, laid out as `layout` says (by default generated/'s). */
export function renderWaiters(specFile: string, yamlText: string, layout = shippedLayout(specFile)): string {
  const { waiters, starts } = waiterTables(yamlText);
  const base = specFile.replace(/\.yaml$/, '');
  const prefix = layout.typePrefix;
  const methods = `${prefix}Methods`;
  const any = Object.keys(waiters).length > 0;
  const finds = Object.values(starts).some((s) => s.find !== null);
  const resultOf = (method: string) => `Awaited<ReturnType<${methods}['${method}']>>`;
  const pollResult = (w: WaiterEntry) => `${resultOf(w.pollMethod)}${succeedsOnError(w) ? ' | undefined' : ''}`;
  const waiterTypes = ['WaitArgs', 'WaiterResult', ...(Object.keys(starts).length > 0 ? ['StartAndWaitResult'] : [])];
  const lines = [
    `// Generated from ${layout.source} by scripts/generate.ts (scripts/codegen/waiters.ts). Do not edit`,
    '// by hand: change the spec, then run `npm run generate`. The waiters (x-imagesec-waiters) and the',
    '// operations that start work one follows (x-imagesec-wait), as data, and the methods they give the client.',
    '',
  ];
  if (any) {
    lines.push(`import type { ${methods} } from './${base}.methods.js';`);
    if (finds) {
      lines.push(`import type { operations } from './${base}.js';`);
      lines.push(`import type { ItemOf } from '${layout.root}src/core/operation-types.js';`);
    }
    lines.push(
      `import type { ${[...waiterTypes].sort().join(', ')} } from '${layout.root}src/core/waiter/types.js';`,
      '',
    );
  }
  // What a client installs its methods from: each waiter without its CLI command and description.
  const entries = Object.fromEntries(
    Object.entries(waiters).map(([name, { command: _command, description: _description, ...entry }]) => [name, entry]),
  );
  lines.push(`export const waiters = ${JSON.stringify(entries, null, 2)} as const;`, '');
  lines.push(`export const waitStarts = ${JSON.stringify(starts, null, 2)} as const;`, '');
  lines.push(
    "// The waiters with their CLI command and description, as the registry's descriptor gives them to the",
    '// CLI and the docs. Help text no client reads: it is joined to the table in a call marked pure, which',
    "// a bundler drops where nothing reads its result, so no client's bundle carries it.",
  );
  if (!any) lines.push('export const describedWaiters = {} as const;', '');
  else {
    lines.push('export const describedWaiters = /* @__PURE__ */ (() =>', '  ({');
    for (const [name, w] of Object.entries(waiters)) {
      const help = `"command": ${JSON.stringify(w.command)}, "description": ${JSON.stringify(w.description)}`;
      lines.push(`    ${JSON.stringify(name)}: { ...waiters.${name}, ${help} },`);
    }
    lines.push('  }) as const)();', '');
  }
  lines.push(`export interface ${prefix}WaiterMethods {`);
  for (const w of Object.values(waiters)) {
    lines.push(
      ...docComment(
        [
          w.description,
          '',
          `Polls ${w.pollMethod} (each poll a call of its own, retried like any other) every ${inSeconds(w.minDelayMs)} to ${inSeconds(w.maxDelayMs)}, ` +
            `for at most ${inSeconds(w.maxWaitMs)} (\`maxWaitMs\`); rejects with WaiterFailureError in a failure state, WaiterTimeoutError when time runs out.`,
        ].join('\n'),
      ),
    );
    lines.push(
      `  ${w.method}(...args: WaitArgs<${methods}['${w.pollMethod}']>): Promise<WaiterResult<${pollResult(w)}>>;`,
    );
  }
  for (const s of Object.values(starts)) {
    const w = waiters[s.waiter]!;
    const found =
      s.find === null ? 'never' : `ItemOf<operations['${s.find.operationId}'], ${JSON.stringify(s.find.items)}>`;
    lines.push(
      ...docComment(
        [
          `${s.startMethod}, then ${w.method} on what it started (the overall limit counts from its answer).`,
          s.requires === null
            ? ''
            : `Sends nothing and rejects with ValidationError unless ${code(s.requires.path)} is true (\`input\` the input given): ${s.requires.message}.`,
          s.find === null
            ? ''
            : `Its answer names no task: the new item of ${s.find.pageMethod} created since the start is the one followed (the newest, with a warning, when several appear).`,
          s.acceptors.length === 0
            ? ''
            : `Rejects with WaiterFailureError before any poll (the start's answer as \`result\`) when ${s.acceptors.map(acceptorWords).join(', or ')}.`,
        ]
          .filter((line) => line !== '')
          .join('\n'),
      ),
    );
    lines.push(
      `  ${s.method}(...args: WaitArgs<${methods}['${s.startMethod}']>): Promise<StartAndWaitResult<${resultOf(s.startMethod)}, ${pollResult(w)}, ${found}>>;`,
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}
