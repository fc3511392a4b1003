// The base URL a credential source contacts: an option, else an environment variable, else the
// vendor's default. Hosts without a scheme (as the vendors' profile files write them) mean https.
import { endpointUrl } from '../endpoint.js';
import { ConfigurationError } from '../errors.js';
import type { Environment } from '../credential-input.js';

/** Checks a base URL the way `endpoint` is checked, naming `label` (the option or variable) in errors. */
export function identityEndpoint(value: string, label: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  try {
    return endpointUrl(url);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^endpoint/, label) : label;
    throw new ConfigurationError(message);
  }
}

/** The first of option, environment variable and default that is set, checked. */
export function pickEndpoint(
  option: { readonly value: string | undefined; readonly label: string },
  env: Environment,
  variable: string,
  fallback: () => string,
): string {
  if (option.value !== undefined && option.value !== '') return identityEndpoint(option.value, option.label);
  const fromEnv = env[variable]?.trim();
  if (fromEnv) return identityEndpoint(fromEnv, variable);
  return fallback();
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);

/** An on/off environment variable (`true`, `1`, `yes`, `on`, any case). */
export function envFlag(env: Environment, name: string): boolean {
  return TRUE.has((env[name] ?? '').trim().toLowerCase());
}

/** A non-blank environment variable, trimmed. */
export function envValue(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
