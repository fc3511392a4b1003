// Reading profile names (never values) from credential files, for `--profile` completion: a file
// that is missing, unreadable or malformed adds none.
import { asRecord } from '../values.js';
import { readCredentialFile } from './credential-file.js';
import { parseIni } from './ini.js';
import type { SourceContext } from './source.js';

/** The text of a credentials file, or undefined when it is missing or cannot be read. */
export function fileText(context: SourceContext, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  try {
    return readCredentialFile(context.files, path);
  } catch {
    return undefined;
  }
}

/** The section names of an ini file (the keys before the first section are no profile). */
export function iniSections(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    return Object.entries(parseIni(text))
      .filter(([, value]) => asRecord(value) !== undefined)
      .map(([name]) => name);
  } catch {
    return [];
  }
}
