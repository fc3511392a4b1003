// Run as a child process (prism-alone.ts): one Prism mock server per OpenAPI document named on the
// command line, each made by the function `prism mock --no-multiprocess` runs, with the command's
// default options and nothing in front of it (no action router). One process serves them all: a
// `prism mock` process holds about 190 MB and takes a second of CPU to start, and the check serves
// nearly twenty documents. Prints one line, `PRISM-ALONE <json>`: each document's base URL, or why
// it did not start. Exits when its stdin closes, so it never outlives the test process.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

type CreatePrism = (options: Record<string, unknown>) => Promise<unknown>;

const prismCli = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json'));
const { createSingleProcessPrism } = prismCli('./dist/util/createServer.js') as {
  createSingleProcessPrism: CreatePrism;
};

const HOST = '127.0.0.1';

/** A port the OS hands out now (Prism prints its address but does not return it). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, HOST);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

async function serve(document: string): Promise<{ document: string; url?: string; error?: string }> {
  try {
    const port = await freePort();
    // The mock command's defaults (its yargs options), as `prism mock <document>` passes them.
    await createSingleProcessPrism({
      document,
      host: HOST,
      port,
      cors: true,
      dynamic: false,
      errors: false,
      verboseLevel: 'info',
      ignoreExamples: false,
      seed: null,
      multiprocess: false,
    });
    return { document, url: `http://${HOST}:${port}` };
  } catch (error) {
    return { document, error: error instanceof Error ? error.message : String(error) };
  }
}

process.stdin.on('end', () => process.exit(0)).resume();
const servers = await Promise.all(process.argv.slice(2).map(serve));
process.stdout.write(`PRISM-ALONE ${JSON.stringify(servers)}\n`);
