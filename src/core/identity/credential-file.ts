// Files that hold keys (profiles, credentials files) are read through here. One that group or
// others may read is used all the same, with a warning once per file in the process, as ssh and the
// AWS CLI warn of theirs: the file and the fix, never its content. The warning goes through
// process.emitWarning with a code of its own, the channel Node offers to every library: printed on
// stderr, heard by process.on('warning'), silenced by --no-warnings. Token files (OIDC, ID token)
// are not checked: the platform mounts them, often readable by all (Kubernetes projected volumes
// are 0644), and they expire within hours.
import { emitProcessWarning } from '../process-warning.js';
import type { FileAccess } from './files.js';

export const READABLE_CREDENTIALS_WARNING = 'IMAGESEC_CREDENTIALS_FILE_READABLE';

const OTHERS_READ = 0o044;
const warned = new Set<string>();

function warnOnce(files: FileAccess, path: string): void {
  const mode = files.permissions?.(path);
  if (mode === undefined || (mode & OTHERS_READ) === 0 || warned.has(path)) return;
  warned.add(path);
  const octal = mode.toString(8).padStart(3, '0');
  emitProcessWarning(
    `${path} holds credentials and other users can read it (mode ${octal}); run chmod 600 ${path}`,
    READABLE_CREDENTIALS_WARNING,
  );
}

/** The text of a file that holds keys, or undefined when it does not exist. */
export function readCredentialFile(files: FileAccess, path: string): string | undefined {
  const text = files.readText(path);
  if (text !== undefined) warnOnce(files, path);
  return text;
}
