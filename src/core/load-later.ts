// Node modules a program needs only at some calls (built-ins compiled on first use, CommonJS
// packages) are loaded at the first call that needs them, not with the SDK: an ES import would load
// them at every import, and an ES import of a built-in evaluates all its exports (fs's stream
// classes, ...). Together they were about half of an import's cold start (npm run bench).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A getter that loads `specifier` at its first call and returns that module from then on. */
export function loadLater<T>(specifier: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(specifier) as T);
}
