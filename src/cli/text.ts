// Plain-text layout for help and messages: spec descriptions (light Markdown with hard line breaks)
// re-flowed to a fixed width, and shell quoting for the command lines the CLI prints.

export const WIDTH = 80;

/** Markdown emphasis is noise in a terminal; code spans stay, they mark values to type. */
function plain(line: string): string {
  return line.replace(/\*\*([^*]+)\*\*/g, '$1');
}

function wrapLine(words: string[], width: number, first: string, rest: string): string[] {
  // Kept over wrap-ansi@10.0.2 (6 packages, 113 KB installed): it wraps one string, not lists; our text is ASCII.
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

/**
 * Re-flows text to `width` with every line indented by `indent`: paragraphs are joined and wrapped,
 * list items (`- `) and table rows (`|`) start their own lines, blank lines are kept.
 */
export function reflow(text: string, indent = '', width = WIDTH): string[] {
  const out: string[] = [];
  let item: { words: string[]; hanging: string; first: string } | undefined;
  const flush = () => {
    if (item !== undefined) out.push(...wrapLine(item.words, width, item.first, item.hanging));
    item = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = plain(raw.trim());
    if (line === '') {
      flush();
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      out.push(indent + line);
      continue;
    }
    if (/^[-*] /.test(line)) {
      flush();
      item = { words: line.slice(2).trimStart().split(/\s+/), first: `${indent}- `, hanging: `${indent}  ` };
      continue;
    }
    if (item === undefined) item = { words: [], first: indent, hanging: indent };
    item.words.push(...line.split(/\s+/));
  }
  flush();
  while (out[out.length - 1] === '') out.pop();
  return out;
}

/** A word as a POSIX shell would read it back: bare when safe, else single-quoted. */
export function shellQuote(word: string): string {
  // Kept over shell-quote@1.12.0 (CJS): as correct, but it prints a URL as https\://h/p\?a\=b\&c\=d.
  // A leading `=` is quoted too: zsh would expand `=word` to a command's path.
  if (/^[A-Za-z0-9_./:@%+,-][A-Za-z0-9_./:=@%+,-]*$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** A command line, wrapped between `--flag value` pairs (with ` \` continuations) at the width. */
export function commandLine(words: readonly string[], indent = '  ', width = WIDTH): string {
  const units: string[] = [];
  for (const word of words.map(shellQuote)) {
    const last = units.length - 1;
    if (
      last >= 0 &&
      (!word.startsWith('-') || word === '-') &&
      units[last]!.startsWith('--') &&
      !units[last]!.includes(' ')
    )
      units[last] += ` ${word}`;
    else units.push(word);
  }
  const oneLine = indent + units.join(' ');
  if (oneLine.length <= width) return oneLine;
  const lines: string[] = [];
  let line = indent;
  for (const unit of units) {
    // Room for the ` \` continuation; a unit wider than a line (a JSON body) gets a line of its own.
    if (line.trim() !== '' && line.length + 1 + unit.length + 2 > width) {
      lines.push(`${line} \\`);
      line = `${indent}  ${unit}`;
    } else line += (line.trim() === '' ? '' : ' ') + unit;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Words as prose: `A`, `A and B`, `A, B and C`. */
export function andList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
