// The waiter generator (scripts/codegen/waiters.ts): a copy of the HSS spec with waiters added to
// ListImageLocal (polled) and BatchScanLocalImage (a start), checked hard at generation time. A good
// declaration generates the table and the methods; each mistake stops generation with a message
// naming the operation and what is wrong. A start's own acceptors (failure states read off its
// answer before any poll) are declared on ListImageWhiteLists, a start with a JSON answer; its
// requirement on the input (checked before anything is sent) on BatchScanLocalImage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderWaiters, waiterTables } from '../../scripts/codegen/waiters.js';

const SPEC = readFileSync(new URL('../../openapi/hss.yaml', import.meta.url), 'utf8');

type Node = Record<string, unknown>;

const SCANNED = {
  description: 'Until the image named by `image_name` and `image_version` is scanned.',
  minDelay: 5,
  maxDelay: 60,
  maxWait: 1800,
  acceptors: [
    {
      state: 'success',
      matcher: { output: { path: 'data_list[0].scan_status', expected: 'success', comparator: 'stringEquals' } },
    },
    {
      state: 'failure',
      matcher: { output: { path: 'data_list[0].scan_status', expected: 'failed', comparator: 'stringEquals' } },
    },
    { state: 'retry', matcher: { errorType: 'HSS.1063' } },
    {
      state: 'retry',
      matcher: {
        inputOutput: { path: 'length(output.data_list) == `0`', expected: 'true', comparator: 'booleanEquals' },
      },
    },
  ],
};

const WAIT = {
  waiter: 'LocalImageScanned',
  input: '{image_name: found.image_name, image_version: found.image_version}',
  find: {
    operation: 'ListImageLocal',
    input: "{scan_status: 'scanning', limit: `200`}",
    items: 'data_list',
    createdAt: 'latest_update_time',
    id: 'image_id',
  },
};

/** The operation object with this operationId in a parsed spec. */
function operation(doc: Node, operationId: string): Node {
  for (const item of Object.values(doc.paths as Record<string, Node>)) {
    for (const candidate of Object.values(item)) {
      if ((candidate as Node | undefined)?.operationId === operationId) return candidate as Node;
    }
  }
  throw new Error(`no ${operationId}`);
}

// The operations these tests use, without the waiters the spec declares on them: the rest of the
// spec's paths are left out, so that each case generates from a small document.
const USED = [
  'ListImageLocal',
  'BatchScanLocalImage',
  'ShowImageSecurityReportStatistic',
  'ListImageWhiteLists',
  'AddImageWhiteLists',
];
const SMALL = (() => {
  const doc = parse(SPEC, { intAsBigInt: true }) as Node;
  const paths = doc.paths as Record<string, Node>;
  for (const [path, item] of Object.entries(paths)) {
    if (!Object.values(item).some((o) => USED.includes((o as Node | undefined)?.operationId as string)))
      delete paths[path];
    for (const candidate of Object.values(item)) {
      delete (candidate as Node)['x-imagesec-waiters'];
      delete (candidate as Node)['x-imagesec-wait'];
    }
  }
  return doc;
})();

/** The spec with extensions set on operations (by operationId), as YAML text. */
function spec(extensions: Record<string, Node>): string {
  const doc = structuredClone(SMALL);
  for (const [operationId, fields] of Object.entries(extensions)) Object.assign(operation(doc, operationId), fields);
  return stringify(doc);
}

/** A good declaration with one change, made by `edit` on a deep copy. */
function changed(edit: (waiters: Node, wait: Node) => void): string {
  const waiters = structuredClone({ LocalImageScanned: SCANNED }) as Node;
  const wait = structuredClone(WAIT) as Node;
  edit(waiters, wait);
  return spec({
    ListImageLocal: { 'x-imagesec-waiters': waiters },
    BatchScanLocalImage: { 'x-imagesec-wait': wait },
  });
}

const waiter = (waiters: Node) => waiters.LocalImageScanned as Node;
const acceptors = (waiters: Node) => waiter(waiters).acceptors as Node[];

