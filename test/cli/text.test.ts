// The CLI's small text utilities, kept over npm packages (see the comment in each): the did-you-mean
// choice, help-text reflow, and shell quoting, which the POSIX sh (dash on Debian) and bash must read
// back unchanged.
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/cli/suggest.js';
import { reflow, shellQuote } from '../../src/cli/text.js';

describe('closest (did you mean)', () => {
  const flags = ['image-type', 'image-name', 'region', 'endpoint', 'help'];

  it('suggests a choice within one edit per three characters (at least one)', () => {
    expect(closest('imge-type', flags)).toBe('image-type');
    expect(closest('regoin', flags)).toBe('region');
    expect(closest('halp', flags)).toBe('help');
    // A swap of two letters is two edits: too many for a four-letter word.
    expect(closest('hepl', flags)).toBeUndefined();
    expect(closest('egion', flags)).toBe('region');
  });

  it('suggests nothing when the nearest choice is too far', () => {
    expect(closest('project', flags)).toBeUndefined();
    expect(closest('xyz', ['hss', 'sas', 'mock'])).toBeUndefined();
  });

  it('takes a unique prefix of three or more characters, not an ambiguous or shorter one', () => {
    expect(closest('endp', flags)).toBe('endpoint');
    expect(closest('ima', flags)).toBeUndefined();
    expect(closest('he', flags)).toBeUndefined();
  });

  it('breaks a tie for the first choice given', () => {
    expect(closest('mage-type', ['image-type', 'mage-typo'])).toBe('image-type');
    expect(closest('has', ['hss', 'sas'])).toBe('hss');
  });
});

describe('reflow', () => {
  it('joins a paragraph and wraps it at the width, every line indented', () => {
    const lines = reflow('one two three\nfour five six seven', '  ', 20);
    expect(lines).toEqual(['  one two three four', '  five six seven']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('starts each list item on its own line with a hanging indent, however many spaces follow the dash', () => {
    expect(reflow('Kinds:\n-   alpha beta gamma\n* delta', '', 14)).toEqual([
      'Kinds:',
      '- alpha beta',
      '  gamma',
      '- delta',
    ]);
  });

  it('keeps table rows as they are, one blank line between paragraphs, none at the ends', () => {
    expect(reflow('\nA **bold** word.\n\n\n| a | b |\n|---|---|\n\n', '> ')).toEqual([
      '> A bold word.',
      '',
      '> | a | b |',
      '> |---|---|',
    ]);
  });

  it('gives a word longer than the width a line of its own', () => {
    const long = 'x'.repeat(30);
    expect(reflow(`a ${long} b`, '', 10)).toEqual(['a', long, 'b']);
  });
});

describe('shellQuote', () => {
  it('leaves plain words bare and single-quotes the rest', () => {
    expect(shellQuote('cn-north-4')).toBe('cn-north-4');
    expect(shellQuote('@images.json')).toBe('@images.json');
    expect(shellQuote('https://h:4010/v5/p?a=b&c=d')).toBe(`'https://h:4010/v5/p?a=b&c=d'`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe(`''`);
    // zsh expands a bare `=word` to the path of a command of that name.
    expect(shellQuote('=ls')).toBe(`'=ls'`);
    expect(shellQuote('a=b')).toBe('a=b');
  });

  const tricky = fc.string({
    unit: fc.constantFrom(...'\'"\\$`!#&;|<>(){}[]*?~=%@:,. \n\tab镜'.split('')),
    maxLength: 12,
  });
  const anything = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.includes('\0'));
  const words = [
    ...['', "it's!", '$(echo x)', '`id`', 'a\\\nb', '~root', '-', '--flag', '镜像'],
    ...fc.sample(tricky, { numRuns: 500, seed: 16 }),
    ...fc.sample(anything, { numRuns: 500, seed: 5 }),
  ];

  for (const shell of ['sh', 'bash']) {
    it(`is read back unchanged by ${shell}, for quotes, expansions, newlines and non-ASCII`, () => {
      const script = `set -- ${words.map(shellQuote).join(' ')}; for word do printf '%s\\0' "$word"; done`;
      const out = execFileSync(shell, ['-c', script], { env: { PATH: process.env.PATH ?? '', HOME: '/nowhere' } });
      expect(out.toString('utf8').split('\0').slice(0, -1)).toEqual(words);
    });
  }
});
