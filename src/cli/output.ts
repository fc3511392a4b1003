// What a finished command prints: the result on stdout (one stable JSON document, or text for
// people), the failure on stderr (one line, or one JSON document).
import { bigintJson } from '../core/json.js';
import type { ApiResult } from '../core/call/read.js';
import type { OutputMode } from './arguments.js';
import type { CliOperation } from './operations.js';
import { errorLine, type ErrorReport } from './report.js';
import { jsonTerminalSafe } from './terminal-text.js';

/**
 * JSON text of what the CLI prints: bigints as exact numbers, never a refusal. (The SDK's request
 * serialiser refuses numbers past 2^53-1; a response value that large is printed as parsed.)
 */
export function outputJson(value: unknown): string {
  // Printed to a terminal too (--all, bulk results): parsed, the strings are exact.
  return jsonTerminalSafe(bigintJson(value));
}

/** The JSON shape of a success; `data` is absent when the API answered without a body. */
export function resultRecord(
  operation: CliOperation,
  result: ApiResult<unknown>,
  elapsedMs: number,
): Record<string, unknown> {
  const data = result.data;
  return {
    ok: true,
    operation: operation.operationId,
    status: result.status,
    requestId: result.requestId ?? null,
    elapsedMs: Math.round(elapsedMs),
    ...(data === undefined ? {} : { data }),
  };
}

/** A JSON value as indented `key: value` lines. */
export function textLines(value: unknown, indent = ''): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      const [first = '', ...rest] = textLines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${indent}{}`];
    return entries.flatMap(([key, item]) =>
      item !== null && typeof item === 'object' && Object.keys(item as object).length > 0
        ? [`${indent}${key}:`, ...textLines(item, `${indent}  `)]
        : [`${indent}${key}: ${textLines(item)[0] ?? ''}`],
    );
  }
  return [`${indent}${typeof value === 'string' ? value : outputJson(value)}`];
}

/** A success as lines for people: the status line, then the answer's `key: value` lines (not yet terminal-safe). */
export function resultLines(operation: CliOperation, result: ApiResult<unknown>, elapsedMs: number): string[] {
  const id = result.requestId === undefined ? 'no request id' : `request id ${result.requestId}`;
  const lines = [`${operation.cloud} ${operation.command}: ${result.status} OK, ${id}, ${Math.round(elapsedMs)} ms`];
  if (result.data !== undefined) lines.push(...textLines(result.data, '  '));
  return lines;
}

export function printError(mode: OutputMode, report: ErrorReport): void {
  process.stderr.write(mode === 'json' ? `${outputJson({ ok: false, error: report })}\n` : `${errorLine(report)}\n`);
}
