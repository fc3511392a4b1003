// `--output table`: a list as aligned columns fitted to the terminal, a single object as key/value
// lines. What the server sent is shown safe and measured as a terminal shows it (wide CJK text two
// columns a character), and no line is wider than the terminal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth } from '../../src/cli/display-width.js';
import { layout, renderAnswer, renderRecord, renderTable, type TableColumn } from '../../src/cli/table.js';

const IMAGES = [
  {
    image_name: 'nginx',
    image_version: '1.25.3',
    scan_status: 'completed',
    severity_level: 'High',
    vul_num: 12,
    host_name: '生产环境主机-北京-01',
    image_id: 'sha256:9b3c0d4e5f6a7b8c9d0e1f2a3b4c5d6e',
  },
  {
    image_name: 'registry.example.com/team/payments-api',
    image_version: 'v2.14.0-rc.1',
    scan_status: 'failed',
    severity_level: null,
    vul_num: 9007199254740993n,
    host_name: 'build-01',
    image_id: 'sha256:00',
  },
  { image_name: 'redis', image_version: '7', scan_status: 'scanning', vul_num: 0, host_name: '测试', tags: ['a', 'b'] },
];

const COLUMNS: TableColumn[] = [
  'image_name',
  'image_version',
  'scan_status',
  'severity_level',
  'vul_num',
  'host_name',
  'image_id',
].map((path) => ({ header: path, path }));

/** Each line's display width is at most `width`, and no line ends with a space. */
function expectFits(text: string, width: number): void {
  for (const line of text.split('\n')) {
    expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(line).toBe(line.trimEnd());
  }
}

