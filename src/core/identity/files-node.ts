// FileAccess on Node's file system. Reads are synchronous: sources decide at client construction
// whether they are set up, and the files are small. node:fs and node:os are required, not imported:
// an ES import of a built-in evaluates all its exports (fs's stream classes among them), a cost to
// every import of the SDK (npm run bench, cold start).
import type * as Fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as Os from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { FileAccess } from './files.js';

const ABSENT = new Set(['ENOENT', 'ENOTDIR']);
const load = createRequire(import.meta.url);

export const files: FileAccess = {
  readText(path) {
    try {
      return (load('node:fs') as typeof Fs).readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'failed';
      if (ABSENT.has(code)) return undefined;
      throw new ConfigurationError(`cannot read ${path} (${code})`);
    }
  },
  // HOME (USERPROFILE on Windows) of the environment the client reads; os.homedir() only for the
  // process's own environment, so a client given another `env` never reads the real home.
  home: (env) =>
    env.HOME || env.USERPROFILE || (env === process.env ? (load('node:os') as typeof Os).homedir() : undefined),
  join,
};
