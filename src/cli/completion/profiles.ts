// The profile names `--profile` completes to, read when completing (`imagesec completion --profiles
// <cloud>`): each cloud's descriptor reads them from the files its credential sources read, found by
// the sources' own path rules and environment overrides. Only names: never a value from a profile.
// A file that is missing or unreadable adds none.
import { findCloud } from '../../clouds.js';
import { files } from '../../core/identity/files-node.js';
import type { SourceContext } from '../../core/identity/source.js';
import type { Cloud } from '../operations.js';

// A name a completion menu can show and a shell can take as one word (quoted where it needs to be).
const PRINTABLE = /^[^\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]{1,200}$/u;

/** The process's own environment and files, as the credential sources see them. */
export function processContext(): SourceContext {
  return { env: process.env, files, fetch: globalThis.fetch, now: Date.now };
}

/** The profile names of a cloud (none for an unregistered id), each once, in the order the files list them. */
export function profileNames(cloud: Cloud, context: SourceContext = processContext()): string[] {
  const names = findCloud(cloud)?.credentials.profileNames(context) ?? [];
  return [...new Set(names)].filter((name) => PRINTABLE.test(name));
}
