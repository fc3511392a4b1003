// FileAccess on Node's file system. Reads are synchronous: sources decide at client construction
// whether they are set up, and the files are small. node:fs and node:os load at the first file
// lookup (load-later.ts).
import type * as Fs from 'node:fs';
import type * as Os from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { loadLater } from '../load-later.js';
import type { FileAccess } from './files.js';

const ABSENT = new Set(['ENOENT', 'ENOTDIR']);
const fs = loadLater<typeof Fs>('node:fs');
const os = loadLater<typeof Os>('node:os');

export const files: FileAccess = {
  readText(path) {
    try {
      return fs()
        .readFileSync(path, 'utf8')
        .replace(/^\uFEFF/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'failed';
      if (ABSENT.has(code)) return undefined;
      throw new ConfigurationError(`cannot read ${path} (${code})`);
    }
  },
  // HOME (USERPROFILE on Windows) of the environment the client reads; os.homedir() only for the
  // process's own environment, so a client given another `env` never reads the real home.
  home: (env) => env.HOME || env.USERPROFILE || (env === process.env ? os().homedir() : undefined),
  join,
  // Windows reports made-up bits (0o666 for any writable file): none rather than a false alarm.
  permissions(path) {
    if (process.platform === 'win32') return undefined;
    try {
      return fs().statSync(path).mode & 0o777;
    } catch {
      return undefined;
    }
  },
};
