// A failure as the CLI reports it: one record with the exit status, the vendor's code and request
// id, and a hint saying what to do. Messages come from the SDK already redacted.
import {
  ApiError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  CredentialsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseError,
  ServerError,
  TimeoutError,
  ValidationError,
  violationList,
  type Violation,
} from '../core/errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../core/http/hints.js';
import { helpHint } from './usage-error.js';
import { secretEnv } from './clients.js';
import { exitCodeOf } from './exit-codes.js';
import { safeToRepeat, type CliOperation } from './operations.js';
import { terminalSafe } from './terminal-text.js';
import { InterruptedError, UsageError } from './usage-error.js';

export interface ErrorReport {
  readonly type: string;
  readonly exitCode: number;
  readonly message: string;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly attempts?: number;
  readonly violations?: readonly Violation[];
  readonly hint?: string;
}

/** A violation's path as the user typed it: a flag where one exists (`--image-type`, `--region`). */
function flagPath(path: string, operation: CliOperation | undefined): string {
  if (path === 'region') return '--region';
  if (path === 'projectId') return '--project-id';
  if (operation === undefined) return path;
  const [head = '', ...rest] = path.split('.');
  const root = head.replace(/\[.*$/, '');
  const param = operation.options.find((o) => o.in !== 'body' && o.name === root);
  if (param !== undefined) return `--${param.flag}${path.slice(root.length)}`;
  if (root === 'body' && rest.length > 0) {
    const field = rest[0]!.replace(/\[.*$/, '');
    const option = operation.options.find((o) => o.in === 'body' && o.name === field);
    if (option !== undefined && rest.length === 1 && field === rest[0]) return `--${option.flag} (body.${field})`;
  }
  return path;
}

/** How an error is being reported. */
export interface ReportContext {
  /**
   * Name a violation by the flag that sets it (a command line), or keep the spec's names (a bulk
   * line, whose keys are spec names as often as flags). Default true.
   */
  readonly pathsAsFlags?: boolean;
  /** The endpoint is a local mock, not the vendor's: no advice to quote request ids to the vendor. */
  readonly mock?: boolean;
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Whether --endpoint points at this machine (a mock such as `imagesec mock`), not at a vendor. */
export function isMockEndpoint(endpoint: string | undefined): boolean {
  if (endpoint === undefined) return false;
  try {
    return LOOPBACK_HOSTS.test(new URL(endpoint).hostname);
  } catch {
    return false;
  }
}

/** What to say about a call cut short by a signal: whether sending it again is safe. */
function interruptedHint(operation: CliOperation | undefined): string {
  if (operation === undefined) return 'run the command again when ready';
  if (safeToRepeat(operation)) return 'run the command again when ready (the operation is safe to repeat)';
  return (
    `the request may already have reached the API and been carried out, and ${operation.cloud} ${operation.command} is not ` +
    'safe to repeat: check its effect (the console, or the list operation) before sending it again'
  );
}

function hintFor(error: unknown, operation: CliOperation | undefined, mock: boolean): string | undefined {
  const cloud = operation?.cloud;
  const help = operation === undefined ? 'see imagesec --help' : helpHint(operation);
  if (error instanceof UsageError) return error.hint ?? help;
  if (error instanceof InterruptedError) return interruptedHint(operation);
  if (error instanceof ValidationError) return help;
  if (error instanceof ConfigurationError || error instanceof CredentialsError) {
    const aboutCredentials = error instanceof CredentialsError || /credential/i.test(error.message);
    return cloud === undefined || !aboutCredentials
      ? help
      : `credentials come from ${secretEnv(cloud).slice(0, 2).join(' and ')}, --profile, or the other sources in the README's Credentials section; ${help}`;
  }
  if (error instanceof TimeoutError) return `no answer in time: raise --timeout (seconds) or check the network`;
  if (error instanceof ConnectionError) return 'check --region or --endpoint, the network and any proxy';
  if (error instanceof ResponseError) {
    return error.problem === 'too-large'
      ? `the answer is larger than --max-response-bytes allows (default ${DEFAULT_MAX_RESPONSE_BYTES}): raise it if the answer is expected`
      : 'the answer was damaged or altered on the way (check any proxy); quote the request id to the vendor';
  }
  if (error instanceof RateLimitError) return 'throttled: wait and run again, or raise --max-retries';
  if (error instanceof AuthenticationError) {
    return 'check the access key and secret, and the clock (signatures are valid for 15 minutes)';
  }
  if (error instanceof PermissionDeniedError) return 'the key lacks a permission for this action (IAM/RAM policy)';
  if (error instanceof NotFoundError) return 'check the ids, the region and the project id';
  if (mock && error instanceof ApiError) {
    return error.violations === undefined
      ? "this is the local mock's answer, not the vendor's"
      : 'the mock refused the request for the violations listed';
  }
  if (error instanceof ServerError) return 'the service failed: try again later; quote the request id to the vendor';
  if (error instanceof ApiError) return 'quote the request id when asking the vendor for help';
  return undefined;
}

export function describeError(error: unknown, operation?: CliOperation, context: ReportContext = {}): ErrorReport {
  const pathsAsFlags = context.pathsAsFlags ?? true;
  const exitCode = exitCodeOf(error);
  const hint = hintFor(error, operation, context.mock ?? false);
  const base = { exitCode, ...(hint === undefined ? {} : { hint }) };
  const attempts = (error as { attempts?: unknown }).attempts;
  const tried = typeof attempts === 'number' ? { attempts } : {};
  const located = (violations: readonly Violation[]) =>
    violations.map((v) => ({ path: pathsAsFlags ? flagPath(v.path, operation) : v.path, message: v.message }));
  if (error instanceof ValidationError) {
    const violations = located(error.violations);
    const message = `invalid input: ${violationList(violations)}`;
    return { type: error.name, message, violations, ...base };
  }
  if (error instanceof ApiError) {
    const violations = error.violations === undefined ? undefined : located(error.violations);
    return {
      type: error.name,
      message: violations === undefined ? error.detail : `${error.detail}: ${violationList(violations)}`,
      ...(violations === undefined ? {} : { violations }),
      status: error.status,
      ...(error.code === undefined ? {} : { code: error.code }),
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      ...tried,
      ...base,
    };
  }
  if (error instanceof ResponseError) {
    return {
      type: error.name,
      message: error.message,
      status: error.status,
      code: error.problem,
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      ...tried,
      ...base,
    };
  }
  if (error instanceof ConnectionError || error instanceof CredentialsError) {
    return {
      type: error.name,
      message: error.message,
      ...(error.code === undefined ? {} : { code: error.code }),
      ...tried,
      ...base,
    };
  }
  if (error instanceof Error) return { type: error.name, message: error.message, ...tried, ...base };
  return { type: 'Error', message: String(error), ...base };
}

/**
 * The one line a person reads on stderr. The message, code and request id may come from the answer:
 * line breaks in the message become spaces, and every other control character is shown escaped.
 */
export function errorLine(report: ErrorReport): string {
  const head = [report.type, report.status, report.code].filter((p) => p !== undefined).join(' ');
  const id = report.requestId === undefined ? '' : ` (request id ${report.requestId})`;
  const tries = report.attempts !== undefined && report.attempts > 1 ? ` after ${report.attempts} attempts` : '';
  const hint = report.hint === undefined ? '' : `. Hint: ${report.hint}`;
  return terminalSafe(`imagesec: ${head}: ${report.message.replace(/\s*\n\s*/g, ' ')}${id}${tries}${hint}`);
}
