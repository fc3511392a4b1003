// Starts loopback-server.ts as a child process and waits for its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface Loopback {
  readonly url: string;
  stop(): void;
}

export async function startLoopback(): Promise<Loopback> {
  const script = fileURLToPath(new URL('./loopback-server.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: chunk.toString('utf8').trim(), stop: () => child.kill() };
}
