// SasClient: the Security Center actions over openapi-fetch, one method per action installed from
// the generated operation table and typed by the generated method interface. RPC-style calls:
// `POST /`, parameters in the query, action and version in x-acs-* headers, and every request
// signed with ACS3-HMAC-SHA256 and a fresh nonce.
import type { OperateImageVulInfo } from '../../generated/sas.js';
import type { SasMethods } from '../../generated/sas.methods.js';
import { operationTable as OPERATIONS } from '../../generated/sas.operations.js';
import { validators as VALIDATORS } from '../../generated/sas.validators.js';
import { waiters as WAITERS, waitStarts as WAIT_STARTS, type SasWaiterMethods } from '../../generated/sas.waiters.js';
import { bindOperations, installOperationMethods } from '../core/call/method.js';
import { clientFetch, endpointClient } from '../core/call/transport.js';
import { clientLimits, type ClientCallOptions } from '../core/call-options.js';
import { processEnv, stringField, type Environment } from '../core/credential-input.js';
import { logLine } from '../core/debug.js';
import { endpointUrl } from '../core/endpoint.js';
import { ConfigurationError } from '../core/errors.js';
import { installWaiterMethods } from '../core/waiter/install.js';
import { sasCredentialSupply, sasRequestSigner, sasSecrets, type SasCredentialOptions } from './authentication.js';
import type { SasInput, SasResult } from './client-types.js';
import { SAS_REGION_ENV, sasEndpoint, type SasRegion } from './endpoints.js';
import { sasResponses } from './responses.js';

export interface SasClientOptions extends SasCredentialOptions, ClientCallOptions {
  /**
   * Region id (e.g. `cn-shanghai`, `ap-southeast-1`): picks one of Security Center's two sites.
   * Default ALIBABA_CLOUD_REGION_ID, else the aliyun CLI profile's `region_id`.
   */
  readonly regionId?: SasRegion | (string & {}) | undefined;
  /** Base URL instead of the region's endpoint (a mock, a proxy, a VPC endpoint). */
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

export type { SasArgs, SasInput, SasResult } from './client-types.js';

/** The OperateImageVul input and result, under the names the SDK has always exported. */
export type OperateImageVulInput = SasInput<'OperateImageVul', { Info: OperateImageVulInfo }>;
export type OperateImageVulResult = SasResult<'OperateImageVul'>;

// The methods' types, one per operation (generated from the spec), merged into the class below,
// whose constructor installs the methods themselves (on the prototype, once) from the operation table: the
// merge is the point (the class cannot list methods that exist only as data).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export interface SasClient extends SasMethods, SasWaiterMethods {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the methods' types, merged on purpose (above)
export class SasClient {
  readonly regionId: string | undefined;
  readonly endpoint: string;
  /** What supplies the credentials (`environment (ALIBABA_CLOUD_ACCESS_KEY_ID)`, a profile, …); never a value. */
  readonly credentialsFrom: string;

  constructor(options: SasClientOptions = {}) {
    const env = options.env ?? processEnv();
    const supply = sasCredentialSupply(options, env, clientFetch(options.credentialsFetch ?? options.fetch));
    this.credentialsFrom = supply.source;
    const regionId = options.regionId ?? stringField(env, SAS_REGION_ENV) ?? supply.defaults.region;
    if (options.endpoint === undefined && regionId === undefined) {
      throw new ConfigurationError(
        `pass \`regionId\` (e.g. cn-shanghai) or \`endpoint\`, or set ${SAS_REGION_ENV}`,
        'region',
      );
    }
    this.regionId = regionId;
    this.endpoint = options.endpoint === undefined ? sasEndpoint(regionId as string) : endpointUrl(options.endpoint);
    const limits = clientLimits(options, env);
    logLine(limits.log, `imagesec SAS credentials from ${supply.source}`);
    // One method per action of the spec, from the generated table; their types come from
    // generated/sas.methods.ts through the interface merged with this class.
    installOperationMethods(SasClient.prototype, OPERATIONS, VALIDATORS);
    // The waiters of the spec (x-imagesec-waiters, x-imagesec-wait), polling through those methods.
    installWaiterMethods(SasClient.prototype, WAITERS, WAIT_STARTS);
    bindOperations(this, {
      wiring: {
        cloud: 'sas',
        provider: 'alibaba_cloud',
        http: endpointClient(this.endpoint, options.fetch),
        credentials: supply.get,
        secrets: sasSecrets,
        signer: sasRequestSigner,
        vendor: sasResponses,
        limits,
      },
      // RPC style: every parameter in the query; the action and version are the spec's constant headers.
      defaults: {},
    });
  }
}
