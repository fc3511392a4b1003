// How many terminal columns text takes, and text cut to a number of columns: East Asian wide and
// fullwidth characters (the Chinese in Alibaba's answers) take two, combining marks and other
// zero-width characters none. A grapheme (what a reader sees as one character: a base with its
// marks, an emoji sequence) is measured and cut as one, so a cut never splits one in two.
// Measures text already made terminal-safe: control characters are not expected here.
import { eastAsianWidth } from 'get-east-asian-width';

/** Combining and enclosing marks, format characters (zero-width space and joiners), variation selectors. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const EMOJI_PRESENTATION = '\u{fe0f}';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The columns of one grapheme: its first visible code point's, two for an emoji asked to show as one. */
function graphemeWidth(grapheme: string): number {
  for (const character of grapheme) {
    if (ZERO_WIDTH.test(character)) continue;
    const width = eastAsianWidth(character.codePointAt(0)!);
    return width === 1 && grapheme.includes(EMOJI_PRESENTATION) ? 2 : width;
  }
  return 0;
}

/** The terminal columns `text` takes. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** The mark a cut value ends with. */
export const ELLIPSIS = '…';

/**
 * `text` if it fits in `columns`, otherwise as much of its start as fits with `…` after it (a
 * wide character that would straddle the edge is left out whole, so the result may be a column
 * short). Nothing for fewer than one column.
 */
export function fitWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  if (columns < 1) return '';
  const room = columns - displayWidth(ELLIPSIS);
  let kept = '';
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    const next = graphemeWidth(segment);
    if (width + next > room) break;
    kept += segment;
    width += next;
  }
  return `${kept}${ELLIPSIS}`;
}

/** `text` with spaces after it up to `columns` (nothing added when it is already that wide). */
export function padWidth(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}
