// The SDK client a command runs on, configured from the global flags; credentials come from the
// SDK's chains (environment, OIDC, profiles, metadata when asked), resolved by the clients themselves.
import { cloudOf } from '../clouds.js';
import type { Settings } from './arguments.js';
import { invoker, iterator, type CliOperation, type Cloud, type Invoke, type Iterate } from './operations.js';
import { DEFAULT_DEADLINE_MS } from '../core/call-options.js';
import { DEFAULT_RETRY_POLICY } from '../core/retry.js';
import { ConfigurationError } from '../core/errors.js';
import { terminalSafe } from './terminal-text.js';
import { UsageError } from './usage-error.js';

export interface ClientHooks {
  /** A fetch to use instead of the network (the dry run's). */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where debug lines go. */
  readonly logger: (line: string) => void;
}

/** Debug lines go to stderr, as plain text in both output modes (a request id or code shown safe). */
export const stderrLogger = (line: string): void => {
  process.stderr.write(`${terminalSafe(line)}\n`);
};

/** The environment variables holding a cloud's secrets (key id, secret, token), for masking and for hints. */
export function secretEnv(cloud: Cloud): readonly string[] {
  return cloudOf(cloud).credentials.secretEnv;
}

/**
 * What the SDK refuses at construction because nothing supplied it (region, project id,
 * credentials), said in the CLI's terms; every other setup error is left to the SDK's words.
 */
function inCliTerms(error: unknown, operation: CliOperation): unknown {
  if (!(error instanceof ConfigurationError) || error.missing === undefined) return error;
  const cloud = cloudOf(operation.cloud);
  const {
    secretEnv: [id, secret],
    otherSources,
    regionEnv,
    projectEnv,
    projectLookup,
  } = cloud.credentials;
  switch (error.missing) {
    case 'region':
      return new UsageError(
        '--region (or --endpoint) is required',
        `e.g. --region ${cloud.exampleRegion}${regionEnv === undefined ? '' : `, or set ${regionEnv}`}`,
      );
    case 'projectId':
      return new UsageError(
        `no project id: pass --project-id${projectEnv === undefined ? '' : ` or set ${projectEnv}`}`,
        projectLookup,
      );
    case 'credentials':
      return new UsageError(`no ${cloud.id.toUpperCase()} credentials: set ${id} and ${secret}`, otherSources);
  }
}

/** A ready-to-call operation; a missing region, project or credentials is a UsageError. */
export interface OperationClient {
  readonly invoke: Invoke;
  /** Every item of a list operation, page after page; undefined for an operation that does not page. */
  readonly iterate: Iterate | undefined;
  /** What supplies the credentials (for --dry-run and --debug); never a value. */
  readonly credentialSource: string;
}

export function operationClient(operation: CliOperation, settings: Settings, hooks: ClientHooks): OperationClient {
  const common = {
    endpoint: settings.endpoint,
    timeoutMs: settings.timeoutMs,
    // A --timeout above the SDK's 120 s call deadline would otherwise be cut short by it.
    // (The waits between attempts come on top: up to the backoff cap per retry.)
    deadlineMs:
      settings.timeoutMs === undefined
        ? undefined
        : Math.max(
            DEFAULT_DEADLINE_MS,
            (settings.timeoutMs + DEFAULT_RETRY_POLICY.maxDelayMs) *
              ((settings.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries) + 1),
          ),
    maxRetries: settings.maxRetries,
    maxResponseBytes: settings.maxResponseBytes,
    // --debug / --no-debug decide; without either IMAGESEC_DEBUG does, as for the SDK.
    debug: settings.debug,
    logger: hooks.logger,
    fetch: hooks.fetch,
    // Credential sources reach STS, IAM or metadata for real, also in a dry run (which then shows
    // the request those credentials sign); only the operation's own request is held back.
    credentialsFetch:
      hooks.fetch === undefined
        ? undefined
        : (((input, init) => globalThis.fetch(input, init)) satisfies typeof globalThis.fetch),
    profile: settings.profile,
  };
  try {
    const cloud = cloudOf(operation.cloud);
    const client = cloud.createClient({
      ...common,
      region: settings.region,
      // Only a cloud whose descriptor lists the setting takes it (the parser refuses the flag elsewhere).
      ...(cloud.settings.includes('projectId') ? { projectId: settings.projectId } : {}),
    });
    return {
      invoke: invoker(client, operation),
      iterate: iterator(client, operation),
      credentialSource: client.credentialsFrom,
    };
  } catch (error) {
    throw inCliTerms(error, operation);
  }
}
