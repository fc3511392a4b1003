// `--all`: every item of a list operation, page after page, one JSON line each on stdout as it
// comes (so a pipe sees the first items before the last page is asked for); --query applies to
// each item, YAML is a stream of documents, a table waits for the last page. Each page is an SDK
// call with its own retries; a page that fails ends the run with that error after the items so far.
// SIGINT or SIGTERM stops it between or during pages (exit 130 / 143). When --max-items stops it
// before the list's end, the token to go on from (--starting-token) is printed on stderr.
import type { Settings } from './arguments.js';
import { operationClient, stderrLogger } from './clients.js';
import { outputPlan, streamPrinter } from './formats.js';
import type { CliOperation, Iterate } from './operations.js';
import { printError } from './output.js';
import { describeError, isMockEndpoint } from './report.js';
import { interruptible } from './interrupt.js';
import { ValidationError } from '../core/errors.js';
import { UsageError } from './usage-error.js';

/** The walk's first step; a starting token it refuses is named by its flag (exit 2, nothing sent). */
async function startOf(walk: ReturnType<Iterate>): Promise<IteratorResult<unknown, string | undefined>> {
  try {
    return await walk.next();
  } catch (error) {
    const violation = error instanceof ValidationError ? error.violations[0] : undefined;
    if (violation?.path !== 'options.startingToken') throw error;
    throw new UsageError(`--starting-token ${violation.message}`, 'give the token an earlier --max-items run printed');
  }
}

/** Where --max-items stopped: the token for --starting-token, on stderr (a JSON line with --output json). */
function nextTokenLine(settings: Settings, token: string): string {
  return settings.output === 'json'
    ? `${JSON.stringify({ nextToken: token })}\n`
    : `imagesec: more items; go on with --starting-token ${token}\n`;
}

export async function runAll(
  operation: CliOperation,
  settings: Settings,
  input: Record<string, unknown>,
): Promise<number> {
  let items = 0;
  try {
    // A wrong --query is refused before the first page is asked for.
    const printer = streamPrinter(
      await outputPlan(settings, operation),
      (text) => process.stdout.write(text),
      operation.table?.columns,
    );
    return await interruptible('before the last page came', async (signal) => {
      const client = operationClient(operation, settings, { logger: stderrLogger });
      if (client.iterate === undefined) throw new Error(`${operation.command} does not page`);
      const { maxItems, startingToken } = settings;
      const walk = client.iterate(input, { signal, maxItems, startingToken });
      // By hand, not `for await`: the walk's return value is the token to go on from.
      let step = await startOf(walk);
      for (; step.done !== true; step = await walk.next()) {
        printer.item(step.value);
        items += 1;
        signal.throwIfAborted();
      }
      if (settings.output === 'text') process.stderr.write(`${operation.cloud} ${operation.command}: ${items} items\n`);
      if (step.value !== undefined) process.stderr.write(nextTokenLine(settings, step.value));
      // A table is printed now, and -e judges the items printed.
      return printer.end();
    });
  } catch (error) {
    const report = describeError(error, operation, { mock: isMockEndpoint(settings.endpoint) });
    printError(settings.output, report);
    return report.exitCode;
  }
}