describe('a good declaration', () => {
  it('generates the waiter, the start and their methods', () => {
    const text = changed(() => undefined);
    const { waiters, starts } = waiterTables(text);
    expect(waiters.LocalImageScanned).toMatchObject({
      name: 'LocalImageScanned',
      command: 'local-image-scanned',
      method: 'waitForLocalImageScanned',
      operationId: 'ListImageLocal',
      pollMethod: 'listImageLocal',
      minDelayMs: 5000,
      maxDelayMs: 60000,
      maxWaitMs: 1800000,
    });
    expect(waiters.LocalImageScanned!.acceptors).toHaveLength(4);
    expect(starts.BatchScanLocalImage).toEqual({
      acceptors: [],
      requires: null,
      operationId: 'BatchScanLocalImage',
      method: 'batchScanLocalImageAndWait',
      startMethod: 'batchScanLocalImage',
      waiter: 'LocalImageScanned',
      input: WAIT.input,
      find: {
        operationId: 'ListImageLocal',
        pageMethod: 'paginateListImageLocal',
        input: WAIT.find.input,
        items: 'data_list',
        createdAt: 'latest_update_time',
        id: 'image_id',
      },
    });
    const module = renderWaiters('hss.yaml', text);
    expect(module).toContain(
      "waitForLocalImageScanned(...args: WaitArgs<HssMethods['listImageLocal']>): Promise<WaiterResult<Awaited<ReturnType<HssMethods['listImageLocal']>>>>;",
    );
    expect(module).toContain(
      "batchScanLocalImageAndWait(...args: WaitArgs<HssMethods['batchScanLocalImage']>): Promise<StartAndWaitResult<",
    );
    expect(module).toContain('ItemOf<operations[\'ListImageLocal\'], "data_list">');
  });

  it("takes Smithy's default delays (2 s, 120 s) when none are given", () => {
    const { waiters } = waiterTables(
      changed((w) => {
        delete waiter(w).minDelay;
        delete waiter(w).maxDelay;
      }),
    );
    expect(waiters.LocalImageScanned).toMatchObject({ minDelayMs: 2000, maxDelayMs: 120000 });
  });

  it('a spec without waiters generates empty tables and an empty interface', () => {
    const module = renderWaiters('hss.yaml', spec({}));
    expect(module).toContain('export const waiters = {} as const;');
    expect(module).toContain('export interface HssWaiterMethods {\n}');
    expect(module).not.toContain('import');
  });
});

/** Failure states a start may read off its answer: one on the answer, one on its input with it. */
const START_FAILURES = [
  {
    state: 'failure',
    matcher: { output: { path: 'total_num == `0`', expected: 'true', comparator: 'booleanEquals' } },
  },
  {
    state: 'failure',
    matcher: {
      inputOutput: {
        path: 'output.data_list[0].image_type || input.image_type',
        expected: 'local',
        comparator: 'stringEquals',
      },
    },
  },
];

/** The good waiter, and ListImageWhiteLists (a JSON answer) as a start with `acceptors`. */
function startSpec(acceptors: unknown): string {
  return spec({
    ListImageLocal: { 'x-imagesec-waiters': { LocalImageScanned: SCANNED } },
    ListImageWhiteLists: {
      'x-imagesec-wait': { waiter: 'LocalImageScanned', input: '{image_name: input.image_name}', acceptors },
    },
  });
}

