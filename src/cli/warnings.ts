// imagesec's own process warnings (code IMAGESEC_*, e.g. a credentials file other users can read)
// printed as the CLI's other stderr lines: `imagesec: warning: ...` in text mode, escaped for a
// terminal, and one JSON line `{"warning":{"code","message"}}` with --output json, where Node's
// `(node:PID) [CODE] Warning:` line would not parse. Node's own warnings and other libraries' keep
// Node's printing.
import type { OutputMode } from './arguments.js';
import { jsonTerminalSafe, terminalSafe } from './terminal-text.js';

const OWN = /^IMAGESEC_[A-Z0-9_]+$/;
let installed = false;

/** Takes over the printing of imagesec's warnings for the rest of the process (once). */
export function printOwnWarnings(mode: OutputMode, write: (text: string) => void): void {
  if (installed) return;
  installed = true;
  const others = process.listeners('warning');
  // Node installs its printer unless told not to (--no-warnings, in NODE_OPTIONS too, or
  // NODE_NO_WARNINGS=1): then imagesec's warnings stay silent as well.
  if (others.length === 0) return;
  process.removeAllListeners('warning');
  process.on('warning', (warning: Error & { code?: unknown }) => {
    const code = typeof warning.code === 'string' ? warning.code : undefined;
    if (code === undefined || !OWN.test(code)) {
      for (const listener of others) listener(warning);
      return;
    }
    write(
      mode === 'json'
        ? `${jsonTerminalSafe(JSON.stringify({ warning: { code, message: warning.message } }))}\n`
        : `imagesec: warning: ${terminalSafe(warning.message)}\n`,
    );
  });
}
