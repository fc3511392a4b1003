// How credential sources read files: a port, so the browser build carries no file system and tests
// can point HOME anywhere. The Node implementation is chosen by package.json "imports" (#files).
export interface FileAccess {
  /** The file's text, or undefined when it does not exist; other failures throw a ConfigurationError. */
  readonly readText: (path: string) => string | undefined;
  /** The user's home directory, or undefined where there is none. */
  readonly home: (env: Readonly<Record<string, string | undefined>>) => string | undefined;
  /** Joins path segments the platform's way. */
  readonly join: (...parts: string[]) => string;
  /** The file's permission bits (0o644), undefined where there are none (Windows, no file system). */
  readonly permissions?: ((path: string) => number | undefined) | undefined;
}

/** No file system (browsers, edge runtimes): every file is absent. */
export const NO_FILES: FileAccess = {
  readText: () => undefined,
  home: () => undefined,
  join: (...parts) => parts.join('/'),
};
