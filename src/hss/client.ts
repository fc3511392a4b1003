// HssClient: one method per HSS operation, installed from the generated operation table and typed
// by the generated method interface; a thin layer over openapi-fetch. It fills in what a caller
// should say once (project id, region header, enterprise project) and hands signing, deadlines and
// error mapping to the shared wiring.
import type { HssMethods } from '../../generated/hss.methods.js';
import { operationTable as OPERATIONS } from '../../generated/hss.operations.js';
import { validators as VALIDATORS } from '../../generated/hss.validators.js';
import { waiters as WAITERS, waitStarts as WAIT_STARTS, type HssWaiterMethods } from '../../generated/hss.waiters.js';
import { isHeaderValue } from '../core/call/check-input.js';
import { bindOperations, installOperationMethods, type OperationContext } from '../core/call/method.js';
import { clientFetch, endpointClient } from '../core/call/transport.js';
import { clientLimits, type ClientCallOptions } from '../core/call-options.js';
import { processEnv, type Environment } from '../core/credential-input.js';
import { logLine } from '../core/debug.js';
import { endpointUrl } from '../core/endpoint.js';
import { ConfigurationError } from '../core/errors.js';
import { installWaiterMethods } from '../core/waiter/install.js';
import {
  hssCredentialSupply,
  hssRequestSigner,
  hssSecrets,
  type HssCredentialOptions,
  type HssCredentials,
} from './authentication.js';
import { PENDING_PROJECT, ProjectScope } from './project-scope.js';
import { hssEndpoint, type HssRegion } from './regions.js';
import { hssResponses } from './responses.js';

export interface HssClientOptions extends HssCredentialOptions, ClientCallOptions {
  /** Region id (e.g. `cn-north-4`): picks the endpoint and fills the `region` header. */
  readonly region?: HssRegion | (string & {}) | undefined;
  /**
   * Project id of that region; default HUAWEICLOUD_SDK_PROJECT_ID, then the profile's project_id,
   * else looked up in IAM (once per access key and region) at the first call.
   */
  readonly projectId?: string | undefined;
  /** Enterprise project for every call that does not name one (server default: `0`). */
  readonly enterpriseProjectId?: string | undefined;
  /** Base URL instead of the region's endpoint (a mock, a proxy, a private link). */
  readonly endpoint?: string | undefined;
  /**
   * A fetch implementation to use instead of the default transport: under Node, node:http with
   * keep-alive agents of the SDK's own (no proxy from the environment: give a fetch that uses one);
   * elsewhere, the global fetch.
   */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where environment variables are read (default: process.env where it exists). */
  readonly env?: Environment | undefined;
}

export type { HssArgs, HssInput, HssResult } from './client-types.js';

/** The statistic with its count lifted out (the spec's x-imagesec-lift). */
export type HssStatisticResult = Awaited<ReturnType<HssMethods['showImageSecurityReportStatistic']>>;

// The project id is a client option, not a parameter: its violations are reported under that name.
const ALIASES = { 'path.project_id': 'projectId', 'header.X-Project-Id': 'projectId' };

// The methods' types, one per operation (generated from the spec), merged into the class below,
// whose constructor installs the methods themselves (on the prototype, once) from the operation table: the
// merge is the point (the class cannot list methods that exist only as data).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export interface HssClient extends HssMethods, HssWaiterMethods {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the methods' types, merged on purpose (above)
export class HssClient {
  /** The region the client was created for, when one was given. */
  readonly region: string | undefined;
  readonly endpoint: string;
  /** What supplies the credentials (`environment (HUAWEICLOUD_SDK_AK)`, a profile, …); never a value. */
  readonly credentialsFrom: string;
  readonly #project: ProjectScope;
  readonly #credentials: () => Promise<HssCredentials>;

  constructor(options: HssClientOptions = {}) {
    const env = options.env ?? processEnv();
    if (options.region !== undefined && (options.region === '' || !isHeaderValue(options.region))) {
      throw new ConfigurationError('region must be a non-empty region id such as cn-north-4');
    }
    if (options.endpoint === undefined && options.region === undefined) {
      throw new ConfigurationError('pass `region` (e.g. cn-north-4) or `endpoint`', 'region');
    }
    this.region = options.region;
    this.endpoint =
      options.endpoint === undefined ? hssEndpoint(options.region as string) : endpointUrl(options.endpoint);
    const sourceFetch = clientFetch(options.credentialsFetch ?? options.fetch);
    const supply = hssCredentialSupply(options, env, sourceFetch);
    this.credentialsFrom = supply.source;
    this.#credentials = supply.get;
    // What every call says once: the project (a stand-in until IAM names it), region, enterprise project.
    const defaults = (projectId: string) => ({
      path: { project_id: projectId },
      query: { enterprise_project_id: options.enterpriseProjectId },
      header: { region: this.region, 'X-Project-Id': projectId },
    });
    this.#project = new ProjectScope(options, env, supply.defaults, sourceFetch, (found) => {
      context.defaults = defaults(found);
    });
    const limits = clientLimits(options, env);
    logLine(limits.log, `imagesec HSS credentials from ${supply.source}`);
    const context: OperationContext<HssCredentials> = {
      wiring: {
        cloud: 'hss',
        provider: 'huawei_cloud',
        http: endpointClient(this.endpoint, options.fetch),
        credentials: supply.get,
        secrets: hssSecrets,
        signer: hssRequestSigner,
        scope: this.#project.apply,
        vendor: hssResponses,
        limits,
      },
      defaults: defaults(this.#project.projectId ?? PENDING_PROJECT),
      owned: ['project_id', 'X-Project-Id'],
      aliases: ALIASES,
    };
    // One method per operation of the spec, from the generated table; their types come from
    // generated/hss.methods.ts through the interface merged with this class.
    installOperationMethods(HssClient.prototype, OPERATIONS, VALIDATORS);
    // The waiters of the spec (x-imagesec-waiters, x-imagesec-wait), polling through those methods.
    installWaiterMethods(HssClient.prototype, WAITERS, WAIT_STARTS);
    bindOperations(this, context);
  }

  /** The project id in use: given, or found in IAM by an earlier call; undefined until then. */
  get projectId(): string | undefined {
    return this.#project.projectId;
  }

  /** The project id, looked up in IAM now if it was neither given nor found yet. */
  async resolveProjectId(): Promise<string> {
    return this.#project.projectId ?? this.#project.resolve(await this.#credentials());
  }
}
