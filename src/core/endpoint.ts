// Turning an `endpoint` option into the base URL requests go to.
import { ConfigurationError } from './errors.js';

/** Validates an endpoint override: an absolute http(s) URL with no query or fragment. */
export function endpointUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigurationError(`endpoint is not an absolute URL: ${JSON.stringify(endpoint)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`endpoint must be an http(s) URL, got ${url.protocol}`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigurationError('endpoint must not carry a query, a fragment or user info');
  }
  return url.href.replace(/\/+$/, '');
}
