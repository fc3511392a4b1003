// Prism serving each document by itself, as `prism mock <file>` does: no action router in front
// (src/mock/prism.ts adds one for a spec that keys actions by `/#<Action>`). All the servers live
// in one child process (prism-alone-child.ts), started once for the whole check.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHILD = fileURLToPath(new URL('prism-alone-child.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const MARKER = 'PRISM-ALONE ';

export interface PrismAlone {
  /** Base URL of the server of each document path; throws if Prism did not serve it. */
  url(path: string): string;
  /** What Prism printed (its request log), for a failure's message. */
  output(): string;
  stop(): Promise<void>;
}

export async function startPrismAlone(paths: readonly string[], timeoutMs = 60_000): Promise<PrismAlone> {
  // stdin: the pipe the child watches to exit with this process; nothing is written to it.
  const child = spawn(process.execPath, ['--import', TSX, CHILD, ...paths], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      child.kill('SIGTERM');
      await exited;
    }
  };
  process.once('exit', () => child.kill('SIGKILL'));
  let output = '';
  const started = new Promise<{ document: string; url?: string; error?: string }[]>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((l) => l.startsWith(MARKER));
      if (line !== undefined) resolve(JSON.parse(line.slice(MARKER.length)) as never);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then(() => reject(new Error(`Prism's process exited before serving:\n${output}`)));
    setTimeout(() => reject(new Error(`Prism did not serve within ${timeoutMs} ms:\n${output}`)), timeoutMs).unref();
  });
  let servers: Awaited<typeof started>;
  try {
    servers = await started;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url(path) {
      const server = servers.find((s) => s.document === path);
      if (server?.url === undefined) throw new Error(`Prism did not serve ${path}: ${server?.error ?? 'not given'}`);
      return server.url;
    },
    output: () => output,
    stop,
  };
}
