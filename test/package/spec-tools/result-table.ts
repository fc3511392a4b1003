// The check's outcome as one table, per shipped document and tool: operations that work out of all
// the document's operations, a dash where the tool is not run on the document, with a note.
export interface Cell {
  readonly ok: number;
  readonly total: number;
  /** Footnote text, e.g. why a cell is not all green. */
  readonly note?: string;
}

export class ResultTable {
  private readonly cells = new Map<string, Map<string, Cell | string>>();

  constructor(private readonly tools: readonly string[]) {}

  /** A cell: a count, or a text (e.g. `npm run lint`) where the tool is run elsewhere. */
  set(document: string, tool: string, cell: Cell | string): void {
    const row = this.cells.get(document) ?? new Map<string, Cell | string>();
    row.set(tool, cell);
    this.cells.set(document, row);
  }

  render(documents: readonly string[]): string {
    const notes: string[] = [];
    const text = (cell: Cell | string | undefined): string => {
      if (cell === undefined) return 'not run';
      if (typeof cell === 'string') return cell;
      if (cell.note === undefined) return `${cell.ok}/${cell.total}`;
      if (!notes.includes(cell.note)) notes.push(cell.note);
      return `${cell.ok}/${cell.total} (${notes.indexOf(cell.note) + 1})`;
    };
    const rows = [['document', ...this.tools]];
    for (const document of documents)
      rows.push([document, ...this.tools.map((t) => text(this.cells.get(document)?.get(t)))]);
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    const lines = rows.map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
    return [...lines, ...notes.map((note, i) => `(${i + 1}) ${note}`)].join('\n');
  }
}
