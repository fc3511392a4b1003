// One OpenAPI document per action of an RPC spec, for the tools that take a spec as it is.
// An RPC spec (sas.yaml) keys one action at the real `/` and every other at `/#<Action>` (OpenAPI has
// one operation per path and method); imagesec's SDK and mock cut the key at `#`, but generic
// generators, Postman and Prism do not, and send the query inside a fragment. Each document written
// here holds one action at its real `POST /`, with what it needs of the source: the servers,
// security, its tags and the components it reaches; a form body's repeatList arrays become the
// numbered fields the API takes (repeat-list-fields.ts). The source stays the one the project's codegen
// reads; these are output, checked fresh by `npm run generate -- --check`.
import type { OpenAPI3, OperationObject, PathItemObject } from 'openapi-typescript';
import { parse, stringify } from 'yaml';
import { refTarget, specOperations } from './document.js';
import { flattenRepeatLists } from './repeat-list-fields.js';

/** The key prefix of an action not at `/` (`/#DescribeImageVulList`). */
const FRAGMENT_KEY = '/#';

// imagesec's extensions that name other actions (the waiter an action is followed by, the action
// a waiter polls): meaningless in a document holding one action.
const CROSS_ACTION_EXTENSIONS = ['x-imagesec-waiters', 'x-imagesec-wait'];

export interface ActionDocument {
  /** The action (operationId), also the file's name: `<Action>.yaml`. */
  readonly action: string;
  readonly text: string;
}

/** Whether a document keys actions by `/#<Action>`, so that it gets one document per action. */
function isKeyedByAction(doc: OpenAPI3): boolean {
  return Object.keys(doc.paths ?? {}).some((path) => path.startsWith(FRAGMENT_KEY));
}

/** Every local `$ref` target reachable from `roots`, following the components they name. */
function reachableRefs(doc: OpenAPI3, roots: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) {
        if (seen.has(value)) continue;
        seen.add(value);
        pending.push(refTarget(doc, value));
      } else pending.push(value);
    }
  }
  return seen;
}

/** The components an operation needs: those it reaches by `$ref`, and the security schemes it names. */
function componentsFor(doc: OpenAPI3, pathItem: PathItemObject): Record<string, Record<string, unknown>> {
  const security = (pathItem.post as OperationObject | undefined)?.security ?? doc.security ?? [];
  const kept: Record<string, Record<string, unknown>> = {};
  const keep = (section: string, name: string, value: unknown) => {
    (kept[section] ??= {})[name] = value;
  };
  const schemes = (doc.components?.securitySchemes ?? {}) as Record<string, unknown>;
  for (const requirement of security) {
    for (const name of Object.keys(requirement)) keep('securitySchemes', name, schemes[name]);
  }
  const refs = reachableRefs(doc, [pathItem, ...Object.values(kept.securitySchemes ?? {})]);
  // In the source's order, section by section, so the output reads like the source.
  for (const [section, entries] of Object.entries(doc.components ?? {}) as [string, Record<string, unknown>][]) {
    if (section === 'securitySchemes') continue;
    for (const [name, value] of Object.entries(entries)) {
      if (refs.has(`#/components/${section}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`))
        keep(section, name, value);
    }
  }
  return kept;
}

function withoutCrossActionExtensions(operation: OperationObject): OperationObject {
  return Object.fromEntries(Object.entries(operation).filter(([key]) => !CROSS_ACTION_EXTENSIONS.includes(key)));
}

/**
 * The per-action documents of a spec keyed by action (`source`: its path from the repository root,
 * named in each document), in the source's order; none for any other spec. Throws for an action
 * whose method is not POST.
 */
export function actionDocuments(source: string, yaml: string): ActionDocument[] {
  const doc = parse(yaml) as OpenAPI3;
  if (!isKeyedByAction(doc)) return [];
  const sourceFile = source.slice(source.lastIndexOf('/') + 1);
  return specOperations(doc).map(({ operationId: action, path, method, operation, pathItem }) => {
    if (method !== 'post') throw new Error(`${source}: ${action} is ${method.toUpperCase()}, not an RPC action`);
    const item: PathItemObject = { ...pathItem, post: withoutCrossActionExtensions(operation) };
    // The action's own reference page leads the document (the source's leads with the one at `/`).
    const { externalDocs } = operation;
    const usedTags = new Set(operation.tags ?? []);
    const info = {
      ...doc.info,
      title: `${doc.info.title}: ${action}`,
      summary: `${action}: ${operation.summary ?? ''}`.trim(),
      description:
        `**This document holds one action, ${action}, keyed at its real \`POST /\`.** It is generated ` +
        `from \`${sourceFile}\` (every action of the API in one document, where ${action} ` +
        `${path === '/' ? 'is keyed `/` too' : `is keyed \`${path}\``}) for tools that take a ` +
        `spec's path keys as they are: client generators, Postman, Prism serving the file alone. ` +
        `imagesec's extensions that name other actions (waiters) are left out.\n\n` +
        (doc.info.description ?? ''),
    };
    // The document's own copy (structuredClone), so that its form fields can be rewritten without
    // touching the source.
    const own: OpenAPI3 = structuredClone({
      openapi: doc.openapi,
      info,
      ...(externalDocs === undefined ? {} : { externalDocs }),
      ...(doc.servers === undefined ? {} : { servers: doc.servers }),
      tags: (doc.tags ?? []).filter((tag) => usedTags.has(tag.name)),
      ...(doc.security === undefined ? {} : { security: doc.security }),
      paths: { '/': item },
      components: componentsFor(doc, item),
    });
    flattenRepeatLists(own, (own.paths!['/'] as PathItemObject).post!);
    const header =
      `# Generated by \`npm run generate\` from ${source}: do not edit. ${action} alone, at its real\n` +
      `# \`POST /\`, for tools that cannot cut ${sourceFile}'s \`/#<Action>\` keys at \`#\`.\n`;
    return { action, text: header + stringify(own, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' }) };
  });
}
