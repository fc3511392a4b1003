// The vendors' credential files are INI: parsed by the `ini` package, loaded at the first file read
// rather than with the SDK, since most programs pass keys or use the environment (a CommonJS module
// costs about 5 ms of an import's cold start: npm run bench).
import { createRequire } from 'node:module';
import type * as Ini from 'ini';

let ini: typeof Ini | undefined;

export function parseIni(text: string): Record<string, unknown> {
  ini ??= createRequire(import.meta.url)('ini') as typeof Ini;
  return ini.parse(text);
}
