// The project an HSS client works in: given (option, HUAWEICLOUD_SDK_PROJECT_ID, the profile), or
// looked up in IAM with the credentials of the first call. Each attempt puts it into the checked
// request (the `{project_id}` path segment, and X-Project-Id where signed AK/SK requests carry it).
import { stringField, type Environment } from '../core/credential-input.js';
import { isSafePathValue, type RequestParts } from '../core/call/check-input.js';
import { ConfigurationError } from '../core/errors.js';
import {
  HSS_ENV,
  isTokenCredentials,
  projectLookup,
  type HssCredentialOptions,
  type HssCredentials,
} from './authentication.js';

/** Stands in for a project id IAM has yet to name, in the request the validator checks. */
export const PENDING_PROJECT = '0'.repeat(32);

function checkProjectId(projectId: string): string {
  if (projectId.length > 256 || !isSafePathValue(projectId)) {
    throw new ConfigurationError(
      'projectId must be 1-256 characters without /, ?, #, %, \\, control characters, or . / ..',
    );
  }
  return projectId;
}

export class ProjectScope {
  #projectId: string | undefined;
  readonly #discover: ((credentials: HssCredentials) => Promise<string>) | undefined;
  readonly #onFound: (projectId: string) => void;

  /**
   * Throws a ConfigurationError now when no project id is given and none can be looked up.
   * `onFound` hears of a project id IAM names, once.
   */
  constructor(
    options: HssCredentialOptions & { readonly region?: string | undefined; readonly projectId?: string | undefined },
    env: Environment,
    supply: { readonly projectId?: string | undefined; readonly identityEndpoint?: string | undefined },
    fetch: typeof globalThis.fetch,
    onFound: (projectId: string) => void,
  ) {
    this.#onFound = onFound;
    const projectId = stringField(options, 'projectId') ?? stringField(env, HSS_ENV.projectId) ?? supply.projectId;
    if (projectId !== undefined) {
      this.#projectId = checkProjectId(projectId);
      return;
    }
    const lookup = projectLookup(options, env, fetch, supply.identityEndpoint);
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

  /** The project id: given, or found in IAM by an earlier call; undefined until then. */
  get projectId(): string | undefined {
    return this.#projectId;
  }

  /** The project id, looked up in IAM with these credentials if it is not known yet. */
  async resolve(credentials: HssCredentials): Promise<string> {
    if (this.#projectId !== undefined) return this.#projectId;
    const found = checkProjectId(await (this.#discover as (c: HssCredentials) => Promise<string>)(credentials));
    if (this.#projectId === undefined) {
      this.#projectId = found;
      this.#onFound(found);
    }
    return found;
  }

  /**
   * The checked request with the project id in place. Official SDKs send X-Project-Id with AK/SK
   * signing (and sign it); an IAM token is already project-scoped, so with a token it is left out.
   */
  readonly apply = async (request: RequestParts, credentials: HssCredentials): Promise<RequestParts> => {
    const projectId = await this.resolve(credentials);
    const path = { ...request.path, project_id: projectId };
    if (request.header === undefined || !('X-Project-Id' in request.header)) return { ...request, path };
    const { 'X-Project-Id': _pending, ...header } = request.header;
    return {
      ...request,
      path,
      header: isTokenCredentials(credentials) ? header : { ...header, 'X-Project-Id': projectId },
    };
  };
}
