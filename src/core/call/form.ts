// A form body (application/x-www-form-urlencoded) as the call path sends it: the checked fields in
// the order the operation table lists them, arrays flattened to `Name.1`, `Name.2`, ... (the table's
// repeatList: the only array form the table allows), every name and value percent-encoded as
// encodeURIComponent does (UTF-8, upper-case hex, a space as `%20`, `A-Z a-z 0-9 - _ . ! ~ * ' ( )`
// kept). That is byte for byte what Node's querystring.stringify makes of the same pairs, which is
// how the vendor's SDK writes a form. The body is signed over these exact bytes (sign.ts).
import type { OperationEntry } from '../operation-types.js';

export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** A checked scalar as text: a number or bigint in its decimal form, a boolean as true/false. */
function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** The name/value pairs of a form, in the order they are sent (null and undefined items left out). */
export function formPairs(
  entry: Pick<OperationEntry, 'parameters' | 'repeatList'>,
  fields: Readonly<Record<string, unknown>>,
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const name of entry.parameters.form) {
    const value = fields[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && entry.repeatList.includes(name)) {
      value.forEach((item, index) => {
        // A hole keeps its number, as the vendor's flattening does: later items keep theirs.
        if (item !== undefined && item !== null) pairs.push([`${name}.${index + 1}`, scalarText(item)]);
      });
    } else pairs.push([name, scalarText(value)]);
  }
  return pairs;
}

/** The form body's text: `name=value` pairs joined with `&` ('' for a form with no field given). */
export function formText(
  entry: Pick<OperationEntry, 'parameters' | 'repeatList'>,
  fields: Readonly<Record<string, unknown>>,
): string {
  return formPairs(entry, fields)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * A form body read back into fields (the strict mock's side): `+` as a space and percent-escapes
 * decoded as any form reader does, `Name.N` of a repeatList field gathered into an array by N,
 * other names as they came (the last of a repeated one). Values stay text.
 */
export function readForm(
  entry: Pick<OperationEntry, 'repeatList'>,
  text: string,
): { fields: Record<string, unknown>; violations: { path: string; message: string }[] } {
  const fields: Record<string, unknown> = {};
  const lists = new Map<string, Map<number, string>>();
  const violations: { path: string; message: string }[] = [];
  for (const [name, value] of new URLSearchParams(text)) {
    const numbered = /^(.+)\.([1-9]\d{0,5})$/.exec(name);
    if (numbered !== null && entry.repeatList.includes(numbered[1]!)) {
      const items = lists.get(numbered[1]!) ?? new Map<number, string>();
      items.set(Number(numbered[2]), value);
      lists.set(numbered[1]!, items);
    } else if (entry.repeatList.includes(name)) {
      violations.push({ path: name, message: `must be sent as ${name}.1, ${name}.2, ... (one field per item)` });
    } else fields[name] = value;
  }
  for (const [name, items] of lists) {
    fields[name] = [...items.entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
  }
  return { fields, violations };
}
