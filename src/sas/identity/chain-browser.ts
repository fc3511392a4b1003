// The default chain where there is no file system (the browser build of #sas-chain): environment
// variables only, so browser bundles carry none of the file and metadata sources.
import { NO_FILES } from '../../core/identity/files.js';
import type { CredentialSource } from '../../core/identity/source.js';
import type { AlibabaAccessKey } from '../signer.js';
import { alibabaEnvironmentSource } from './environment.js';

export function alibabaDefaultChain(): CredentialSource<AlibabaAccessKey> {
  return alibabaEnvironmentSource();
}

export const files = NO_FILES;
