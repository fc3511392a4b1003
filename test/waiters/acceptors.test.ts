// Matching one poll's outcome against a waiter's acceptors (core/waiter/acceptors.ts), with the
// real JMESPath engine: comparators are strict about types, the first match decides, errors are
// matched by the vendor code the ApiError carries, and the description of the state seen is short
// whatever the answer holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, BadRequestError, ConnectionError, NotFoundError } from 'imagesec';
import { compare, matchAcceptors, type PollOutcome } from '../../src/core/waiter/acceptors.js';
import { MAX_DESCRIPTION, shortValue } from '../../src/core/waiter/describe.js';
import { jsonData, searcher, type Searcher } from '../../src/core/waiter/jmespath.js';
import type { Acceptor } from '../../src/core/waiter/types.js';

let engine: Searcher;
beforeAll(async () => {
  engine = await searcher();
});

const answer = (data: unknown, status = 200): PollOutcome => ({ ok: true, status, data });
const failed = (error: unknown): PollOutcome => ({ ok: false, error });
const apiError = (status: number, code: string | undefined) =>
  new (status === 404 ? NotFoundError : BadRequestError)({
    status,
    code,
    message: 'x',
    requestId: undefined,
    body: undefined,
  });

describe('comparators', () => {
  it('stringEquals needs a string, booleanEquals a boolean: nothing is converted', () => {
    expect(compare('100', 'stringEquals', '100')).toBe(true);
    expect(compare(100, 'stringEquals', '100')).toBe(false);
    expect(compare(null, 'stringEquals', 'null')).toBe(false);
    expect(compare(undefined, 'stringEquals', '')).toBe(false);
    expect(compare(true, 'booleanEquals', 'true')).toBe(true);
    expect(compare(false, 'booleanEquals', 'false')).toBe(true);
    expect(compare('true', 'booleanEquals', 'true')).toBe(false);
    expect(compare(1, 'booleanEquals', 'true')).toBe(false);
  });

  it('allStringEquals needs a non-empty array whose every item is the string; anyStringEquals one such item', () => {
    expect(compare(['a', 'a'], 'allStringEquals', 'a')).toBe(true);
    expect(compare(['a', 'b'], 'allStringEquals', 'a')).toBe(false);
    expect(compare([], 'allStringEquals', 'a')).toBe(false);
    expect(compare('a', 'allStringEquals', 'a')).toBe(false);
    expect(compare([1], 'allStringEquals', '1')).toBe(false);
    expect(compare(['b', 'a'], 'anyStringEquals', 'a')).toBe(true);
    expect(compare([], 'anyStringEquals', 'a')).toBe(false);
    expect(compare([1, null], 'anyStringEquals', '1')).toBe(false);
    expect(compare(null, 'anyStringEquals', 'a')).toBe(false);
  });
});

describe('acceptors in order', () => {
  const acceptors: Acceptor[] = [
    { state: 'success', matcher: { output: { path: 'Task.Status', expected: 'SUCCESS', comparator: 'stringEquals' } } },
    { state: 'failure', matcher: { output: { path: 'Task.Status', expected: 'TIMEOUT', comparator: 'stringEquals' } } },
    {
      state: 'failure',
      matcher: { output: { path: 'Items[].to_string(Code)', expected: '3', comparator: 'anyStringEquals' } },
    },
    { state: 'retry', matcher: { errorType: 'Task.NotReady' } },
    { state: 'success', matcher: { errorType: 'Task.Gone' } },
  ];

  it('the first acceptor that matches decides, and none matching is undefined', () => {
    expect(
      matchAcceptors(acceptors, {}, answer({ Task: { Status: 'SUCCESS' }, Items: [{ Code: 3 }] }), engine).state,
    ).toBe('success');
    expect(
      matchAcceptors(acceptors, {}, answer({ Task: { Status: 'START' }, Items: [{ Code: 3 }] }), engine).state,
    ).toBe('failure');
    expect(
      matchAcceptors(acceptors, {}, answer({ Task: { Status: 'START' }, Items: [{ Code: 1 }] }), engine).state,
    ).toBe(undefined);
  });

  it('an API error is matched by its vendor code; other errors and other codes by nothing', () => {
    expect(matchAcceptors(acceptors, {}, failed(apiError(400, 'Task.NotReady')), engine).state).toBe('retry');
    expect(matchAcceptors(acceptors, {}, failed(apiError(404, 'Task.Gone')), engine).state).toBe('success');
    expect(matchAcceptors(acceptors, {}, failed(apiError(400, 'Other')), engine).state).toBeUndefined();
    expect(matchAcceptors(acceptors, {}, failed(apiError(400, undefined)), engine).state).toBeUndefined();
    const network = new ConnectionError('reset', { cause: undefined, code: 'ECONNRESET' });
    expect(matchAcceptors(acceptors, {}, failed(network), engine).state).toBeUndefined();
  });

  it('success: true matches any answer, success: false any API error (not a network failure)', () => {
    const any: Acceptor[] = [
      { state: 'retry', matcher: { success: false } },
      { state: 'success', matcher: { success: true } },
    ];
    expect(matchAcceptors(any, {}, answer(undefined, 204), engine).state).toBe('success');
    expect(matchAcceptors(any, {}, failed(apiError(400, 'X')), engine).state).toBe('retry');
    expect(matchAcceptors(any, {}, failed(new Error('boom')), engine).state).toBeUndefined();
  });

  it('inputOutput reads {input, output}: the input as given, bigints as numbers or exact digits', () => {
    const matching: Acceptor[] = [
      {
        state: 'success',
        matcher: {
          inputOutput: {
            path: 'length(output.Items[?Id == $.input.Id]) == `1`',
            expected: 'true',
            comparator: 'booleanEquals',
          },
        },
      },
      {
        state: 'failure',
        matcher: {
          inputOutput: { path: 'to_string(input.Big)', expected: '9223372036854775807', comparator: 'stringEquals' },
        },
      },
    ];
    const output = { Items: [{ Id: 'a' }, { Id: 'b' }] };
    expect(matchAcceptors(matching, { Id: 'b' }, answer(output), engine).state).toBe('success');
    expect(matchAcceptors(matching, { Id: 'c', Big: 9223372036854775807n }, answer(output), engine).state).toBe(
      'failure',
    );
    expect(jsonData({ a: 5n, b: undefined, c: [1n] })).toEqual({ a: 5, c: [1] });
  });

  it('an expression the answer makes fail (a function given the wrong type) matches nothing', () => {
    const strict: Acceptor[] = [
      {
        state: 'success',
        matcher: { output: { path: 'length(Missing) > `0`', expected: 'true', comparator: 'booleanEquals' } },
      },
    ];
    const matched = matchAcceptors(strict, {}, answer({}), engine);
    expect(matched.state).toBeUndefined();
    expect(matched.description).toBe('length(Missing) > `0` = (no value)');
  });
});

