// HssClient: one method per HSS operation, installed from the generated operation table and typed
// by the generated method interface; a thin layer over openapi-fetch. It fills in what a caller
// should say once (project id, region header, enterprise project) and hands signing, deadlines and
// error mapping to the shared pipeline.
import { hashing } from '#crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/hss.js';
import type { HssMethods } from '../../generated/hss.methods.js';
import { operations as OPERATIONS } from '../../generated/hss.operations.js';
import * as VALIDATORS from '../../generated/hss.validators.js';
import type { RequestValidator } from '../../generated/validator-runtime.js';
import type { ApiResult, RawOutcome } from '../core/outcome.js';
import { clientLimits, type CallOptions, type ClientCallOptions } from '../core/call-options.js';
import { processEnv, stringField, type Environment } from '../core/credentials.js';
import { logLine } from '../core/debug.js';
import { endpointUrl } from '../core/endpoint.js';
import { ConfigurationError } from '../core/errors.js';
import { isHeaderValue } from '../core/headers.js';
import { stringifyJson } from '../core/json.js';
import { installOperationMethods, type MethodInput } from '../core/operation-methods.js';
import { callFacts } from '../core/operation-types.js';
import { withoutUndefined } from '../core/values.js';
import { HeldBodyRequest } from '../core/held-body-request.js';
import { clientFetch, taggedFetch } from '../core/transport.js';
import { invoke, type Pipeline } from '../core/pipeline.js';
import type { RequestSigner } from '../core/sign-middleware.js';
import { isSafePathValue, type ParameterAliases } from '../core/validate.js';
import {
  HSS_ENV,
  hssCredentialSupply,
  projectLookup,
  isTokenCredentials,
  type HssCredentialOptions,
  type HssCredentials,
} from './credentials.js';
import { hssEndpoint, type HssRegion } from './regions.js';
import { hssResponses } from './responses.js';
import { signHuawei } from './signer.js';

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
  /** A fetch implementation to use instead of the global one. */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where environment variables are read (default: process.env where it exists). */
  readonly env?: Environment | undefined;
}

export type { HssArgs, HssInput, HssResult } from './client-types.js';

/** The statistic with its count lifted out (the spec's x-imagesec-lift). */
export type HssStatisticResult = Awaited<ReturnType<HssMethods['showImageSecurityReportStatistic']>>;

type Entry = (typeof OPERATIONS)[keyof typeof OPERATIONS];
type Input = MethodInput;

// Validated in place of a project id IAM has yet to name; #signable puts the real one in.
const PENDING_PROJECT = '0'.repeat(32);

// The project id is a client option, not a parameter: its violations are reported under that name.
const ALIASES: ParameterAliases = { 'path.project_id': 'projectId', 'header.X-Project-Id': 'projectId' };

function checkProjectId(projectId: string): string {
  if (projectId.length > 256 || !isSafePathValue(projectId)) {
    throw new ConfigurationError(
      'projectId must be 1-256 characters without /, ?, #, %, \\, control characters, or . / ..',
    );
  }
  return projectId;
}

/** A request as the spec names its parts, before credentials decide on X-Project-Id. */
interface HssRequest {
  readonly path: Readonly<Record<string, unknown>> & { readonly project_id: string };
  readonly query?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

// The methods' types, one per operation (generated from the spec), merged into the class below,
// whose static block installs the methods themselves from the operation table: the merge is the
// point (the class cannot list methods that exist only as data).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- see above
export interface HssClient extends HssMethods {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the methods' types, merged on purpose (above)
export class HssClient {
  /** The region the client was created for, when one was given. */
  readonly region: string | undefined;
  readonly endpoint: string;
  /** What supplies the credentials (`environment (HUAWEICLOUD_SDK_AK)`, a profile, …); never a value. */
  readonly credentialsFrom: string;
  readonly #enterpriseProjectId: string | undefined;
  readonly #api: Client<paths>;
  readonly #pipeline: Pipeline<HssCredentials>;
  #projectId: string | undefined;
  readonly #discover: ((credentials: HssCredentials) => Promise<string>) | undefined;

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
    const projectId =
      stringField(options, 'projectId') ?? stringField(env, HSS_ENV.projectId) ?? supply.defaults.projectId;
    if (projectId !== undefined) {
      this.#projectId = checkProjectId(projectId);
    } else {
      const lookup = projectLookup(options, env, sourceFetch, supply.defaults.identityEndpoint);
      if (typeof lookup === 'string') {
        throw new ConfigurationError(
          `no project id: pass \`projectId\` or set ${HSS_ENV.projectId} (${lookup})`,
          'projectId',
        );
      }
      this.#discover = (credentials) =>
        isTokenCredentials(credentials)
          ? Promise.reject(
              new ConfigurationError(
                `no project id: pass \`projectId\` or set ${HSS_ENV.projectId} (an IAM token cannot look it up)`,
              ),
            )
          : lookup(credentials);
    }
    this.#enterpriseProjectId = options.enterpriseProjectId;

