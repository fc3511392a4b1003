// A RAM role assumed with a source credential (a profile's key pair, or another profile's session):
// AssumeRole at STS, refreshed before the session ends.
import type { Expiring } from '../../core/credential-input.js';
import type { ResolvedSource, SourceContext } from '../../core/identity/source.js';
import type { AlibabaAccessKey } from '../signer.js';
import { ALIBABA_STALE_MS } from './options.js';
import { assumeRole, checkRoleSession, type RoleSession } from './sts.js';

export function ramRoleArn(
  context: SourceContext,
  name: string,
  role: RoleSession & { readonly externalId?: string | undefined },
  sourceCredentials: () => Promise<Expiring<AlibabaAccessKey>>,
): ResolvedSource<AlibabaAccessKey> {
  checkRoleSession(role, name);
  return {
    name,
    refreshMarginMs: ALIBABA_STALE_MS,
    fetch: async () => assumeRole(context, name, role, await sourceCredentials()),
  };
}
