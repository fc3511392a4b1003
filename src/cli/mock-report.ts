// What `imagesec mock` tells the person running it: the URLs to point clients at (stdout, or one
// JSON line with --output json) and, in text mode, on stderr, the scripts loaded, each request the
// gateway refused and why, and each scripted answer served.
import { findCloud } from '../clouds.js';
import type { Gateway, RecordedRequest } from '../testing/gateway.js';
import type { ScriptedServe } from '../testing/record.js';
import type { MockAnswer } from '../core/cloud.js';
import type { MockArgs } from './mock-args.js';
import type { FileScript } from './mock-script-file.js';
import { terminalSafe } from './terminal-text.js';

/** Where each mock listens, the scripts loaded, and whose signatures are checked. */
export function announce(
  options: MockArgs,
  scripts: readonly FileScript[],
  gateways: ReadonlyMap<string, Gateway>,
): void {
  if (options.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries([...gateways].map(([name, g]) => [name, g.url])))}\n`);
    return;
  }
  for (const { name, operation, answers, options: scriptOptions } of scripts) {
    const then = scriptOptions.then ?? 'repeat-last';
    process.stderr.write(
      `imagesec mock: ${name} ${operation} scripted: ${answers.length} answer${answers.length === 1 ? '' : 's'}, then ${then}\n`,
    );
  }
  const checked = options.names.filter((name) => options.credentials[name] !== undefined);
  // One write: a reader that acts on the URL lines (a test, a script) finds the whole report with
  // them, not a later chunk of it.
  const urls = [...gateways].map(([name, gateway]) => `imagesec mock: ${name} ${gateway.url} (openapi/${name}.yaml)\n`);
  process.stdout.write(
    `${urls.join('')}Point --endpoint (CLI) or \`endpoint\` (SDK) at these URLs; ${
      checked.length === 0 ? 'any credentials do' : `signatures checked for ${checked.join(', ')}`
    }. Ctrl-C stops.\n`,
  );
}

/** One line on a scripted answer served: where, which answer, and what was wrong with it, if anything. */
function scriptedLine(record: RecordedRequest, served: ScriptedServe): string {
  const line =
    `scripted ${record.cloud} ${record.operation ?? ''}: answer [${served.index}] (call ${served.call}), ` +
    `${record.status ?? ''}${served.error === undefined ? '' : ` (${served.error})`}`;
  return `imagesec mock: ${terminalSafe(line)}\n`;
}

/** One line on what the gateway refused: where, the vendor's answer, and why. */
function refusalLine(record: RecordedRequest, answer: MockAnswer): string {
  // The vendor's code, read as the SDK reads it.
  const code = findCloud(record.cloud)?.responses.errorOf(answer.status, answer.body)?.code ?? '';
  const why =
    record.fault !== undefined
      ? 'a scripted fault'
      : record.signature !== 'valid' && record.signature !== 'unchecked'
        ? `signature: ${record.signature}`
        : record.violations.map((v) => `${v.path} ${v.message}`).join('; ') || 'no such operation';
  // Parts of it are the client's own text (path, violations): escaped like any text from outside.
  const line = `refused ${record.cloud} ${record.operation ?? `${record.method} ${record.path}`}: ${answer.status} ${code} (${why})`;
  return `imagesec mock: ${terminalSafe(line)}\n`;
}

/** The gateway's hooks that say on stderr what it refused and which scripted answers it served (text mode). */
export function gatewayReports(json: boolean) {
  return {
    onRefusal: json
      ? undefined
      : (record: RecordedRequest, answer: MockAnswer) => process.stderr.write(refusalLine(record, answer)),
    onScripted: json
      ? undefined
      : (record: RecordedRequest, served: ScriptedServe) => process.stderr.write(scriptedLine(record, served)),
  };
}
