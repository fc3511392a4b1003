// The profile names `--profile` completes to for HSS: the sections of the Huawei Cloud credentials
// file, found by the profile source's own path rules and environment overrides.
import { fileText, iniSections } from '../../core/identity/profile-names.js';
import type { SourceContext } from '../../core/identity/source.js';
import { huaweiCredentialsPath } from './profile.js';

export function huaweiProfileNames(context: SourceContext): string[] {
  return iniSections(fileText(context, huaweiCredentialsPath(context)?.path));
}
