// --query's compiler (the column of a mistake, unknown functions), its evaluation over answers with
// exact big ids, -e's gate, and --output yaml's text (exact values, nothing a terminal acts on).
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileQuery, passesGate } from '../../src/cli/query.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { yamlText } from '../../src/cli/yaml-text.js';

async function refusal(expression: string): Promise<UsageError> {
  const error = await compileQuery(expression).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('--query', () => {
  it.each([
    ['foo bar', 5, "unexpected 'bar'", 'foo >>>bar'],
    ['data_list[?severity ==', 23, 'ends too early', 'data_list[?severity ==>>>'],
    ['length(@, 1)', 11, "unexpected '1'", 'length(@, >>>1)'],
    ['a.[', 4, 'ends too early', 'a.[>>>'],
    ['a | | b', 5, "unexpected '|'", 'a | >>>| b'],
    ['`{bad`', 1, "cannot read '`'", '>>>`{bad`'],
    ['items[?x == `1`].name | sortt(@)', 25, 'no function sortt()', 'items[?x == `1`].name | >>>sortt(@)'],
  ])('%j is refused at column %i', async (expression, column, what, pointed) => {
    const error = await refusal(expression);
    expect(error.message).toContain(what);
    expect(error.message).toContain(`at column ${column}: ${pointed}`);
    expect(error.hint).toMatch(/JMESPath/);
  });

  it('refuses an empty expression', async () => {
    expect((await refusal('  ')).message).toBe('--query is empty');
  });

  it('applies to an answer, big ids as their digits', async () => {
    const answer = {
      total_num: 2,
      data_list: [
        { image_id: 9223372036854775807n, severity: 'Critical', name: 'a' },
        { image_id: 7, severity: 'Low', name: 'b' },
      ],
    };
    expect((await compileQuery("data_list[?severity=='Critical'].name")).apply(answer)).toEqual(['a']);
    expect((await compileQuery('data_list[0].image_id')).apply(answer)).toBe('9223372036854775807');
    expect((await compileQuery('data_list[1].image_id')).apply(answer)).toBe(7);
    expect((await compileQuery('missing')).apply(answer)).toBeNull();
    expect((await compileQuery('length(data_list)')).apply(answer)).toBe(2);
  });

  it('a function given the wrong kind of value by an answer is a usage error naming it', async () => {
    const query = await compileQuery('length(total_num)');
    expect(() => query.apply({ total_num: 3 })).toThrow(UsageError);
  });
});

describe('-e/--exit-status', () => {
  it.each([
    [null, false],
    [undefined, false],
    [false, false],
    ['', false],
    [[], false],
    [{}, false],
    [0, true],
    [true, true],
    ['x', true],
    [[null], true],
    [{ a: null }, true],
  ])('%j passes: %s', (value, passes) => {
    expect(passesGate(value)).toBe(passes);
  });
});

describe('--output yaml', () => {
  it('reads back as the same value, big integers exact', () => {
    const value = { id: 9223372036854775807n, name: '中文', list: [1, 'yes', null], empty: {}, none: [] };
    const text = yamlText(value);
    expect(parse(text, { intAsBigInt: true })).toEqual({ ...value, list: [1n, 'yes', null] });
    expect(text).toContain('id: 9223372036854775807\n');
  });

  it('writes what a terminal would act on as escapes, in keys and values', () => {
    const value = {
      'k\u202ey': 'x\u001b[31mred',
      bidi: 'a\u202eb',
      separator: 'a\u2028b',
      del: 'a\u007fb',
      c1: 'a\u009bb',
      lines: 'a\nb',
    };
    const text = yamlText(value);
    // Only the line breaks between entries are left raw.
    expect(text.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u);
    expect(parse(text)).toEqual(value);
  });
});
