// Prism behind each mock's gateway: started for one spec on a private socket, and restarted when it
// exits on its own (Prism 5.16 can crash on some valid requests), unless it keeps dying.
import { startPrism, type RunningPrism } from '../mock/prism.js';
import type { Gateway } from '../testing/gateway.js';
import { specPath } from '../mock/specs.js';
import { UsageError } from './usage-error.js';

// A mock that keeps dying is broken, not unlucky: give up after this many restarts in a row.
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/** The mocks running: Prism per spec, and the gateway in front of each (which holds the public port). */
export interface RunningMocks {
  readonly servers: Map<string, RunningPrism>;
  readonly gateways: Map<string, Gateway>;
}

export function needsPrism(): UsageError {
  return new UsageError('imagesec mock needs Prism', 'install it: npm install --save-dev @stoplight/prism-cli');
}

/** Prism for one spec, on a private socket: the gateway in front of it holds the public port. */
export async function startMockPrism(name: string, log: (text: string) => void): Promise<RunningPrism> {
  try {
    return await startPrism({ spec: specPath(name), privateSocket: true, onOutput: log });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw needsPrism();
    throw error;
  }
}

/**
 * Restarts `name`'s Prism whenever it exits until the mock stops (`stopping`); throws when it exits
 * more than MAX_RESTARTS times within RESTART_WINDOW_MS.
 */
export async function supervise(
  name: string,
  mocks: RunningMocks,
  stopping: () => boolean,
  log: (text: string) => void,
): Promise<void> {
  const restarts: number[] = [];
  for (;;) {
    const code = await mocks.servers.get(name)!.exited;
    // A Ctrl-C in a terminal reaches Prism too: give our own handler the first word.
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (stopping()) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS) {
      throw new Error(`the ${name} mock exited ${restarts.length} times within a minute (last: ${String(code)})`);
    }
    process.stderr.write(`imagesec mock: the ${name} mock exited (${String(code)}); restarting it\n`);
    const restarted = await startMockPrism(name, log);
    mocks.servers.set(name, restarted);
    // The gateway keeps the public port; what it passes goes to the new Prism.
    mocks.gateways.get(name)?.retarget(restarted);
    // Stopped while it restarted: the stop phase may already have passed this one by.
    if (stopping()) {
      await restarted.stop();
      return;
    }
  }
}
