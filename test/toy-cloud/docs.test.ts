// The docs build on the toy spec, with the pieces scripts/docs/build.ts puts together for every
// registered cloud: its code samples (the SDK call through ToyClient, the CLI command), its Redoc
// reference page (one static build, no browser), its card on the index and its commands in the CLI
// reference. test/docs/docs.test.ts opens the shipped clouds' pages in Chromium; the toy's page
// comes from the same renderer.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPI3 } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import '../clouds.js';
import { renderCliReference } from '../../scripts/docs/cli-page.js';
import { codeSamples, type CodeSample } from '../../scripts/docs/code-samples.js';
import { apiEntry, renderIndex } from '../../scripts/docs/index-page.js';
import { buildApiReference } from '../../scripts/docs/redoc.js';
import { specOperations } from '../../scripts/spec/document.js';
import { helpPages } from '../../src/cli/help.js';
import { toyCloud } from './cloud.js';

let dir = '';
let doc: OpenAPI3;
let samples: Map<string, CodeSample[]>;
let reference = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'imagesec-toy-docs-'));
  doc = parse(await readFile(toyCloud.spec, 'utf8')) as OpenAPI3;
  samples = codeSamples('toy', doc);
  // As build.ts does: each operation with its samples (x-codeSamples), then Redoc's static build.
  for (const { operationId, operation } of specOperations(doc)) {
    (operation as Record<string, unknown>)['x-codeSamples'] = samples.get(operationId);
  }
  const spec = join(dir, 'toy.yaml');
  await writeFile(spec, stringify(doc));
  await buildApiReference(spec, join(dir, 'toy.html'));
  reference = await readFile(join(dir, 'toy.html'), 'utf8');
}, 60_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the toy cloud’s docs', () => {
  it('has an SDK and a CLI sample per operation, from the descriptor and the spec’s examples', () => {
    const sources = (id: string) => samples.get(id)?.map((s) => `${s.label}: ${s.source}`);
    expect(sources('ListImages')).toEqual([
      expect.stringContaining("const toy = new ToyClient({ region: 'toy-east-1' });"),
      'CLI: imagesec toy list-images --region toy-east-1 --repository library/nginx',
    ]);
    expect(sources('ListImages')?.[0]).toContain('toy.paginateListImages(');
    expect(sources('IgnoreFinding')?.[0]).toContain("finding_id: 'fnd-1a2b3c4d'");
    expect(sources('IgnoreFinding')?.[1]).toContain(
      'imagesec toy ignore-finding --region toy-east-1 --finding-id fnd-1a2b3c4d',
    );
  });

  it('renders the reference page offline, with both operations and their samples', () => {
    expect(reference).toContain('Toy Container Security');
    for (const text of ['ListImages', 'IgnoreFinding', 'Ignore a finding of an image', 'ToyClient']) {
      expect(reference).toContain(text);
    }
    expect(reference).not.toMatch(/https:\/\/cdn\.redoc\.ly\//);
  });

  it('has a card on the index and its commands in the CLI reference', () => {
    const index = renderIndex([apiEntry('toy', doc)]);
    expect(index).toContain('href="toy.html"');
    expect(index).toContain('List the container images');
    const cli = renderCliReference(helpPages());
    expect(cli).toContain('imagesec toy list-images');
    expect(cli).toContain('imagesec toy ignore-finding');
  });
});
