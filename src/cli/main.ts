// `imagesec`: finds the command in argv and runs it; resolves to the process exit status.
import { outputModeOf, parseOperationArgs } from './arguments.js';
import { closest } from './suggest.js';
import { EXIT } from './exit-codes.js';
import { cloudHelp, mainHelp, operationHelp, VERSION } from './help.js';
import { cliCloud, cliClouds, findOperation, isCloud } from './operations.js';
import { printError } from './output.js';
import { describeError } from './report.js';
import { runOperation } from './run-operation.js';
import { processStdin } from './sources.js';
import { UsageError } from './usage-error.js';
import { printOwnWarnings } from './warnings.js';

/** The registered clouds' ids: the commands besides mock and completion. */
function cloudIds(): string[] {
  return cliClouds().map((c) => c.cloud);
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`${mainHelp()}\n`);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${mainHelp()}\n`);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  // The mock command and the bulk runner load only when used: a single call does not pay for them
  // (prism.ts also installs an exit hook on import).
  if (first === 'mock') return (await import('./mock-command.js')).runMock(argv.slice(1));
  if (first === 'completion') return (await import('./completion/command.js')).runCompletion(argv.slice(1));
  if (first.startsWith('-')) {
    throw new UsageError(
      `flags go after the operation: imagesec <${cloudIds().join('|')}> <operation> ${first} ...`,
      'see imagesec --help',
    );
  }
  if (!isCloud(first)) {
    const guess = closest(first, [...cloudIds(), 'mock', 'completion']);
    throw new UsageError(
      `unknown command '${first}'`,
      guess === undefined ? 'see imagesec --help' : `did you mean ${guess}? (see imagesec --help)`,
    );
  }
  if (second === undefined || second === '--help' || second === '-h') {
    process[second === undefined ? 'stderr' : 'stdout'].write(`${cloudHelp(first)}\n`);
    return second === undefined ? EXIT.usage : EXIT.ok;
  }
  // Waiting loads only when used, as the mock command does.
  if (second === 'wait') return (await import('./wait-command.js')).runWait(first, rest);
  const operation = findOperation(first, second);
  if (operation === undefined) {
    const commands = [...cliCloud(first).operations.map((o) => o.command), 'wait'];
    const guess = closest(second, commands);
    throw new UsageError(
      `unknown ${first} operation '${second}'`,
      guess === undefined ? `one of: ${commands.join(', ')}` : `did you mean ${guess}?`,
    );
  }
  if (rest.some((arg) => /^--(wait|max-wait|min-delay|max-delay)(=|$)/.test(arg))) {
    const waited = await (await import('./wait-command.js')).runWithWait(operation, rest);
    if (waited !== undefined) return waited;
  }
  const { settings, input } = await parseOperationArgs(operation, rest, processStdin());
  if (settings.help) {
    process.stdout.write(`${operationHelp(operation)}\n`);
    return EXIT.ok;
  }
  // The skeleton (and the yaml library) load only when asked for.
  if (settings.skeleton) return (await import('./skeleton.js')).printSkeleton(operation, settings.format);
  if (settings.each !== undefined) return (await import('./bulk.js')).runBulk(operation, settings, input);
  if (settings.all) return (await import('./run-all.js')).runAll(operation, settings, input);
  return runOperation(operation, settings, input);
}

export async function main(argv: readonly string[]): Promise<number> {
  printOwnWarnings(outputModeOf(argv), (text) => process.stderr.write(text));
  try {
    return await dispatch(argv);
  } catch (error) {
    const [cloud, command] = argv;
    const operation = cloud !== undefined && command !== undefined ? findOperation(cloud, command) : undefined;
    const report = describeError(error, operation);
    printError(outputModeOf(argv), report);
    return report.exitCode;
  }
}
