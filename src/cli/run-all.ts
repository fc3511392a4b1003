// `--all`: every item of a list operation, page after page, one JSON line each on stdout as it
// comes (so a pipe sees the first items before the last page is asked for). Each page is an SDK
// call with its own retries; a page that fails ends the run with that error after the items so far.
// SIGINT or SIGTERM stops it between or during pages (exit 130 / 143).
import type { Settings } from './arguments.js';
import { operationClient, stderrLogger } from './clients.js';
import { EXIT } from './exit-codes.js';
import type { CliOperation } from './operations.js';
import { outputJson, printError } from './output.js';
import { describeError, isMockEndpoint } from './report.js';
import { interruptible } from './interrupt.js';

export async function runAll(
  operation: CliOperation,
  settings: Settings,
  input: Record<string, unknown>,
): Promise<number> {
  let items = 0;
  try {
    return await interruptible('before the last page came', async (signal) => {
      const client = operationClient(operation, settings, { logger: stderrLogger });
      if (client.iterate === undefined) throw new Error(`${operation.command} does not page`);
      for await (const item of client.iterate(input, { signal, maxItems: settings.maxItems })) {
        process.stdout.write(`${outputJson(item)}\n`);
        items += 1;
        signal.throwIfAborted();
      }
      if (settings.output === 'text') process.stderr.write(`${operation.cloud} ${operation.command}: ${items} items\n`);
      return EXIT.ok;
    });
  } catch (error) {
    const report = describeError(error, operation, { mock: isMockEndpoint(settings.endpoint) });
    printError(settings.output, report);
    return report.exitCode;
  }
}
