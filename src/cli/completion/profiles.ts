// The profile names `--profile` completes to, read when completing (`imagesec completion --profiles
// <cloud>`) from the files the credential sources read, found by the sources' own path rules and
// environment overrides: HSS the sections of its credentials file; SAS the aliyun CLI's profiles
// (unless ALIBABA_CLOUD_CLI_PROFILE_DISABLED) and the sections of the Alibaba credentials file. Only
// names: never a value from a profile. A file that is missing or unreadable adds none.
import { readCredentialFile } from '../../core/identity/credential-file.js';
import { envFlag } from '../../core/identity/endpoints.js';
import { files } from '../../core/identity/files-node.js';
import { parseIni } from '../../core/identity/ini.js';
import type { SourceContext } from '../../core/identity/source.js';
import { huaweiCredentialsPath } from '../../hss/identity/profile.js';
import { cliConfigPath } from '../../sas/identity/cli-profile.js';
import { credentialsFilePath } from '../../sas/identity/credentials-file.js';
import { ALIBABA_IDENTITY_ENV } from '../../sas/identity/options.js';
import type { Cloud } from '../operations.js';
import { isPlainObject } from '../sources.js';

// A name a completion menu can show and a shell can take as one word (quoted where it needs to be).
const PRINTABLE = /^[^\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]{1,200}$/u;

/** The text of a credentials file, or undefined when it is missing or cannot be read. */
function fileText(context: SourceContext, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  try {
    return readCredentialFile(context.files, path);
  } catch {
    return undefined;
  }
}

/** The section names of an ini file (the keys before the first section are no profile). */
function iniSections(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    return Object.entries(parseIni(text))
      .filter(([, value]) => isPlainObject(value))
      .map(([name]) => name);
  } catch {
    return [];
  }
}

/** The `name` of each profile in the aliyun CLI's config.json. */
function aliyunProfiles(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const config = JSON.parse(text) as unknown;
    const profiles = isPlainObject(config) && Array.isArray(config.profiles) ? (config.profiles as unknown[]) : [];
    return profiles.flatMap((p) => (isPlainObject(p) && typeof p.name === 'string' ? [p.name] : []));
  } catch {
    return [];
  }
}

/** The process's own environment and files, as the credential sources see them. */
export function processContext(): SourceContext {
  return { env: process.env, files, fetch: globalThis.fetch, now: Date.now };
}

/** The profile names of a cloud, each once, in the order the files list them. */
export function profileNames(cloud: Cloud, context: SourceContext = processContext()): string[] {
  const names =
    cloud === 'hss'
      ? iniSections(fileText(context, huaweiCredentialsPath(context)?.path))
      : [
          ...(envFlag(context.env, ALIBABA_IDENTITY_ENV.cliProfileDisabled)
            ? []
            : aliyunProfiles(fileText(context, cliConfigPath(context)))),
          ...iniSections(fileText(context, credentialsFilePath(context)?.path)),
        ];
  return [...new Set(names)].filter((name) => PRINTABLE.test(name));
}
