// Turning an `endpoint` option into the base URL requests go to.
import { ConfigurationError } from './errors.js';

/** Validates an endpoint override: an absolute http(s) URL with no query or fragment. */
export function endpointUrl(endpoint: string): string {
  // Checked on the text: URL drops an empty `?` or `#`, yet they would still end up in requests.
  if (endpoint.includes('?') || endpoint.includes('#')) {
    throw new ConfigurationError('endpoint must not carry a query or a fragment');
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    // Not echoed: a URL may carry a password.
    throw new ConfigurationError('endpoint is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`endpoint must be an http(s) URL, got ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigurationError('endpoint must not carry user info');
  }
  return url.href.replace(/\/+$/, '');
}
