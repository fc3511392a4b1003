// Text a server chose (a message, a code, a request id, a value), made safe to print on a terminal:
// every control character is shown as an escape, so an answer cannot move the cursor, erase or
// rewrite lines, retitle the window, ring the bell, break a line or reverse the order text reads in.
// JSON output needs none of this: JSON.stringify already escapes the C0 controls.

/**
 * C0 and C1 controls with DEL (ESC, CSI, OSC, BEL, CR, NEL...), the line and paragraph separators
 * (U+2028/U+2029) and the bidi controls (U+061C, U+200E/F, U+202A-202E, U+2066-2069).
 */
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The text with each control character written as an escape (`\x1b`, `\r`, `\u202e`). A backslash
 * already in the text is left as it is: the point is a terminal left alone, not a reversible encoding.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escaped);
}