describe('the description of the state seen', () => {
  const one: Acceptor[] = [
    {
      state: 'success',
      matcher: { output: { path: 'Items[].Status', expected: 'OK', comparator: 'allStringEquals' } },
    },
  ];

  it('names each expression read with its value, once, in order', () => {
    const two: Acceptor[] = [
      ...one,
      {
        state: 'failure',
        matcher: { output: { path: 'Items[].Status', expected: 'BAD', comparator: 'anyStringEquals' } },
      },
      { state: 'failure', matcher: { output: { path: 'Total', expected: '0', comparator: 'stringEquals' } } },
    ];
    expect(matchAcceptors(two, {}, answer({ Items: [{ Status: 'RUN' }], Total: 3 }), engine).description).toBe(
      'Items[].Status = ["RUN"]; Total = 3',
    );
  });

  it('stays short whatever the answer holds: long strings cut, a few items of a long array, objects by key count', () => {
    const huge = { Items: Array.from({ length: 1_000 }, (_, i) => ({ Status: `S${i}`.repeat(200) })) };
    const { description } = matchAcceptors(one, {}, answer(huge), engine);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(description).toContain('… 997 more');
    expect(shortValue({ a: 1, b: { c: 2 } })).toBe('{2 keys}');
    expect(shortValue([[1, 2], { a: 1 }])).toBe('[[2 items], {1 key}]');
    expect(shortValue('x'.repeat(500))).toHaveLength(62);
  });

  it('an answer the acceptors do not read is its HTTP status; an error its code and status', () => {
    const bare: Acceptor[] = [{ state: 'success', matcher: { success: true } }];
    expect(matchAcceptors(bare, {}, answer({ Secretish: 'value' }), engine).description).toBe('HTTP 200');
    expect(matchAcceptors(bare, {}, failed(apiError(404, 'HSS.1064')), engine).description).toBe(
      'error HSS.1064 (HTTP 404)',
    );
    expect(matchAcceptors(bare, {}, failed(apiError(400, undefined)), engine).description).toBe('error (HTTP 400)');
    expect(
      matchAcceptors(
        bare,
        {},
        failed(
          new ApiError({ status: 502, code: 'X'.repeat(1000), message: '', requestId: undefined, body: undefined }),
        ),
        engine,
      ).description.length,
    ).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });
});

describe('the input members an expression reads (where a requirement that is not met points)', () => {
  it.each([
    ["input.OperateType == 'vul_fix'", ['OperateType']],
    ["input.body.list[0].x == 'a' && input.body.y", ['body.list[0].x', 'body.y']],
    ["contains(['a', 'b'], input.Type) || input.Type == 'c'", ['Type']],
    ['!(input.Info)', ['Info']],
    ['length(keys(input)) > `0`', ['']],
    // Inside a projection, a filter, a pipe or an expression reference, `input` is an item, not the input.
    ['input.items[*].input', ['items']],
    ['input.items[].x', ['items']],
    ['input.m.*.x', ['m']],
    ['input.a.b[1][2] || input.a.c[0:2].d', ['a.b[1][2]', 'a.c']],
    ['input[0]', ['[0]']],
    ["input.items[?input == 'x'] | [0].input", ['items']],
    ['max_by(input.items, &input.n)', ['items']],
    ['keys(input.m)[*].input', ['m']],
    ['to_array(input.a).input', ['a']],
    ["'input.A' == output.A", []],
  ])('%s: %j', (expression, paths) => {
    expect(engine.paths(expression, 'input')).toEqual(paths);
  });
});
