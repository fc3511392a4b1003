// ALIBABA_CLOUD_CREDENTIALS_URI: a local service (a sidecar, a vault agent) that answers GET with
// session credentials. The URL may carry a token, so errors show only its origin. Plain http only to
// this machine unless allowed (plain-http.ts): the answer holds a secret key.
import { CredentialsError } from '../../core/errors.js';
import { envValue, identityEndpoint } from '../../core/identity/endpoints.js';
import { sourceJson } from '../../core/identity/fetch.js';
import { checkCredentialTransport } from '../../core/identity/plain-http.js';
import type { CredentialSource } from '../../core/identity/source.js';
import type { AlibabaAccessKey } from '../signer.js';
import { sessionFromMetadata } from './ecs-ram-role.js';
import { ALIBABA_IDENTITY_ENV as ENV, ALIBABA_STALE_MS } from './options.js';

export interface CredentialsUriOptions {
  /** The URI (default ALIBABA_CLOUD_CREDENTIALS_URI). */
  readonly uri?: string | undefined;
  /** Accept plain http to another machine, as IMAGESEC_ALLOW_PLAIN_HTTP_CREDENTIALS=1 does. */
  readonly allowPlainHttp?: boolean | undefined;
}

export function alibabaCredentialsUriSource(options: CredentialsUriOptions = {}): CredentialSource<AlibabaAccessKey> {
  return {
    name: 'credentials-uri',
    resolve: (context) => {
      const raw = options.uri ?? envValue(context.env, ENV.credentialsUri);
      if (raw === undefined) return undefined;
      // Checked like an endpoint, but its path and query are kept: they are the URI.
      const base = identityEndpoint(raw.replace(/[?#].*$/, ''), ENV.credentialsUri);
      checkCredentialTransport(base, ENV.credentialsUri, context.env, options.allowPlainHttp);
      const name = `credentials URI (${ENV.credentialsUri})`;
      return {
        name,
        refreshMarginMs: ALIBABA_STALE_MS,
        fetch: async () => {
          const body = await sourceJson(
            context,
            { source: name, what: 'the credentials request', url: raw, timeoutMs: 10_000 },
            'check the service behind the URI',
          );
          const record = body as Record<string, unknown>;
          // The reference answer carries Code: "Success"; the official provider does not check it.
          // An answer that names another code is a failure; one without a code is read as is.
          if (record.Code !== undefined && record.Code !== 'Success') {
            throw new CredentialsError(`${name}: the answer's Code is not Success`, 'BAD_RESPONSE');
          }
          return sessionFromMetadata(record, name);
        },
      };
    },
  };
}
