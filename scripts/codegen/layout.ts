// Where a spec's generated modules sit and what their imports point at, from the spec's place alone
// (the rule scripts/generate.ts states): a shipped cloud's spec is openapi/<id>.yaml, its modules go to
// generated/ and its client's types are in src/<id>/client-types.ts; a test cloud's spec is
// test/<name>/openapi/<id>.yaml, its modules go to test/<name>/generated/ and its client's types are
// test/<name>/client-types.ts. The renderers write these paths into the headers and imports.
import { posix } from 'node:path';

export interface ModuleLayout {
  /** The spec, from the repository root, as the headers name it: `openapi/hss.yaml`. */
  readonly source: string;
  /** The folder the modules are written to, from the repository root: `generated`. */
  readonly outDir: string;
  /** From the output folder to the repository root, ending in `/`: `../` for generated/. */
  readonly root: string;
  /** The module declaring the client's types, as a generated module imports it. */
  readonly clientTypes: string;
  /** The first word of the client's type names (`Hss`: HssArgs, HssMethods), from the spec's name. */
  readonly typePrefix: string;
}

/** A relative import specifier (`./x.js`, `../x.js`) from `from` to `to`, both from the repository root. */
function specifier(from: string, to: string): string {
  const path = posix.relative(from, to);
  return path.startsWith('.') ? path : `./${path}`;
}

/** The layout of the spec at `source` (from the repository root, `/`-separated). */
export function layoutOf(source: string): ModuleLayout {
  const id = posix.basename(source, '.yaml');
  // The folder holding the spec's openapi/ folder: `.` for a shipped cloud, test/<name> for a test cloud.
  const home = posix.dirname(posix.dirname(source));
  const outDir = posix.join(home, 'generated');
  const typesDir = home === '.' ? posix.join('src', id) : home;
  return {
    source,
    outDir,
    root: `${posix.relative(outDir, '.')}/`,
    clientTypes: specifier(outDir, posix.join(typesDir, 'client-types.js')),
    typePrefix: id.charAt(0).toUpperCase() + id.slice(1),
  };
}

/** A shipped cloud's layout by its spec's file name (`hss.yaml`): what the renderers assume unless told. */
export function shippedLayout(specFile: string): ModuleLayout {
  return layoutOf(`openapi/${specFile}`);
}