describe("a start's acceptors, read off its answer before any poll", () => {
  it('are generated in order, and named in the method comment', () => {
    const text = startSpec(START_FAILURES);
    expect(waiterTables(text).starts.ListImageWhiteLists!.acceptors).toEqual(START_FAILURES);
    const comment = renderWaiters('hss.yaml', text).replace(/\n {3}\* /g, ' ');
    expect(comment).toContain(
      "Rejects with WaiterFailureError before any poll (the start's answer as `result`) when `` total_num == `0` `` " +
        'is true, or `output.data_list[0].image_type || input.image_type` is `local`.',
    );
  });

  const WRONG: [string, unknown, RegExp][] = [
    [
      'a success state',
      [{ ...START_FAILURES[0], state: 'success' }],
      /^ListImageWhiteLists: x-imagesec-wait acceptor 1 state must be failure: .*\(success belongs to the waiter's own acceptors\)/,
    ],
    [
      'a retry state',
      [START_FAILURES[0], { ...START_FAILURES[1], state: 'retry' }],
      /x-imagesec-wait acceptor 2 state must be failure: .*\(retry belongs/,
    ],
    [
      'an unknown state',
      [{ ...START_FAILURES[0], state: 'stop' }],
      /acceptor 1 state must be one of success, failure, retry/,
    ],
    [
      'an errorType matcher',
      [{ state: 'failure', matcher: { errorType: 'HSS.1063' } }],
      /x-imagesec-wait acceptor 1 matcher must be output or inputOutput: .*an API error from the start is thrown as it is/,
    ],
    [
      'a success matcher',
      [{ state: 'failure', matcher: { success: true } }],
      /x-imagesec-wait acceptor 1 matcher must be output or inputOutput/,
    ],
    [
      'a path that does not compile',
      [
        {
          state: 'failure',
          matcher: { output: { path: 'total_num ==', expected: 'true', comparator: 'booleanEquals' } },
        },
      ],
      /x-imagesec-wait acceptor 1 matcher output path does not compile as JMESPath/,
    ],
    [
      'an unknown comparator',
      [{ state: 'failure', matcher: { output: { path: 'total_num', expected: '0', comparator: 'numberEquals' } } }],
      /x-imagesec-wait acceptor 1 comparator must be one of/,
    ],
    [
      'an inputOutput matcher that reads the input alone (a requirement, sent first and failed after)',
      [
        {
          state: 'failure',
          matcher: {
            inputOutput: { path: "input.image_type != 'local'", expected: 'true', comparator: 'booleanEquals' },
          },
        },
      ],
      /^ListImageWhiteLists: x-imagesec-wait acceptor 1 matcher inputOutput reads no output: a check of the input alone belongs in requires/,
    ],
    ['an empty list', [], /^ListImageWhiteLists: x-imagesec-wait acceptors must be a non-empty list \(or left out\)/],
    ['a single acceptor, not a list', START_FAILURES[0], /x-imagesec-wait acceptors must be a non-empty list/],
  ];

  it.each(WRONG)('%s stops generation', (_, acceptors, message) => {
    const text = startSpec(acceptors);
    expect(() => waiterTables(text)).toThrow(message);
  });

  it('a start that documents no JSON answer has none to read', () => {
    const text = changed((_, s) => (s.acceptors = [START_FAILURES[0]]));
    expect(() => waiterTables(text)).toThrow(
      /^BatchScanLocalImage: x-imagesec-wait acceptor 1 matcher output reads the answer, but the operation documents no JSON 200 body/,
    );
  });
});

/** What BatchScanLocalImage's input must be for the wait: a host named. */
const REQUIRES = { path: 'input.body.host_id != null', message: 'only a scan on a named host can be followed' };

describe("a start's requirement on its input, checked before anything is sent", () => {
  it('is generated as declared (its message on one line), and named in the method comment', () => {
    const text = changed(
      (_, s) => (s.requires = { ...REQUIRES, message: `  ${REQUIRES.message.replace(/ /g, '\n  ')} ` }),
    );
    expect(waiterTables(text).starts.BatchScanLocalImage!.requires).toEqual(REQUIRES);
    const comment = renderWaiters('hss.yaml', text).replace(/\n {3}\* /g, ' ');
    expect(comment).toContain(
      'Sends nothing and rejects with ValidationError unless `input.body.host_id != null` is true (`input` the input ' +
        'given): only a scan on a named host can be followed.',
    );
  });

  it('is null when left out, and the comment says nothing of it', () => {
    const text = changed(() => undefined);
    expect(waiterTables(text).starts.BatchScanLocalImage!.requires).toBeNull();
    expect(renderWaiters('hss.yaml', text)).not.toContain('ValidationError');
  });

  it('goes with a start that documents no JSON answer: it reads the input only', () => {
    expect(() => waiterTables(changed((_, s) => (s.requires = REQUIRES)))).not.toThrow();
  });

  const WRONG: [string, unknown, RegExp][] = [
    ['a bare expression', REQUIRES.path, /^BatchScanLocalImage: x-imagesec-wait requires must be \{path, message\}$/],
    ['a list', [REQUIRES], /x-imagesec-wait requires must be \{path, message\}/],
    ['null', null, /x-imagesec-wait requires must be \{path, message\}/],
    ['no path', { message: REQUIRES.message }, /x-imagesec-wait requires path must be a JMESPath expression/],
    ['an empty path', { ...REQUIRES, path: ' ' }, /x-imagesec-wait requires path must be a JMESPath expression/],
    [
      'a path that does not compile',
      { ...REQUIRES, path: 'input.OperateType ==' },
      /x-imagesec-wait requires path does not compile as JMESPath/,
    ],
    ['no message', { path: REQUIRES.path }, /x-imagesec-wait requires message must say, in a few words, why/],
    ['an empty message', { ...REQUIRES, message: '  ' }, /x-imagesec-wait requires message must say/],
    ['a message that is no text', { ...REQUIRES, message: true }, /x-imagesec-wait requires message must say/],
    [
      'a key besides path and message',
      { ...REQUIRES, expected: 'true' },
      /x-imagesec-wait requires has unknown keys expected \(known: path, message\)/,
    ],
  ];

  it.each(WRONG)('%s stops generation', (_, requires, message) => {
    const text = changed((_, s) => (s.requires = requires));
    expect(() => waiterTables(text)).toThrow(message);
  });
});

const BAD: [string, (waiters: Node, wait: Node) => void, RegExp][] = [
  [
    'a name that is not PascalCase',
    (w) => {
      w.localImageScanned = w.LocalImageScanned;
      delete w.LocalImageScanned;
    },
    /^ListImageLocal: x-imagesec-waiters localImageScanned name must be PascalCase/,
  ],
  ['an unknown key', (w) => (waiter(w).maxAttempts = 5), /LocalImageScanned has unknown keys maxAttempts/],
  ['no description', (w) => delete waiter(w).description, /LocalImageScanned needs a description/],
  ['no maxWait', (w) => delete waiter(w).maxWait, /LocalImageScanned needs maxWait \(seconds\)/],
  ['a delay of zero', (w) => (waiter(w).minDelay = 0), /minDelay must be a whole number of seconds from 1/],
  ['fractional seconds', (w) => (waiter(w).maxDelay = 1.5), /maxDelay must be a whole number of seconds/],
  ['minDelay above maxDelay', (w) => (waiter(w).minDelay = 90), /minDelay \(90\) must not exceed maxDelay \(60\)/],
  ['maxWait below minDelay', (w) => (waiter(w).maxWait = 3), /maxWait \(3\) must be at least minDelay \(5\)/],
  ['no acceptors', (w) => (waiter(w).acceptors = []), /needs acceptors \(a non-empty list\)/],
  [
    'no success acceptor',
    (w) => (waiter(w).acceptors = acceptors(w).filter((a) => a.state !== 'success')),
    /needs an acceptor with state success/,
  ],
  [
    'an unknown state',
    (w) => (acceptors(w)[0]!.state = 'done'),
    /acceptor 1 state must be one of success, failure, retry/,
  ],
  [
    'two matcher kinds in one acceptor',
    (w) => ((acceptors(w)[1]!.matcher as Node).success = true),
    /acceptor 2 matcher must have exactly one of output, inputOutput, success, errorType \(has output, success\)/,
  ],
  [
    'no matcher kind',
    (w) => (acceptors(w)[0]!.matcher = {}),
    /acceptor 1 matcher must have exactly one of .* \(has none\)/,
  ],
  [
    'an unknown comparator',
    (w) => (((acceptors(w)[0]!.matcher as Node).output as Node).comparator = 'equals'),
    /acceptor 1 comparator must be one of stringEquals, booleanEquals, allStringEquals, anyStringEquals/,
  ],
  [
    'an expected value YAML reads as a number',
    (w) => (((acceptors(w)[0]!.matcher as Node).output as Node).expected = 100n),
    /acceptor 1 expected must be a string \(quote it in the YAML: expected: "100"\)/,
  ],
  [
    'booleanEquals expecting neither true nor false',
    (w) => (((acceptors(w)[3]!.matcher as Node).inputOutput as Node).expected = 'yes'),
    /acceptor 4 booleanEquals expects "true" or "false"/,
  ],
  [
    'a path that does not compile',
    (w) => (((acceptors(w)[0]!.matcher as Node).output as Node).path = 'data_list[0.scan_status'),
    /acceptor 1 matcher output path does not compile as JMESPath/,
  ],
  [
    'an empty errorType',
    (w) => (acceptors(w)[2]!.matcher = { errorType: ' ' }),
    /acceptor 3 matcher errorType must be/,
  ],
  [
    'success that is not a boolean',
    (w) => (acceptors(w)[2]!.matcher = { success: 'yes' }),
    /success must be true or false/,
  ],
  [
    'an extra key in a path matcher',
    (w) => (((acceptors(w)[0]!.matcher as Node).output as Node).value = 'x'),
    /acceptor 1 matcher output has unknown keys value/,
  ],
  [
    'a start naming no declared waiter',
    (_, s) => (s.waiter = 'Nope'),
    /^BatchScanLocalImage: x-imagesec-wait names waiter Nope, which this spec does not declare/,
  ],
  [
    'a start input that builds no object',
    (_, s) => (s.input = 'found.image_name'),
    /x-imagesec-wait input must build an object/,
  ],
  [
    'a start input that does not compile',
    (_, s) => (s.input = '{a: }'),
    /x-imagesec-wait input does not compile as JMESPath/,
  ],
  ['an unknown key on the start', (_, s) => (s.then = 'x'), /x-imagesec-wait has unknown keys then/],
  [
    'a find on an unknown operation',
    (_, s) => ((s.find as Node).operation = 'ListNothing'),
    /find operation ListNothing is not an operation of this spec/,
  ],
  [
    'a find on an operation that is not a list',
    (_, s) => ((s.find as Node).operation = 'ShowImageSecurityReportStatistic'),
    /find operation ShowImageSecurityReportStatistic is not a list \(it has no x-imagesec-paginate\)/,
  ],
  ["find items other than the list's", (_, s) => ((s.find as Node).items = 'items'), /find items must be data_list/],
  [
    'a createdAt that is no field',
    (_, s) => ((s.find as Node).createdAt = 'created'),
    /find createdAt created is not a field of ListImageLocal's items/,
  ],
  [
    'a createdAt that is no number',
    (_, s) => ((s.find as Node).createdAt = 'image_name'),
    /find createdAt image_name must be a number field/,
  ],
  ['an id that is no field', (_, s) => ((s.find as Node).id = 'task_id'), /find id task_id is not a field/],
  [
    'a find input that builds no object',
    (_, s) => ((s.find as Node).input = "'scanning'"),
    /find input must build an object/,
  ],
];

describe('a bad declaration stops generation, naming the operation', () => {
  it.each(BAD)('%s', (_, edit, message) => {
    const text = changed(edit);
    expect(() => waiterTables(text)).toThrow(message);
  });

  it('a waiter declared twice', () => {
    const text = spec({
      ListImageLocal: { 'x-imagesec-waiters': { LocalImageScanned: SCANNED } },
      ListImageWhiteLists: {
        'x-imagesec-waiters': {
          LocalImageScanned: { ...SCANNED, acceptors: [{ state: 'success', matcher: { success: true } }] },
        },
      },
    });
    expect(() => waiterTables(text)).toThrow(/x-imagesec-waiters LocalImageScanned is declared twice/);
  });

  it('a waiter on an operation that is not safe to repeat', () => {
    const text = spec({
      AddImageWhiteLists: {
        'x-imagesec-waiters': { Again: { ...SCANNED, acceptors: [{ state: 'success', matcher: { success: true } }] } },
      },
    });
    expect(() => waiterTables(text)).toThrow(
      /^AddImageWhiteLists: x-imagesec-waiters Again polls AddImageWhiteLists, which is not x-imagesec-safe-to-repeat/,
    );
  });

  it('a start that names the waiter of its own operation', () => {
    const text = spec({
      ListImageLocal: {
        'x-imagesec-waiters': { LocalImageScanned: SCANNED },
        'x-imagesec-wait': { waiter: 'LocalImageScanned', input: '{image_name: input.image_name}' },
      },
    });
    expect(() => waiterTables(text)).toThrow(/a start cannot poll itself/);
  });

  it('an operation whose flag would collide with the waiting flags (--max-wait)', () => {
    const parameter = { name: 'max_wait', in: 'query', description: 'x', schema: { type: 'integer' } };
    const text = spec({ ListImageLocal: { 'x-imagesec-waiters': { LocalImageScanned: SCANNED } } });
    const doc = parse(text, { intAsBigInt: true }) as Node;
    (operation(doc, 'ListImageLocal').parameters as unknown[]).push(parameter);
    expect(() => waiterTables(stringify(doc))).toThrow(
      /^ListImageLocal: x-imagesec-waiters LocalImageScanned ListImageLocal's flag --max-wait would collide with the CLI's waiting flag/,
    );
  });

  it('x-imagesec-waiters that is not a map of waiters', () => {
    expect(() => waiterTables(spec({ ListImageLocal: { 'x-imagesec-waiters': [SCANNED] } }))).toThrow(
      /^ListImageLocal: x-imagesec-waiters maps waiter names to waiters/,
    );
  });
});