describe('renderTable', () => {
  const FULL = [
    'image_name                              image_version  scan_status  severity_level  vul_num           host_name             image_id',
    'nginx                                   1.25.3         completed    High            12                生产环境主机-北京-01  sha256:9b3c0d4e5f6a7b8c9d0e1f2a3b4c5d6e',
    'registry.example.com/team/payments-api  v2.14.0-rc.1   failed                       9007199254740993  build-01              sha256:00',
    'redis                                   7              scanning                     0                 测试',
  ].join('\n');

  it('shows every column whole when the width is unknown (not a terminal) or wide enough', () => {
    expect(renderTable(IMAGES, { columns: COLUMNS, width: undefined, color: false })).toBe(FULL);
    expect(renderTable(IMAGES, { columns: COLUMNS, width: 200, color: false })).toBe(FULL);
    expectFits(FULL, 200);
  });

  it('at 80 columns: the columns on the right give way before a name is cut short, cut values end with …', () => {
    const text = renderTable(IMAGES, { columns: COLUMNS, width: 80, color: false });
    expect(text).toBe(
      [
        'image_name                       image_version  scan_status  severity_level  …+3',
        'nginx                            1.25.3         completed    High',
        'registry.example.com/team/paym…  v2.14.0-rc.1   failed',
        'redis                            7              scanning',
      ].join('\n'),
    );
    expectFits(text, 80);
  });

  it('at 40 columns: the columns that cannot fit are dropped from the right and counted', () => {
    const text = renderTable(IMAGES, { columns: COLUMNS, width: 40, color: false });
    expect(text).toBe(
      [
        'image_name            image_version  …+5',
        'nginx                 1.25.3',
        'registry.example.co…  v2.14.0-rc.1',
        'redis                 7',
      ].join('\n'),
    );
    expectFits(text, 40);
  });

  it('counts a wide character as two columns and never cuts one in two', () => {
    const rows = [{ name: '镜像扫描结果', id: 'a' }];
    const columns = [
      { header: 'name', path: 'name' },
      { header: 'id', path: 'id' },
    ];
    // 12 columns of text; at 13, with the mark for the id, the name has 8: three characters and the mark, one short.
    expect(renderTable(rows, { columns, width: 13, color: false })).toBe('name      …+1\n镜像扫…');
    expect(renderTable(rows, { columns, width: 16, color: false })).toBe('name          id\n镜像扫描结果  a');
  });

  it('takes the scalar keys of the rows in the order first seen when no columns are given', () => {
    const rows = [
      { id: 1, labels: { a: 1 }, name: 'x' },
      { id: 2, name: 'y', ok: true, labels: null },
    ];
    expect(renderTable(rows, { width: undefined, color: false })).toBe('id  name  ok\n1   x\n2   y     true');
  });

  it('shows scalars (and a mix of values) as one column, nested values as compact JSON', () => {
    expect(renderTable(['a', 2, null, 12345678901234567890n], { width: undefined, color: false })).toBe(
      'value\na\n2\n\n12345678901234567890',
    );
    expect(renderTable([{ a: 1 }, [1, { b: 'c' }]], { width: undefined, color: false })).toBe(
      'value\n{"a":1}\n[1,{"b":"c"}]',
    );
  });

  it('reads dotted paths, shows a missing or null value empty and booleans and numbers as JSON', () => {
    const rows = [{ task: { id: 't1', done: false }, n: 1.5 }, { task: null }, 'not an object'];
    const columns = [
      { header: 'ID', path: 'task.id' },
      { header: 'DONE', path: 'task.done' },
      { header: 'N', path: 'n' },
    ];
    expect(renderTable(rows, { columns, width: 80, color: false })).toBe('ID  DONE   N\nt1  false  1.5\n\n');
  });

  it('leaves out a declared column no row has a value for', () => {
    const rows = [
      { id: 'a', name: null },
      { id: 'b', name: '' },
    ];
    const columns = [
      { header: 'id', path: 'id' },
      { header: 'name', path: 'name' },
      { header: 'status', path: 'status' },
    ];
    expect(renderTable(rows, { columns, width: 80, color: false })).toBe('id\na\nb');
  });

  it('shows the header of declared columns for an empty list, and nothing otherwise', () => {
    expect(renderTable([], { columns: COLUMNS.slice(0, 2), width: 80, color: false })).toBe(
      'image_name  image_version',
    );
    expect(renderTable([], { width: 80, color: false })).toBe('');
  });

  it('shows hostile text safe: escapes, line breaks and the bell are written out, on one line', () => {
    const rows = [{ name: 'ok\x1b[2J\x1b]0;owned\x07\nrm -rf /\r', note: '\u202eevil\u0085' }];
    const text = renderTable(rows, { width: undefined, color: false });
    const shown = 'ok\\x1b[2J\\x1b]0;owned\\x07\\nrm -rf /\\r';
    expect(text).toBe(`${'name'.padEnd(shown.length)}  note\n${shown}  \\u202eevil\\x85`);
    expect(text.split('\n')).toHaveLength(2);
    for (const line of text.split('\n')) expect(line).not.toMatch(/[\p{Cc}\u202e]/u);
    // A header from the server's keys is made safe too.
    expect(renderTable([{ 'a\x1bb': 1 }], { width: undefined, color: false })).toBe('a\\x1bb\n1');
  });

  it('bolds the header with SGR codes only when asked to', () => {
    const plain = renderTable(IMAGES, { columns: COLUMNS, width: 80, color: false });
    expect(plain).not.toContain('\x1b');
    const bold = renderTable(IMAGES, { columns: COLUMNS, width: 80, color: true });
    const [head, ...rest] = bold.split('\n');
    expect(head).toBe(`\x1b[1m${plain.split('\n')[0]}\x1b[0m`);
    expect(rest.join('\n')).toBe(plain.split('\n').slice(1).join('\n'));
  });

  it('keeps one column, cut to the width, on a terminal too narrow for more', () => {
    expect(renderTable(IMAGES, { columns: COLUMNS, width: 5, color: false })).toBe('imag…\nnginx\nregi…\nredis');
    expect(renderTable([{ a: '中文' }], { width: 1, color: false })).toBe('a\n…');
    expect(renderTable([{ a: '中文' }], { width: 0.5, color: false })).toBe('a\n…');
    expect(renderTable([{ a: '中文' }], { width: Number.POSITIVE_INFINITY, color: false })).toBe('a\n中文');
  });

  it('fits every line within the width, for any text and width', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom('中', 'ｱ', 'é', 'e\u0301', '👍', 'a', ' ', '\x1b', '\n'), maxLength: 20 }),
    );
    const row = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'name', '名称'),
      fc.oneof(text, fc.integer(), fc.constant(null)),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.integer({ min: 1, max: 120 }), (rows, width) => {
        const text = renderTable(rows, { width, color: false });
        expectFits(text, width);
        for (const line of text.split('\n')) expect(line).not.toMatch(/\p{Cc}/u);
        if (text !== '') expect(text.split('\n')).toHaveLength(rows.length + 1);
      }),
      { numRuns: 300, seed: 28 },
    );
  });
});

