// How the CLI creates, replaces and reads back the files of a bulk run (--failed-out, --unknown-out,
// the journal and its lock), which hold the input lines: a file it creates is created by this
// process alone (O_EXCL: never through a symbolic link someone planted, never over a file), is
// readable by its owner alone (0600), and a replacement goes through a temporary name nobody can
// guess. Files are opened without blocking, so a FIFO in a file's place is refused, not waited on.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, writeFileSync, type Stats } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileProblem } from './sources.js';
import { UsageError } from './usage-error.js';

const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY } = constants;

/** Owner read and write, nobody else: the files hold the input lines. */
export const PRIVATE_MODE = 0o600;

/** Created here or nowhere: fails (EEXIST) on anything at the path, a dangling symbolic link included. */
const CREATE = O_CREAT | O_EXCL | O_NOFOLLOW;

/** A path the CLI will not use as a file, and why in words (as fileProblem words errno codes). */
export class UnusableFile extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
UnusableFile.prototype.name = 'UnusableFile';

/** Why `path` cannot be used, as a usage error naming the flag (exit 2), in fileProblem's words. */
export function fileError(error: unknown, verb: 'read' | 'write', path: string, purpose: string): UsageError {
  if (error instanceof UnusableFile) return new UsageError(`cannot ${verb} ${purpose} file '${path}': ${error.reason}`);
  return fileProblem(error, verb, path, purpose);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'something else';
}

/** What is at a path that is not a regular file, as the error to throw (a folder keeps its errno). */
export function notRegular(stats: Stats): Error {
  if (stats.isDirectory()) return Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  return new UnusableFile(`it is ${kindOf(stats)}, not a regular file`);
}

/** Throws unless the open file is a regular file (or, when allowed, a character device such as /dev/null). */
function checkOpened(fd: number, devicesToo: boolean): void {
  const stats = fstatSync(fd);
  if (stats.isFile() || (devicesToo && stats.isCharacterDevice())) return;
  throw notRegular(stats);
}

/**
 * Opens a file to read and append, creating it (0600) when nothing is at the path. A file that
 * exists is the user's, opened as it is (through a link too, e.g. to /dev/full); a dangling link
 * is refused rather than followed to create its target; a FIFO or socket is refused.
 */
export function openAppend(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, O_RDWR | O_APPEND | O_NONBLOCK);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    try {
      return openSync(path, O_RDWR | O_APPEND | CREATE, PRIVATE_MODE);
    } catch (createError) {
      if (errorCode(createError) !== 'EEXIST') throw createError;
      if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true)
        throw new UnusableFile(
          'it is a symbolic link to a file that does not exist (imagesec creates no file through a link)',
        );
      // Created by someone else in between: theirs, opened as it is.
      fd = openSync(path, O_RDWR | O_APPEND | O_NONBLOCK);
    }
  }
  try {
    checkOpened(fd, true);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

/** Creates a file holding `text` (0600), or fails with EEXIST when anything, a link included, is there. */
export function createExclusive(path: string, text: string): void {
  const fd = openSync(path, O_WRONLY | CREATE, PRIVATE_MODE);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a regular file, read without waiting on a FIFO in its place; `followLinks: false`
 * refuses a symbolic link too.
 */
export function readRegular(path: string, followLinks: boolean): string {
  let fd: number;
  try {
    fd = openSync(path, O_RDONLY | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW));
  } catch (error) {
    // O_NOFOLLOW met a link: ELOOP.
    if (!followLinks && errorCode(error) === 'ELOOP' && lstatSync(path).isSymbolicLink())
      throw new UnusableFile('it is a symbolic link, not a regular file');
    throw error;
  }
  try {
    checkOpened(fd, false);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces the file at `path` with `text` at once (it may be the input being read): written under
 * a random name in the same folder, flushed, then renamed over it, so a kill or a crash leaves the
 * old file or the new one, never half of one, and nobody can plant a link at the name beforehand.
 */
export async function replaceFile(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  const file = await open(temporary, O_WRONLY | CREATE, PRIVATE_MODE);
  try {
    try {
      await file.writeFile(text);
      await file.datasync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
