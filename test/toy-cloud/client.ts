// ToyClient: the toy cloud's operations, one method per entry of the generated operation table and
// typed by the generated method interface, as the shipped clients are. REST calls signed with
// TOY-HMAC-SHA256; errors inside HTTP 200 answers are read by responses.ts.
import { bindOperations, installOperationMethods } from '../../src/core/call/method.js';
import { clientFetch, endpointClient } from '../../src/core/call/transport.js';
import { clientLimits, type ClientCallOptions } from '../../src/core/call-options.js';
import { processEnv, stringField, type Environment } from '../../src/core/credential-input.js';
import { logLine } from '../../src/core/debug.js';
import { endpointUrl } from '../../src/core/endpoint.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { installWaiterMethods } from '../../src/core/waiter/install.js';
import type { ToyMethods } from './generated/toy.methods.js';
import { operationTable as OPERATIONS } from './generated/toy.operations.js';
import { validators as VALIDATORS } from './generated/toy.validators.js';
import { waiters as WAITERS, waitStarts as WAIT_STARTS, type ToyWaiterMethods } from './generated/toy.waiters.js';
import {
  toyCredentialSupply,
  toyRequestSigner,
  toySecrets,
  TOY_REGION_ENV,
  type ToyCredentialOptions,
} from './credentials.js';
import { toyResponses } from './responses.js';

export interface ToyClientOptions extends ToyCredentialOptions, ClientCallOptions {
  /** Region id (`toy-east-1`): picks the endpoint. Default TOY_CLOUD_REGION. */
  readonly region?: string | undefined;
  /** Base URL instead of the region's endpoint (the strict mock). */
  readonly endpoint?: string | undefined;
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** The fetch a credential provider would use; the toy's only source (the environment) uses none. */
  readonly credentialsFetch?: typeof globalThis.fetch | undefined;
  /** Where environment variables are read (default: process.env). */
  readonly env?: Environment | undefined;
}

// The methods' types, one per operation (generated from the spec), merged into the class below,
// whose constructor installs the methods themselves from the operation table.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export interface ToyClient extends ToyMethods, ToyWaiterMethods {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the methods' types, merged on purpose (above)
export class ToyClient {
  readonly region: string | undefined;
  readonly endpoint: string;
  /** What supplies the credentials (`environment (TOY_CLOUD_KEY_ID)`, …); never a value. */
  readonly credentialsFrom: string;

  constructor(options: ToyClientOptions = {}) {
    const env = options.env ?? processEnv();
    const supply = toyCredentialSupply(options, env, clientFetch(options.credentialsFetch ?? options.fetch));
    this.credentialsFrom = supply.source;
    const region = options.region ?? stringField(env, TOY_REGION_ENV);
    if (options.endpoint === undefined && region === undefined) {
      throw new ConfigurationError(
        `pass \`region\` (e.g. toy-east-1) or \`endpoint\`, or set ${TOY_REGION_ENV}`,
        'region',
      );
    }
    this.region = region;
    this.endpoint =
      options.endpoint === undefined
        ? `https://toy.${region as string}.imagesec.invalid`
        : endpointUrl(options.endpoint);
    const limits = clientLimits(options, env);
    logLine(limits.log, `imagesec toy credentials from ${supply.source}`);
    installOperationMethods(ToyClient.prototype, OPERATIONS, VALIDATORS);
    installWaiterMethods(ToyClient.prototype, WAITERS, WAIT_STARTS);
    bindOperations(this, {
      wiring: {
        cloud: 'toy',
        provider: 'toy_cloud',
        http: endpointClient(this.endpoint, options.fetch),
        credentials: supply.get,
        secrets: toySecrets,
        signer: toyRequestSigner,
        vendor: toyResponses,
        limits,
      },
      defaults: {},
    });
  }
}
