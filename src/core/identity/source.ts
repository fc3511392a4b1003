// A credential source: something that can say, from the environment and files alone, whether it is
// set up on this machine, and if so fetch (possibly temporary) credentials. Sources are plain values
// built from their options; everything they touch (env, files, fetch, the clock) comes in the
// context, so a test can hand them loopback endpoints and a temporary HOME.
import type { Environment, Expiring } from '../credential-input.js';
import type { FileAccess } from './files.js';

export interface SourceContext {
  readonly env: Environment;
  readonly files: FileAccess;
  readonly fetch: typeof globalThis.fetch;
  /** Epoch milliseconds. */
  readonly now: () => number;
}

/** A source that is set up here: what it is (for debug output and errors) and how to fetch. */
export interface ResolvedSource<C> {
  /** What supplies the credentials, e.g. `aliyun CLI profile "dev" (RamRoleArn)`. Never a value. */
  readonly name: string;
  readonly fetch: () => Promise<Expiring<C>>;
  /** Refresh this long before the credentials expire (the vendor's threshold for this source). */
  readonly refreshMarginMs?: number | undefined;
  /** Settings the source's files give besides credentials (a profile's region, project, IAM endpoint). */
  readonly defaults?: SourceDefaults | undefined;
}

export interface SourceDefaults {
  readonly region?: string | undefined;
  readonly projectId?: string | undefined;
  /** The identity service to ask for projects (Huawei IAM), as the profile names it. */
  readonly identityEndpoint?: string | undefined;
}

export interface CredentialSource<C> {
  /** The source's kind, e.g. `environment`, `oidc`, `ecs-ram-role`. */
  readonly name: string;
  /**
   * Reads the source's settings: undefined when it is not set up (the chain tries the next one);
   * the resolved source when it is; a ConfigurationError when it is set up wrongly, since falling
   * through to another identity would hide the mistake.
   */
  readonly resolve: (context: SourceContext) => ResolvedSource<C> | undefined;
}

/**
 * The first source that is set up, in order. Unlike the vendors' chains, which try each provider's
 * fetch and fall through on any error, the choice is made from settings alone, once: a configured
 * source that then fails reports its own error instead of silently using another identity.
 */
export function firstSource<C>(name: string, sources: readonly CredentialSource<C>[]): CredentialSource<C> {
  return {
    name,
    resolve: (context) => {
      for (const source of sources) {
        const resolved = source.resolve(context);
        if (resolved !== undefined) return resolved;
      }
      return undefined;
    },
  };
}
