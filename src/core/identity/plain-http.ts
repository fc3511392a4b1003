// Credentials cross the network only under TLS. Over plain http, a credentials URI, STS or IAM
// endpoint would carry a bearer token out (an OIDC or ID token) or bring session keys back, open to
// reading and rewriting on the way; the vendors' tools use plain http only for a sidecar on the same
// machine. So plain http is accepted to a loopback host (127.0.0.0/8, ::1, localhost), elsewhere only
// when IMAGESEC_ALLOW_PLAIN_HTTP_CREDENTIALS=1 (a client's `env` may carry it) or the source's own
// option says so. Instance metadata is exempt: it is plain http by design, on a link-local address
// that no router forwards, and its override is a test or proxy address the user typed.
import type { Environment } from '../credential-input.js';
import { ConfigurationError } from '../errors.js';
import { envFlag } from './endpoints.js';

export const ALLOW_PLAIN_HTTP_ENV = 'IMAGESEC_ALLOW_PLAIN_HTTP_CREDENTIALS';

/** Whether a host, as `URL.hostname` spells it, is this machine. Names are not resolved. */
export function isLoopbackHost(hostname: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname === '[::1]' || /^localhost\.?$/i.test(hostname);
}

/**
 * Refuses, with a ConfigurationError naming `what` and the host (never the path or query, which may
 * hold a token), a URL that is plain http to another machine, unless `allowed` or the variable says so.
 */
export function checkCredentialTransport(url: string, what: string, env: Environment, allowed = false): void {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' || isLoopbackHost(hostname) || allowed || envFlag(env, ALLOW_PLAIN_HTTP_ENV)) return;
  throw new ConfigurationError(
    `${what} is plain http to ${hostname}, another machine: credentials would cross the network unencrypted; use https, a loopback address (127.0.0.1, [::1], localhost), or set ${ALLOW_PLAIN_HTTP_ENV}=1`,
  );
}
