// RPC actions share one URL (e.g. every SAS action is `POST /`, told apart by its x-acs-action
// header: the cloud's descriptor names the header, gateway.actionHeader), but an OpenAPI document
// has one operation per path and method. The specs therefore key each such action by `/#<Action>`:
// the fragment is never sent (the operation table's path is the part before it). Prism routes by
// path, so this loopback router sits in front of it and forwards a request whose action header
// names a keyed action to that key (`/%23<Action>`, which Prism decodes), and everything else
// unchanged.
import { once } from 'node:events';
import { request as httpRequest, createServer, type Server } from 'node:http';
import type { ListenOptions } from 'node:net';

// A path key under `paths:` (two spaces in, as our specs are written), read without a YAML parser:
// the mock ships without one.
const ACTION_KEY = /^ {2}(\/[^#\s]*)#([A-Za-z][\w-]*)\s*:\s*$/gm;

/** The actions a spec keys by `/#<Action>`, by name, with the path they are sent to. */
export function keyedActions(specText: string): Map<string, string> {
  const actions = new Map<string, string>();
  for (const match of specText.matchAll(ACTION_KEY)) actions.set(match[2]!, match[1]!);
  return actions;
}

export interface ActionRouter {
  readonly server: Server;
  close(): Promise<void>;
}

/** A loopback host and port, or a Unix socket (a named pipe on Windows): where a server listens or is reached. */
export type LocalAddress = { readonly host: string; readonly port: number } | { readonly socketPath: string };

/**
 * Listens at `at` and forwards every request to `target` (Prism), keyed actions (named by the
 * request header `actionHeader`) to their key.
 */
export async function startActionRouter(
  at: LocalAddress,
  target: LocalAddress,
  actions: ReadonlyMap<string, string>,
  actionHeader: string,
): Promise<ActionRouter> {
  const header = actionHeader.toLowerCase();
  const server = createServer((incoming, outgoing) => {
    const action = incoming.headers[header];
    const url = new URL(incoming.url ?? '/', 'http://router');
    const path = typeof action === 'string' ? actions.get(action) : undefined;
    const forwardPath = path !== undefined && url.pathname === path ? `${path}%23${action as string}` : url.pathname;
    const forward = httpRequest(
      {
        ...target,
        method: incoming.method,
        path: `${forwardPath}${url.search}`,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', (error) => {
      if (outgoing.headersSent) outgoing.destroy(error);
      else outgoing.writeHead(502, { 'content-type': 'text/plain' }).end(`the mock is not answering: ${error.message}`);
    });
    incoming.pipe(forward);
  });
  const listen: ListenOptions = 'socketPath' in at ? { path: at.socketPath } : { host: at.host, port: at.port };
  server.listen(listen);
  await once(server, 'listening');
  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
