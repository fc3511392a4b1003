// A place for a server that only this user can reach: a Unix socket in a fresh directory of mode
// 0700 (connecting needs search permission on it), or on Windows a named pipe (local users can list
// pipe names; what keeps them out is a new pipe's default security, which lets other users read
// but not write it). The strict mock's Prism listens there, so that its gateway is the only way in:
// a loopback port answers every local process, which then bypasses the signature check and the
// record.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// sun_path holds 108 bytes on Linux and 104 on macOS, the terminating NUL included.
const MAX_SOCKET_PATH = 103;
const LONGEST_NAME = 'router.sock'.length + 1;

export interface PrivateSockets {
  /** The path of the socket called `name` (a plain file name). */
  path(name: string): string;
  /** Removes the directory and what is left in it (a socket file outlives a killed process). */
  remove(): void;
  /** The directory, undefined for named pipes; a process listening there can remove it when it exits. */
  readonly directory: string | undefined;
}

/** A new private place for sockets. */
export async function privateSockets(): Promise<PrivateSockets> {
  if (process.platform === 'win32') {
    const prefix = `\\\\.\\pipe\\imagesec-${randomUUID()}`;
    return { path: (name) => `${prefix}-${name}`, remove: () => {}, directory: undefined };
  }
  // A deep TMPDIR (macOS's /var/folders/…) can leave no room for the socket's name: use /tmp then.
  const base = join(tmpdir(), 'imagesec-prism-').length + 6 + LONGEST_NAME > MAX_SOCKET_PATH ? '/tmp' : tmpdir();
  // mkdtemp creates the directory with mode 0700.
  const directory = await mkdtemp(join(base, 'imagesec-prism-'));
  return {
    path: (name) => join(directory, name),
    remove: () => rmSync(directory, { recursive: true, force: true }),
    directory,
  };
}

/**
 * Code for `node --import` that makes every server of that process listen on `socket`, whatever
 * port and host it asks for (Prism's CLI knows only TCP ports), and removes `directory` when the
 * process exits (it then outlives whoever made it, e.g. after a SIGKILL).
 */
export function listenOnlyOn(socket: string, directory: string | undefined): string {
  const code = [
    "import { Server } from 'node:net';",
    "import { rmSync } from 'node:fs';",
    'const listen = Server.prototype.listen;',
    'Server.prototype.listen = function (...args) {',
    `  return listen.call(this, ${JSON.stringify(socket)}, ...args.filter((arg) => typeof arg === 'function'));`,
    '};',
    directory === undefined
      ? ''
      : `process.on('exit', () => rmSync(${JSON.stringify(directory)}, { recursive: true, force: true }));`,
  ].join('\n');
  return `data:text/javascript,${encodeURIComponent(code)}`;
}