describe('layout', () => {
  it('shrinks the widest column first, leaving out columns on the right before one is cut below 20', () => {
    expect(layout([30, 10, 5], [8, 8, 8], 40)).toEqual({ widths: [21, 10, 5], dropped: 0 });
    expect(layout([30, 30, 5], [8, 8, 8], 40)).toEqual({ widths: [30], dropped: 2 });
    expect(layout([30, 30, 5], [8, 8, 8], 50)).toEqual({ widths: [21, 20, 5], dropped: 0 });
    expect(layout([30, 30, 30], [8, 8, 8], 20)).toEqual({ widths: [15], dropped: 2 });
  });
});

describe('displayWidth and fitWidth', () => {
  it('measures wide and fullwidth characters as two columns, combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('👨\u200d👩\u200d👧')).toBe(2);
    expect(displayWidth('\u200b')).toBe(0);
  });

  it('cuts at a grapheme, with … after it, never through a wide character', () => {
    expect(fitWidth('中文字', 6)).toBe('中文字');
    expect(fitWidth('中文字', 5)).toBe('中文…');
    expect(fitWidth('中文字', 4)).toBe('中…');
    expect(fitWidth('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
    expect(fitWidth('abc', 0)).toBe('');
  });
});

describe('renderRecord', () => {
  it('aligns keys, shows nested objects as dotted keys and lists as compact JSON', () => {
    const answer = { TaskId: 'a410', TaskInfo: { Status: 'SUCCESS', Progress: 100 }, Ids: [1, 2], Empty: {}, No: null };
    expect(renderRecord(answer, { width: undefined, color: false })).toBe(
      [
        'TaskId             a410',
        'TaskInfo.Status    SUCCESS',
        'TaskInfo.Progress  100',
        'Ids                [1,2]',
        'Empty              {}',
        'No',
      ].join('\n'),
    );
  });

  it('cuts values to the width and bolds the keys only when asked to', () => {
    const answer = { name: '镜像'.repeat(20), n: 1 };
    const text = renderRecord(answer, { width: 20, color: false });
    expect(text).toBe('name  镜像镜像镜像…\nn     1');
    expectFits(text, 20);
    expect(renderRecord(answer, { width: 20, color: true })).toBe(
      '\x1b[1mname\x1b[0m  镜像镜像镜像…\n\x1b[1mn\x1b[0m     1',
    );
  });

  it('shows a scalar as one safe line', () => {
    expect(renderRecord('a\nb', { width: undefined, color: false })).toBe('a\\nb');
    expect(renderRecord(42n, { width: undefined, color: false })).toBe('42');
  });
});

describe('renderAnswer', () => {
  const table = { items: 'Data.List', columns: [{ header: 'KEY', path: 'RiskKey' }] };

  it('shows the declared list of an answer with its columns', () => {
    const answer = { RequestId: 'r', Data: { List: [{ RiskKey: 'k1', Other: 1 }], PageInfo: { TotalCount: 1 } } };
    expect(renderAnswer(answer, table, { width: 80, color: false })).toBe('KEY\nk1');
  });

  it('shows a list answer as a table, and an answer without its list as a record', () => {
    expect(renderAnswer([{ a: 1 }], null, { width: 80, color: false })).toBe('a\n1');
    expect(renderAnswer({ RequestId: 'r', Code: 'Busy' }, table, { width: 80, color: false })).toBe(
      'RequestId  r\nCode       Busy',
    );
  });
});