    this.#api = createClient<paths>({
      baseUrl: this.endpoint,
      bodySerializer: (body: unknown) => stringifyJson(body, 'body'),
      // A signed request must not be replayed to wherever a redirect points.
      redirect: 'manual',
      fetch: taggedFetch(clientFetch(options.fetch)),
      Request: HeldBodyRequest,
    });
    const limits = clientLimits(options, env);
    logLine(limits.log, `imagesec HSS credentials from ${supply.source}`);
    this.#pipeline = {
      credentials: supply.get,
      secrets: (c) => (isTokenCredentials(c) ? [c.authToken] : [c.ak, c.sk, c.securityToken]),
      signer: (c): RequestSigner =>
        isTokenCredentials(c)
          ? () => Promise.resolve({ headers: { 'X-Auth-Token': c.authToken } })
          : (request) => signHuawei(request, c, new Date(), hashing),
      vendor: hssResponses,
      limits,
    };
  }

  /** The project id in use: given, or found in IAM by an earlier call; undefined until then. */
  get projectId(): string | undefined {
    return this.#projectId;
  }

  /** The project id, looked up in IAM now if it was neither given nor found yet. */
  async resolveProjectId(): Promise<string> {
    return this.#projectId ?? this.#resolve(await this.#pipeline.credentials());
  }

  async #resolve(credentials: HssCredentials): Promise<string> {
    if (this.#projectId !== undefined) return this.#projectId;
    const found = checkProjectId(await (this.#discover as (c: HssCredentials) => Promise<string>)(credentials));
    this.#projectId = found;
    return found;
  }

  // One method per operation of the spec, from the generated table; their types come from
  // generated/hss.methods.ts through the interface merged with this class.
  static {
    installOperationMethods(
      HssClient.prototype,
      OPERATIONS,
      VALIDATORS,
      (client: HssClient, entry, validate, input, options) => client.#call(entry, validate, input, options),
    );
  }

  /**
   * One call of any operation: the input split by the table into path, query, region header and
   * body (`{}` when the body requires nothing and none is given), the client's defaults filled in,
   * then the shared pipeline; result fields named by x-imagesec-lift are lifted to the top.
   */
  async #call(
    entry: Entry,
    validate: RequestValidator,
    input: Input,
    options: CallOptions,
  ): Promise<ApiResult<unknown>> {
    const { body: given, region, ...rest } = input;
    const queryNames: readonly string[] = entry.parameters.query;
    const headerNames: readonly string[] = entry.parameters.header;
    const pathNames: readonly string[] = entry.parameters.path;
    const path: Record<string, unknown> = {};
    const query: Record<string, unknown> = {};
    // Names the operation does not have go to the query, where the validator names them.
    for (const [name, value] of Object.entries(rest))
      (pathNames.includes(name) && name !== 'project_id' ? path : query)[name] = value;
    if (region !== undefined && !headerNames.includes('region')) query.region = region;
    if (queryNames.includes('enterprise_project_id') && query.enterprise_project_id === undefined) {
      query.enterprise_project_id = this.#enterpriseProjectId;
    }
    const pending = this.#projectId ?? PENDING_PROJECT;
    const header = {
      ...(headerNames.includes('region') ? this.#regionHeader(region as string | undefined) : {}),
      ...(headerNames.includes('X-Project-Id') ? { 'X-Project-Id': pending } : {}),
    };
    // Only a body left out gets the default; an explicit null is the caller's, for the validator.
    const body = given === undefined && entry.body?.emptyDefault ? {} : given;
    const sentQuery = withoutUndefined(query);
    const request: HssRequest = {
      path: { ...withoutUndefined(path), project_id: pending },
      ...(queryNames.length > 0 || Object.keys(sentQuery).length > 0 ? { query: sentQuery } : {}),
      ...(headerNames.length > 0 ? { header } : {}),
      ...(entry.body === null ? {} : { body }),
    };
    const send = this.#api.request as unknown as (method: string, url: string, init: object) => Promise<RawOutcome>;
    const result = await invoke<unknown, HssCredentials, HssRequest>(
      this.#pipeline,
      { ...callFacts(entry), validate, request, aliases: ALIASES },
      options,
      async (c, init, r) =>
        send(entry.httpMethod.toLowerCase(), entry.path, { ...init, params: await this.#signable(r, c), body: r.body }),
    );
    const lift: Readonly<Record<string, string>> = entry.lift;
    if (Object.keys(lift).length === 0) return result;
    const data = (result.data ?? {}) as Record<string, unknown>;
    return { ...result, ...Object.fromEntries(Object.entries(lift).map(([name, field]) => [name, data[field]])) };
  }

  /**
   * The parameters as sent (the checked request without its body), with the project id resolved
   * (found in IAM at the first call when none was given). Official SDKs send X-Project-Id with
   * AK/SK signing (and sign it); an IAM token is already project-scoped, so with a token it is left out.
   */
  async #signable(request: HssRequest, credentials: HssCredentials): Promise<Omit<HssRequest, 'body'>> {
    const projectId = await this.#resolve(credentials);
    const { body: _body, ...params } = request;
    const path = { ...request.path, project_id: projectId };
    if (request.header === undefined || !('X-Project-Id' in request.header)) return { ...params, path };
    const { 'X-Project-Id': _pending, ...header } = request.header;
    return {
      ...params,
      path,
      header: isTokenCredentials(credentials) ? header : { ...header, 'X-Project-Id': projectId },
    };
  }

  /** The `region` header: the call's, else the client's (the validator reports a missing one). */
  #regionHeader(region: string | undefined): { region?: string } {
    const value = region ?? this.region;
    return value === undefined ? {} : { region: value };
  }
}
