// The profile names `--profile` completes to for SAS: the aliyun CLI's profiles (unless
// ALIBABA_CLOUD_CLI_PROFILE_DISABLED), then the sections of the Alibaba Cloud credentials file, each
// found by its source's own path rules and environment overrides.
import { envFlag } from '../../core/identity/endpoints.js';
import { fileText, iniSections } from '../../core/identity/profile-names.js';
import type { SourceContext } from '../../core/identity/source.js';
import { asRecord } from '../../core/values.js';
import { cliConfigPath } from './cli-profile.js';
import { credentialsFilePath } from './credentials-file.js';
import { ALIBABA_IDENTITY_ENV } from './options.js';

/** The `name` of each profile in the aliyun CLI's config.json. */
function aliyunProfiles(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const profiles = asRecord(JSON.parse(text) as unknown)?.profiles;
    return (Array.isArray(profiles) ? (profiles as unknown[]) : []).flatMap((p) => {
      const name = asRecord(p)?.name;
      return typeof name === 'string' ? [name] : [];
    });
  } catch {
    return [];
  }
}

export function alibabaProfileNames(context: SourceContext): string[] {
  return [
    ...(envFlag(context.env, ALIBABA_IDENTITY_ENV.cliProfileDisabled)
      ? []
      : aliyunProfiles(fileText(context, cliConfigPath(context)))),
    ...iniSections(fileText(context, credentialsFilePath(context)?.path)),
  ];
}
