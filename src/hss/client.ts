// HssClient: one method per HSS operation, a thin layer over openapi-fetch with the generated paths.
// It fills in what a caller should say once (project id, region header, enterprise project) and
// hands signing, deadlines and error mapping to the shared pipeline.
import { hashing } from '#crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { ImageSecurityReportStatistic, operations, paths } from '../../generated/hss.js';
import type { ApiResult } from '../core/outcome.js';
import { processEnv, stringField, type Environment } from '../core/credentials.js';
import { endpointUrl } from '../core/endpoint.js';
import { ConfigurationError, ValidationError } from '../core/errors.js';
import { isHeaderValue } from '../core/headers.js';
import { stringifyJson } from '../core/json.js';
import type { BodyInput, HeaderOf, Loose, QueryOf, SuccessOf } from '../core/operation-types.js';
import { withoutUndefined } from '../core/values.js';
import { clientFetch, taggedFetch } from '../core/transport.js';
import { checkTimeout } from '../core/deadline.js';
import { DEFAULT_TIMEOUT_MS, invoke, type CallOptions, type Pipeline } from '../core/pipeline.js';
import type { RequestSigner } from '../core/sign-middleware.js';
import {
  HSS_ENV,
  hssCredentialSource,
  isTokenCredentials,
  type HssCredentialOptions,
  type HssCredentials,
} from './credentials.js';
import { hssEndpoint, type HssRegion } from './regions.js';
import { hssResponses } from './responses.js';
import { signHuawei } from './signer.js';

export interface HssClientOptions extends HssCredentialOptions {
  /** Region id (e.g. `cn-north-4`): picks the endpoint and fills the `region` header. */
  readonly region?: HssRegion | (string & {}) | undefined;
  /** Project id of that region; default HUAWEICLOUD_SDK_PROJECT_ID. */
  readonly projectId?: string | undefined;
  /** Enterprise project for every call that does not name one (server default: `0`). */
  readonly enterpriseProjectId?: string | undefined;
  /** Base URL instead of the region's endpoint (a mock, a proxy, a private link). */
  readonly endpoint?: string | undefined;
  /** Time allowed per call, default 30 s. */
  readonly timeoutMs?: number | undefined;
  /** A fetch implementation to use instead of the global one. */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where environment variables are read (default: process.env where it exists). */
  readonly env?: Environment | undefined;
}

type Operation<K extends keyof operations> = operations[K];

/**
 * What a method takes: the operation's query parameters (spec names), its body, and `region` where
 * the operation has a region header (default: the client's region).
 */
export type HssInput<K extends keyof operations> = Loose<QueryOf<Operation<K>>> &
  Loose<BodyInput<Operation<K>>> &
  ('region' extends keyof HeaderOf<Operation<K>> ? { readonly region?: string | undefined } : Record<never, never>);

export type HssResult<K extends keyof operations> = ApiResult<SuccessOf<Operation<K>>>;

/** The statistic with its count lifted out. */
export interface HssStatisticResult extends HssResult<'ShowImageSecurityReportStatistic'> {
  /** Records the export would contain (`total_num`). */
  readonly totalNum: ImageSecurityReportStatistic['total_num'];
}

