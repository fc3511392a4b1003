// The vendors' credential files are INI, parsed by the `ini` package, a CommonJS module loaded at
// the first file read (load-later.ts): most programs pass keys or use the environment.
import type * as Ini from 'ini';
import { loadLater } from '../load-later.js';

const ini = loadLater<typeof Ini>('ini');

export function parseIni(text: string): Record<string, unknown> {
  return ini().parse(text);
}
