// Text a server chose (a message, a code, a request id, a value), made safe to print on a terminal:
// every control character is shown as an escape, so an answer cannot move the cursor, erase or
// rewrite lines, retitle the window, ring the bell, break a line or reverse the order text reads in.
// JSON output keeps the exact strings: JSON.stringify escapes the C0 controls, and jsonTerminalSafe
// the rest (C1, DEL, line separators, bidi controls) as \u escapes that parse to the same values.

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

/** Whether the text holds a character terminalSafe would escape. */
export function hasTerminalControls(text: string): boolean {
  return text.search(UNSAFE) !== -1;
}

// What JSON.stringify leaves raw that a terminal may act on; outside strings JSON text is ASCII.
const JSON_UNSAFE = /[\u007f-\u009f\p{Zl}\p{Zp}\p{Bidi_Control}]/gu;

/**
 * JSON text with every character a terminal would act on written as a `\uXXXX` escape (same values);
 * also right for YAML whose strings holding one are double-quoted (yaml-text.ts), the same escapes.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
