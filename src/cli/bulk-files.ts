// The files a bulk run writes besides stdout: --failed-out (the lines that failed or never ran) and
// --unknown-out (the lines whose outcome is unknown), checked before the first call and written,
// in input order, at the end.
import { constants } from 'node:fs';
import { access, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Settings } from './arguments.js';
import type { Line } from './bulk-input.js';
import type { Tally } from './bulk-line.js';
import { fileError, notRegular, replaceFile } from './private-file.js';

/** Checks before the first call that the output files can be written (after the run would be too late). */
export async function checkOutFiles(settings: Settings): Promise<void> {
  if (settings.failedOut !== undefined) await checkWritable(settings.failedOut, '--failed-out');
  if (settings.unknownOut !== undefined) await checkWritable(settings.unknownOut, '--unknown-out');
}

async function checkWritable(path: string, flag: string): Promise<void> {
  try {
    await access(dirname(path), constants.W_OK);
    const existing = await stat(path).catch(() => undefined);
    if (existing !== undefined && !existing.isFile()) throw notRegular(existing);
    if (existing !== undefined) await access(path, constants.W_OK);
  } catch (error) {
    throw fileError(error, 'write', path, flag);
  }
}

/**
 * Writes --failed-out, and the lines of unknown outcome to --unknown-out or, with a journal, the
 * default file next to it (which exists only while there are such lines). Returns where those went.
 */
export async function writeOutFiles(settings: Settings, tally: Tally): Promise<string | undefined> {
  if (settings.failedOut !== undefined) await writeLines(settings.failedOut, '--failed-out', tally.retry);
  const unknownOut =
    settings.unknownOut ?? (settings.journal === undefined ? undefined : `${settings.journal}.unknown.jsonl`);
  if (unknownOut !== undefined) {
    if (settings.unknownOut !== undefined || tally.unknown.length > 0)
      await writeLines(unknownOut, '--unknown-out', tally.unknown);
    else await rm(unknownOut, { force: true });
  }
  return unknownOut;
}

/** Writes lines in input order, replacing the file at once (it may be the input), readable by its owner only. */
async function writeLines(path: string, flag: string, lines: readonly Line[]): Promise<void> {
  const sorted = [...lines].sort((a, b) => a.number - b.number);
  try {
    await replaceFile(path, sorted.map((l) => `${l.text}\n`).join(''));
  } catch (error) {
    throw fileError(error, 'write', path, flag);
  }
}
