// One operation, once: build the client from the flags, call it (or capture the signed request
// for --dry-run), print the outcome, and say which exit status it earns. SIGINT or SIGTERM during
// the call cancels it and says so, in the chosen output mode (exit 130 / 143).
import type { Settings } from './arguments.js';
import { operationClient, secretEnv, stderrLogger } from './clients.js';
import { DRY_RUN_STOP, DryRun, dryRunRecord, dryRunText } from './dry-run.js';
import { EXIT } from './exit-codes.js';
import { callAnswer, outputPlan, printAnswer } from './formats.js';
import { requestSecrets, type CliOperation } from './operations.js';
import { outputJson, printError } from './output.js';
import { describeError, isMockEndpoint } from './report.js';
import { interruptible } from './interrupt.js';

export async function runOperation(
  operation: CliOperation,
  settings: Settings,
  input: Record<string, unknown>,
): Promise<number> {
  const dryRun = settings.dryRun
    ? new DryRun(
        secretEnv(operation.cloud).map((name) => process.env[name]),
        requestSecrets(operation),
      )
    : undefined;
  const started = performance.now();
  let credentialSource: string | undefined;
  try {
    // A wrong --query is refused before anything is sent.
    const plan = await outputPlan(settings, operation);
    return await interruptible('before the answer came', async (interrupted) => {
      const client = operationClient(operation, settings, { fetch: dryRun?.fetch, logger: stderrLogger });
      credentialSource = client.credentialSource;
      const signal = dryRun === undefined ? interrupted : AbortSignal.any([dryRun.signal, interrupted]);
      const result = await client.invoke(input, { signal });
      return printAnswer(plan, callAnswer(operation, result, performance.now() - started));
    });
  } catch (error) {
    const captured = dryRun?.captured;
    if (error === DRY_RUN_STOP && captured !== undefined) {
      const source = credentialSource ?? 'unknown';
      const text =
        settings.output === 'json'
          ? outputJson(dryRunRecord(operation.operationId, captured, source))
          : dryRunText(captured, source);
      process.stdout.write(`${text}\n`);
      return EXIT.ok;
    }
    const report = describeError(error, operation, { mock: isMockEndpoint(settings.endpoint) });
    printError(settings.output, report);
    return report.exitCode;
  }
}
