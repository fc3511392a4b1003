// Decides, once and before any request, where a client's credentials come from: explicit options,
// then a user's provider, then the first credential source that is set up. Static credentials that
// are missing or half-given fail here, at construction.
import { ConfigurationError } from '../errors.js';
import type { CredentialProvider, CredentialSupply } from '../credential-input.js';
import { cachedProvider } from './refresh.js';
import type { CredentialSource, SourceContext, SourceDefaults } from './source.js';

export interface SupplyOptions<C> {
  /** The `credentials` option as given (undefined when absent). */
  readonly explicit: unknown;
  readonly provider: CredentialProvider<C> | undefined;
  /** The chain to try when neither is given. */
  readonly sources: CredentialSource<C>;
  readonly context: SourceContext;
  /** Checks credentials from wherever they came; `origin` names that place. */
  readonly check: (value: unknown, origin: string) => C;
  /** The message when nothing supplies credentials. */
  readonly noneMessage: string;
}

export interface ResolvedSupply<C> extends CredentialSupply<C> {
  readonly defaults: SourceDefaults;
}

export function credentialSupply<C>(options: SupplyOptions<C>): ResolvedSupply<C> {
  if (options.explicit !== undefined) {
    const fixed = options.check(options.explicit, 'options.credentials');
    return { get: () => Promise.resolve(fixed), source: 'options.credentials', defaults: {} };
  }
  const now = options.context.now;
  if (options.provider !== undefined) {
    const get = cachedProvider(options.provider, (value) => options.check(value, 'credentialProvider result'), { now });
    return { get, source: 'credentialProvider', defaults: {} };
  }
  const resolved = options.sources.resolve(options.context);
  if (resolved === undefined) throw new ConfigurationError(options.noneMessage, 'credentials');
  const get = cachedProvider(resolved.fetch, (value) => options.check(value, resolved.name), {
    now,
    marginMs: resolved.refreshMarginMs,
    origin: resolved.name,
    // Sources are paced (session-pacing.ts); a user's provider is not (refresh.ts).
    session: true,
  });
  return { get, source: resolved.name, defaults: resolved.defaults ?? {} };
}
