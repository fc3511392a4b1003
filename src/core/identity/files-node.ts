// FileAccess on Node's file system. Reads are synchronous: sources decide at client construction
// whether they are set up, and the files are small.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { FileAccess } from './files.js';

const ABSENT = new Set(['ENOENT', 'ENOTDIR']);

export const files: FileAccess = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'failed';
      if (ABSENT.has(code)) return undefined;
      throw new ConfigurationError(`cannot read ${path} (${code})`);
    }
  },
  // HOME (USERPROFILE on Windows) of the environment the client reads; os.homedir() only for the
  // process's own environment, so a client given another `env` never reads the real home.
  home: (env) => env.HOME || env.USERPROFILE || (env === process.env ? homedir() : undefined),
  join,
};
