// The reviewed API reports (api/*.api.md, scripts/api-report.ts) leave out what a doc comment
// changes, and keep every line that is API.
import { describe, expect, it } from 'vitest';
import { reviewedReport } from '../../scripts/api-report/reviewed.js';

describe('reviewedReport', () => {
  it('drops the footers that only say public or undocumented', () => {
    const report = [
      '// @public (undocumented)',
      'export interface Acceptor {',
      '    // (undocumented)',
      '    readonly state: WaiterState;',
      '}',
      '',
      '// @public',
      'export type Logger = (line: string) => void;',
    ].join('\n');
    expect(reviewedReport(report)).toBe(
      [
        'export interface Acceptor {',
        '    readonly state: WaiterState;',
        '}',
        '',
        'export type Logger = (line: string) => void;',
      ].join('\n'),
    );
  });

  it('keeps the other tags of a footer', () => {
    expect(reviewedReport('    // @public @deprecated (undocumented)\n    old(): void;')).toBe(
      '    // @deprecated\n    old(): void;',
    );
  });

  it('keeps comments that are not footers', () => {
    const report = '// (No @packageDocumentation comment for this package)\n// Warning: (ae-x) @public text';
    expect(reviewedReport(report)).toBe(report);
  });
});
