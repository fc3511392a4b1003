// The SDK client a command runs on, configured from the global flags; credentials come from the
// vendors' environment variables, read by the clients themselves.
import { HSS_ENV } from '../hss/credentials.js';
import { HssClient } from '../hss/client.js';
import { SAS_ENV } from '../sas/credentials.js';
import { SasClient } from '../sas/client.js';
import type { Settings } from './arguments.js';
import { CLOUDS, invoker, type CliOperation, type Invoke } from './operations.js';
import { DEFAULT_DEADLINE_MS } from '../core/call-options.js';
import { DEFAULT_RETRY_POLICY } from '../core/retry.js';
import { UsageError } from './usage-error.js';

export interface ClientHooks {
  /** A fetch to use instead of the network (the dry run's). */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where debug lines go. */
  readonly logger: (line: string) => void;
}

/** Debug lines go to stderr, as plain text in both output modes. */
export const stderrLogger = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** The environment variables holding each cloud's secrets, for masking and for hints. */
export const SECRET_ENV: Readonly<Record<CliOperation['cloud'], readonly string[]>> = {
  hss: [HSS_ENV.ak, HSS_ENV.sk, HSS_ENV.securityToken],
  sas: [SAS_ENV.accessKeyId, SAS_ENV.accessKeySecret, SAS_ENV.securityToken],
};

/**
 * What the SDK would refuse with its own option names (`region`, `projectId`, `credentials`),
 * said in the CLI's terms. Half-given credentials and unknown regions are left to the SDK.
 */
function checkSetup(operation: CliOperation, settings: Settings, env: NodeJS.ProcessEnv): void {
  const cloud = operation.cloud;
  if (settings.region === undefined && settings.endpoint === undefined) {
    throw new UsageError('--region (or --endpoint) is required', `e.g. --region ${CLOUDS[cloud].exampleRegion}`);
  }
  if (cloud === 'hss' && settings.projectId === undefined && (env[HSS_ENV.projectId] ?? '') === '') {
    throw new UsageError(`no project id: pass --project-id or set ${HSS_ENV.projectId}`);
  }
  const [id, secret] = SECRET_ENV[cloud];
  if ((env[id!] ?? '') === '' && (env[secret!] ?? '') === '') {
    throw new UsageError(`no ${cloud.toUpperCase()} credentials: set ${id} and ${secret}`, `temporary keys add ${SECRET_ENV[cloud][2]}`);
  }
}

/** A ready-to-call operation; a missing region, project or credentials is a UsageError first. */
export function operationClient(operation: CliOperation, settings: Settings, hooks: ClientHooks): Invoke {
  checkSetup(operation, settings, process.env);
  const common = {
    endpoint: settings.endpoint,
    timeoutMs: settings.timeoutMs,
    // A --timeout above the SDK's 120 s call deadline would otherwise be cut short by it.
    // (The waits between attempts come on top: up to the backoff cap per retry.)
    deadlineMs:
      settings.timeoutMs === undefined
        ? undefined
        : Math.max(DEFAULT_DEADLINE_MS, (settings.timeoutMs + DEFAULT_RETRY_POLICY.maxDelayMs) * ((settings.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries) + 1)),
    maxRetries: settings.maxRetries,
    // --debug / --no-debug decide; without either IMAGESEC_DEBUG does, as for the SDK.
    debug: settings.debug,
    logger: hooks.logger,
    fetch: hooks.fetch,
  };
  const client =
    operation.cloud === 'hss'
      ? new HssClient({ ...common, region: settings.region, projectId: settings.projectId })
      : new SasClient({ ...common, regionId: settings.region });
  return invoker(client, operation);
}
