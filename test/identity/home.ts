// A temporary HOME (and other files) for one test: profile files written where the vendors' tools
// put them, removed afterwards. Clients get an `env` naming it, never the real HOME. Files are
// private (0600), as the aliyun CLI writes its config.json: a test that wants others to read one chmods it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

export interface TempHome {
  readonly dir: string;
  /** Writes a file under HOME (path relative to it) and returns its absolute path. */
  write(relative: string, content: string | object): string;
}

export function useTempHome(): () => TempHome {
  let current: TempHome | undefined;
  afterEach(() => {
    if (current !== undefined) rmSync(current.dir, { recursive: true, force: true });
    current = undefined;
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'imagesec-home-'));
    current = {
      dir,
      write(relative, content) {
        const path = join(dir, relative);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2), { mode: 0o600 });
        return path;
      },
    };
    return current;
  };
}
