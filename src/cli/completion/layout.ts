// What the four completion scripts share in their layout: the header that says where the script
// comes from and how to load it, and long lists of words wrapped onto lines.
import { VERSION } from '../help.js';
import type { Shell } from './model.js';

const WIDTH = 110;

/** Comment lines that open a script: what it is, and each way to load it. */
export function header(shell: Shell, comment: string, loading: readonly string[]): string[] {
  return [
    `${comment} imagesec completion for ${shell}, written by \`imagesec completion ${shell}\` (imagesec ${VERSION})`,
    `${comment} from its operation tables: write it again after upgrading imagesec.`,
    ...loading.map((line) => `${comment} ${line}`),
  ];
}

/** Words joined by spaces, wrapped at the width; each line after the first starts with `indent`. */
export function wrapped(words: readonly string[], indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
