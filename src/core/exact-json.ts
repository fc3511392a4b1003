// JSON read with every integer exact: one a number cannot hold (past 2^53-1) becomes a bigint, as
// the SDK accepts and sends it. For JSON people or clients give us (CLI flags and files, the strict
// mock's request bodies); kept apart from json.ts so the SDK's bundle does not carry the parser.
import { parse } from 'lossless-json';

/** Decimal integer text as a number, or a bigint where a number would round. */
export function exactInteger(text: string): number | bigint {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
}

/** JSON.parse with exact integers; throws SyntaxError-like errors as lossless-json does. */
export function parseExactJson(text: string): unknown {
  return parse(text, null, (number) => (/^-?\d+$/.test(number) ? exactInteger(number) : Number(number)));
}
