// The default chain where there is no file system (the browser build of #hss-chain): environment
// variables only, so browser bundles carry none of the file, federation and metadata sources, nor
// project discovery (IAM answers no browser's cross-origin request: pass the project id).
import { NO_FILES } from '../../core/identity/files.js';
import type { CredentialSource } from '../../core/identity/source.js';
import type { HuaweiAkSk } from '../signer.js';
import { environmentKeys } from './env-keys.js';

export function huaweiDefaultChain(): CredentialSource<HuaweiAkSk> {
  return { name: 'environment', resolve: ({ env }) => environmentKeys(env) };
}

export const files = NO_FILES;

export const discoverProjectId = undefined;
export const iamEndpoint = undefined;
