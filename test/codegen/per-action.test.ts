// The per-action documents (scripts/spec/per-action.ts): each holds one action of sas.yaml at its
// real `POST /`, the operation as the source declares it (less the extensions naming other actions),
// and exactly the components it reaches; a spec with no `/#<Action>` key gets none.
import { readFileSync } from 'node:fs';
import type { OpenAPI3, OperationObject, PathItemObject } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specOperations } from '../../scripts/spec/document.js';
import { actionDocuments } from '../../scripts/spec/per-action.js';

const SOURCE = 'openapi/sas.yaml';
const yaml = readFileSync(SOURCE, 'utf8');
const source = parse(yaml) as OpenAPI3;
const documents = actionDocuments(SOURCE, yaml);

/** Every `$ref` string under `node`. */
function refsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.add(value);
      else refsIn(value, found);
    }
  }
  return found;
}

describe('per-action documents of sas.yaml', () => {
  it('one per action, in the source order, as committed under openapi/sas/', () => {
    expect(documents.map((d) => d.action)).toEqual(specOperations(source).map((o) => o.operationId));
    for (const { action, text } of documents) expect(readFileSync(`openapi/sas/${action}.yaml`, 'utf8')).toBe(text);
  });

  it.each(documents.map((d) => [d.action, d] as const))('%s: the operation at POST /, as declared', (action, d) => {
    const doc = parse(d.text) as OpenAPI3;
    const found = specOperations(source).find((o) => o.operationId === action)!;
    expect(Object.keys(doc.paths ?? {})).toEqual(['/']);
    const {
      'x-imagesec-waiters': _waiters,
      'x-imagesec-wait': _wait,
      ...declared
    } = found.operation as Record<string, unknown>;
    // A form body with repeatList fields is rewritten (next test); everything else is as declared.
    const { requestBody, ...rest } = (doc.paths?.['/'] as PathItemObject).post as OperationObject;
    const { requestBody: declaredBody, ...declaredRest } = declared;
    expect(rest).toEqual(declaredRest);
    if (action !== 'PageImageRegistry') expect(requestBody).toEqual(declaredBody);
    expect(doc.servers).toEqual(source.servers);
    expect(doc.security).toEqual(source.security);
    expect(doc.info.version).toBe(source.info.version);
    expect(doc.tags?.map((t) => t.name)).toEqual(
      source.tags?.filter((t) => found.operation.tags?.includes(t.name)).map((t) => t.name),
    );
  });

  it.each(documents.map((d) => [d.action, d] as const))('%s: exactly the components it reaches', (_action, d) => {
    const doc = parse(d.text) as OpenAPI3;
    const refs = refsIn(doc);
    const declared = Object.entries(doc.components ?? {}).flatMap(([section, entries]) =>
      section === 'securitySchemes'
        ? []
        : Object.keys(entries as object).map((name) => `#/components/${section}/${name}`),
    );
    expect(new Set(declared)).toEqual(refs);
    // Each one as the source declares it.
    for (const ref of refs) {
      const [, , section, name] = ref.split('/');
      const components = doc.components as Record<string, Record<string, unknown>>;
      const sourceComponents = source.components as Record<string, Record<string, unknown>>;
      if (name !== 'PageImageRegistryForm')
        expect(components[section!]![name!]).toEqual(sourceComponents[section!]![name!]);
    }
    const schemes = new Set(source.security?.flatMap((requirement) => Object.keys(requirement)));
    expect(new Set(Object.keys(doc.components?.securitySchemes ?? {}))).toEqual(schemes);
  });

  it('PageImageRegistry: the repeatList lists as the numbered form fields the API takes, one per enum value', () => {
    const doc = parse(documents.find((d) => d.action === 'PageImageRegistry')!.text) as OpenAPI3;
    const form = doc.components?.schemas?.PageImageRegistryForm as { properties: Record<string, unknown> };
    const numbered = (name: string) => [1, 2, 3, 4].map((i) => `${name}.${i}`);
    expect(Object.keys(form.properties)).toEqual([
      'CurrentPage',
      'PageSize',
      'RegistryNameLike',
      ...numbered('RegistryTypeInList'),
      ...numbered('RegistryTypeNotInList'),
    ]);
    for (const name of [...numbered('RegistryTypeInList'), ...numbered('RegistryTypeNotInList')])
      expect(form.properties[name]).toMatchObject({ $ref: '#/components/schemas/ImageRegistryType' });
    const body = ((doc.paths?.['/'] as PathItemObject).post as OperationObject).requestBody as {
      content: Record<string, { encoding?: unknown; examples: Record<string, { value: unknown }> }>;
    };
    const media = body.content['application/x-www-form-urlencoded']!;
    expect(media.encoding).toBeUndefined();
    expect(media.examples.harborAndQuay!.value).toEqual({
      CurrentPage: 1,
      PageSize: 20,
      RegistryNameLike: 'asa',
      'RegistryTypeInList.1': 'harbor',
      'RegistryTypeInList.2': 'quay',
    });
  });

  it('none for a spec whose actions have paths of their own (hss.yaml)', () => {
    expect(actionDocuments('openapi/hss.yaml', readFileSync('openapi/hss.yaml', 'utf8'))).toEqual([]);
  });
});
