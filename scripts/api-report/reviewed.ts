// The reviewed form of an API Extractor report: its own text less the footer lines that record
// whether a declaration has a doc comment. Every declaration here is public (no release tags), so
// `// @public` says nothing, and `(undocumented)` turns over whenever a comment is written: a change
// to either is not a change to the API. Other footer tags (`@deprecated`, `@sealed`, ...) stay.

/** A comment line holding only footer items: `// @public (undocumented)`, `// @deprecated`, ... */
const FOOTER = /^(\s*)\/\/ ((?:@\w+|\(undocumented\))(?: (?:@\w+|\(undocumented\)))*)$/;
const DROPPED = new Set(['@public', '(undocumented)']);

export function reviewedReport(report: string): string {
  const lines: string[] = [];
  for (const line of report.split('\n')) {
    const footer = FOOTER.exec(line);
    if (!footer) {
      lines.push(line);
      continue;
    }
    const kept = footer[2]!.split(' ').filter((item) => !DROPPED.has(item));
    if (kept.length > 0) lines.push(`${footer[1]}// ${kept.join(' ')}`);
  }
  return lines.join('\n');
}
