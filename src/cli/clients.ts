// The SDK client a command runs on, configured from the global flags; credentials come from the
// SDK's chains (environment, OIDC, profiles, metadata when asked), resolved by the clients themselves.
import { HSS_ENV } from '../hss/credentials.js';
import { HssClient } from '../hss/client.js';
import { SAS_ENV } from '../sas/credentials.js';
import { SasClient } from '../sas/client.js';
import type { Settings } from './arguments.js';
import { CLOUDS, invoker, iterator, type CliOperation, type Invoke, type Iterate } from './operations.js';
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

/** The environment variables holding each cloud's secrets, for masking and for hints. */
export const SECRET_ENV: Readonly<Record<CliOperation['cloud'], readonly string[]>> = {
  hss: [HSS_ENV.ak, HSS_ENV.sk, HSS_ENV.securityToken],
  sas: [SAS_ENV.accessKeyId, SAS_ENV.accessKeySecret, SAS_ENV.securityToken],
};

/** Where else credentials may come from, for the hint when none is found. */
const OTHER_SOURCES: Readonly<Record<CliOperation['cloud'], string>> = {
  hss:
    'temporary keys add HUAWEICLOUD_SDK_SECURITY_TOKEN; or OIDC federation (HUAWEICLOUD_SDK_IDP_ID, ' +
    'HUAWEICLOUD_SDK_ID_TOKEN_FILE), ~/.huaweicloud/credentials (--profile), or IMAGESEC_INSTANCE_METADATA=1 on ECS',
  sas:
    'temporary keys add ALIBABA_CLOUD_SECURITY_TOKEN; or OIDC (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ' +
    'ALIBABA_CLOUD_OIDC_TOKEN_FILE), an aliyun CLI profile or ~/.alibabacloud/credentials (--profile), ' +
    'ALIBABA_CLOUD_CREDENTIALS_URI, or ALIBABA_CLOUD_ECS_METADATA=<role> on ECS',
};

/**
 * What the SDK refuses at construction because nothing supplied it (region, project id,
 * credentials), said in the CLI's terms; every other setup error is left to the SDK's words.
 */
function inCliTerms(error: unknown, operation: CliOperation): unknown {
  if (!(error instanceof ConfigurationError) || error.missing === undefined) return error;
  const cloud = operation.cloud;
  switch (error.missing) {
    case 'region':
      return new UsageError(
        '--region (or --endpoint) is required',
        `e.g. --region ${CLOUDS[cloud].exampleRegion}${cloud === 'sas' ? ', or set ALIBABA_CLOUD_REGION_ID' : ''}`,
      );
    case 'projectId':
      return new UsageError(
        `no project id: pass --project-id or set ${HSS_ENV.projectId}`,
        'with --region it is looked up in IAM',
      );
    case 'credentials': {
      const [id, secret] = SECRET_ENV[cloud];
      return new UsageError(`no ${cloud.toUpperCase()} credentials: set ${id} and ${secret}`, OTHER_SOURCES[cloud]);
    }
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
    const client =
      operation.cloud === 'hss'
        ? new HssClient({ ...common, region: settings.region, projectId: settings.projectId })
        : new SasClient({ ...common, regionId: settings.region });
    return {
      invoke: invoker(client, operation),
      iterate: iterator(client, operation),
      credentialSource: client.credentialsFrom,
    };
  } catch (error) {
    throw inCliTerms(error, operation);
  }
}
