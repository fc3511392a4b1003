// Where a flag's text comes from: the value itself, `@file`, or `-` for stdin (once per command),
// and JSON read without losing integers past 2^53-1 (HSS image ids go up to 2^63-1).
import { readFile } from 'node:fs/promises';
import { parseExactJson } from '../core/exact-json.js';
import { UsageError } from './usage-error.js';

export interface Stdin {
  /** Reserves stdin for one reader (e.g. --each -); a second one is refused (it would get nothing). */
  claim(purpose: string): void;
  /** Reads all of stdin, once claimed for `purpose`. */
  readAll(purpose: string): Promise<string>;
}

/** The names that mean stdin: `-`, and `/dev/stdin` (which cannot be reopened when stdin is a socket). */
export const STDIN_NAMES: ReadonlySet<string> = new Set(['-', '/dev/stdin']);

export function processStdin(): Stdin {
  let usedBy: string | undefined;
  const claim = (purpose: string) => {
    if (usedBy !== undefined) throw new UsageError(`${purpose} and ${usedBy} cannot both read stdin (-)`);
    usedBy = purpose;
  };
  return {
    claim,
    async readAll(purpose) {
      claim(purpose);
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

/** Why a file the user named cannot be used, in words (no stack, no errno number). */
export function fileProblem(error: unknown, verb: 'read' | 'write', path: string, purpose: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(`cannot ${verb} ${purpose} file '${path}': ${REASONS[code ?? ''] ?? code ?? 'failed'}`);
}

export async function readUserFile(path: string, purpose: string): Promise<string> {
  try {
    // A byte-order mark (Windows editors) is not part of the JSON text.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw fileProblem(error, 'read', path, purpose);
  }
}

/** The text a flag stands for: `@path` reads a file, `-` reads stdin, anything else is itself. */
export async function flagText(value: string, purpose: string, stdin: Stdin): Promise<string> {
  if (value === '-') return stdin.readAll(purpose);
  if (value.startsWith('@')) return readUserFile(value.slice(1), purpose);
  return value;
}

/** Parses JSON text; a syntax error is a usage error naming the flag and where it broke. */
export function parseJson(text: string, purpose: string): unknown {
  try {
    // Integers a number cannot hold exactly become bigint (the SDK sends them as exact JSON numbers).
    return parseExactJson(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${purpose} is not valid JSON: ${reason}`);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