// The path parameter is put into the URL: refuse what would change the path rather than name a project.
const UNSAFE_PATH_VALUE = /[/?#%\\\u0000-\u001f\u007f]|^\.{1,2}$/;

function checkProjectId(projectId: string): string {
  if (projectId.length > 256 || UNSAFE_PATH_VALUE.test(projectId)) {
    throw new ConfigurationError('projectId must be 1-256 characters without /, ?, #, %, \\ or control characters');
  }
  return projectId;
}

export class HssClient {
  /** The region the client was created for, when one was given. */
  readonly region: string | undefined;
  readonly projectId: string;
  readonly endpoint: string;
  readonly #enterpriseProjectId: string | undefined;
  readonly #api: Client<paths>;
  readonly #pipeline: Pipeline<HssCredentials>;

  constructor(options: HssClientOptions = {}) {
    const env = options.env ?? processEnv();
    if (options.region !== undefined && (options.region === '' || !isHeaderValue(options.region))) {
      throw new ConfigurationError('region must be a non-empty region id such as cn-north-4');
    }
    if (options.endpoint === undefined && options.region === undefined) {
      throw new ConfigurationError('pass `region` (e.g. cn-north-4) or `endpoint`');
    }
    this.region = options.region;
    this.endpoint =
      options.endpoint === undefined ? hssEndpoint(options.region as string) : endpointUrl(options.endpoint);
    const projectId = stringField(options, 'projectId') ?? stringField(env, HSS_ENV.projectId);
    if (projectId === undefined) {
      throw new ConfigurationError(`no project id: pass \`projectId\` or set ${HSS_ENV.projectId}`);
    }
    this.projectId = checkProjectId(projectId);
    this.#enterpriseProjectId = options.enterpriseProjectId;
    const timeoutMs = checkTimeout(options.timeoutMs, 'options.timeoutMs') ?? DEFAULT_TIMEOUT_MS;

    this.#api = createClient<paths>({
      baseUrl: this.endpoint,
      bodySerializer: stringifyJson,
      // A signed request must not be replayed to wherever a redirect points.
      redirect: 'manual',
      fetch: taggedFetch(clientFetch(options.fetch)),
    });
    this.#pipeline = {
      credentials: hssCredentialSource(options, env),
      secrets: (c) => (isTokenCredentials(c) ? [c.authToken] : [c.ak, c.sk, c.securityToken]),
      signer: (c): RequestSigner =>
        isTokenCredentials(c)
          ? () => Promise.resolve({ headers: { 'X-Auth-Token': c.authToken } })
          : (request) => signHuawei(request, c, new Date(), hashing),
      vendor: hssResponses,
      timeoutMs,
    };
  }

  /** Ignores one sensitive-information finding of an image, or takes the ignore back. */
  async changeSensitiveInfo(
    input: HssInput<'ChangeSensitiveInfo'>,
    options: CallOptions = {},
  ): Promise<HssResult<'ChangeSensitiveInfo'>> {
    const { body, ...query } = input;
    return invoke(this.#pipeline, options, false, (credentials, init) =>
      this.#api.POST('/v5/{project_id}/image/sensitive/operate', {
        ...init,
        params: this.#params(query, credentials),
        body,
      }),
    );
  }

  /** Adds images to the vulnerability whitelist. */
  async addImageWhiteLists(
    input: HssInput<'AddImageWhiteLists'>,
    options: CallOptions = {},
  ): Promise<HssResult<'AddImageWhiteLists'>> {
    const { body, ...query } = input;
    return invoke(this.#pipeline, options, false, (credentials, init) =>
      this.#api.POST('/v5/{project_id}/image/whitelists', {
        ...init,
        params: this.#params(query, credentials),
        body,
      }),
    );
  }

  /** Starts a scan of local images (those named, or all matching the filters). */
  async batchScanLocalImage(
    input: HssInput<'BatchScanLocalImage'> = {},
    options: CallOptions = {},
  ): Promise<HssResult<'BatchScanLocalImage'>> {
    const { body = {}, region, ...query } = input;
    return invoke(this.#pipeline, options, false, (credentials, init) =>
      this.#api.POST('/v5/{project_id}/image/local/batch-scan', {
        ...init,
        params: this.#regionalParams(query, credentials, region),
        body,
      }),
    );
  }

  /** Counts the records an image security report export would contain. */
  async showImageSecurityReportStatistic(
    input: HssInput<'ShowImageSecurityReportStatistic'>,
    options: CallOptions = {},
  ): Promise<HssStatisticResult> {
    const { body = {}, region, ...query } = input;
    const result = await invoke<SuccessOf<Operation<'ShowImageSecurityReportStatistic'>>, HssCredentials>(
      this.#pipeline,
      options,
      true,
      (credentials, init) =>
        this.#api.POST('/v5/{project_id}/image/security-report/statistic', {
          ...init,
          params: this.#regionalParams(query, credentials, region),
          body,
        }),
    );
    return { ...result, totalNum: result.data?.total_num };
  }

  /** Path, query and headers every operation has: the project, the enterprise project default, X-Project-Id. */
  #params<Q extends { enterprise_project_id?: string | undefined }>(query: Q, credentials: HssCredentials) {
    const enterprise = query.enterprise_project_id ?? this.#enterpriseProjectId;
    return {
      path: { project_id: this.projectId },
      query: withoutUndefined(enterprise === undefined ? query : { ...query, enterprise_project_id: enterprise }),
      header: this.#projectHeader(credentials),
    };
  }

  /** The same for the operations with a `region` header (the call's, else the client's region). */
  #regionalParams<Q extends { enterprise_project_id?: string | undefined }>(
    query: Q,
    credentials: HssCredentials,
    region: string | undefined,
  ) {
    const params = this.#params(query, credentials);
    return { ...params, header: { ...params.header, region: this.#regionHeader(region) } };
  }

  /** Official SDKs send X-Project-Id with AK/SK signing (and sign it); an IAM token is project-scoped. */
  #projectHeader(credentials: HssCredentials): { 'X-Project-Id'?: string } {
    return isTokenCredentials(credentials) ? {} : { 'X-Project-Id': this.projectId };
  }

  #regionHeader(region: string | undefined): string {
    const value = region ?? this.region;
    if (value === undefined || value === '' || !isHeaderValue(value)) {
      throw new ValidationError('region: this operation needs a region id (set `region` on the client or in the call)', [
        { path: 'region', message: 'must be a non-empty region id of printable ASCII' },
      ]);
    }
    return value;
  }
}
