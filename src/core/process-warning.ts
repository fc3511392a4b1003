// imagesec's own warnings (code IMAGESEC_*), through process.emitWarning: the channel Node offers to
// every library, printed on stderr, heard by process.on('warning'), silenced by --no-warnings (the
// CLI prints them as its own lines: cli/warnings.ts). Where there is no process (a browser), none.

interface WarningProcess {
  emitWarning?: (warning: string, options: { code: string }) => void;
}

export function emitProcessWarning(message: string, code: string): void {
  (globalThis as { process?: WarningProcess }).process?.emitWarning?.(message, { code });
}
