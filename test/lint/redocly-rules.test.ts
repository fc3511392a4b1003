// redocly.yaml is part of the contract: each rule it adds must catch the defect it exists for.
// One copy of the HSS spec gets one defect per rule; the linter must name every rule.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { specPath } from '../../src/mock/specs.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const redoclyCli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');

interface LintProblem {
  ruleId: string;
  location: { pointer: string }[];
}

// The parts of the parsed spec that withDefects changes, as the operations it changes have them.
interface Operation {
  tags?: string[];
  description?: string;
  parameters: { example?: unknown }[];
  requestBody: { content: { 'application/json': { examples: { all: { value: unknown } } } } };
  responses: { [status: string]: unknown; '200': { headers?: unknown } };
  'x-imagesec-safe-to-repeat'?: unknown;
}
interface Spec {
  paths: Record<string, { post: Operation }>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, { example?: unknown }> };
}

function withDefects(doc: Spec): void {
  const paths = doc.paths;
  const op = (path: string) => paths[`/v5/{project_id}/image/${path}`]!.post;
  delete op('sensitive/operate').tags;
  delete op('whitelists').description;
  for (const status of ['500', '502', '503', '504']) delete op('whitelists').responses[status];
  op('local/batch-scan').responses['400'] = {
    description: 'no body',
    headers: { 'X-Request-Id': { $ref: '#/components/headers/XRequestId' } },
  };
  op('local/batch-scan').responses['401'] = {
    description: 'no schema',
    headers: { 'X-Request-Id': { $ref: '#/components/headers/XRequestId' } },
    content: { 'application/json': {} },
  };
  op('security-report/statistic').requestBody.content['application/json'].examples.all.value = {
    severity_level: 'high',
  };
  delete op('security-report/statistic').responses['200'].headers;
  // ChangeSensitiveInfo's image_type (a shared parameter component).
  doc.components.parameters.SensitiveInfoImageType!.example = 'PRIVATE_IMAGE';
  doc.components.schemas.Unused = { type: 'string', examples: ['x'] };
  delete op('local/batch-scan')['x-imagesec-safe-to-repeat'];
}

describe('redocly.yaml', () => {
  let dir: string;
  let problems: LintProblem[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'imagesec-lint-'));
    await mkdir(join(dir, 'openapi'));
    await copyFile(new URL('redocly.yaml', root), join(dir, 'redocly.yaml'));
    const doc = parse(await readFile(specPath('hss'), 'utf8')) as Spec;
    withDefects(doc);
    await writeFile(join(dir, 'openapi/hss.yaml'), stringify(doc));
    // Exits 1 because of the defects; the JSON report is on stdout either way.
    const result = await run(process.execPath, [redoclyCli, 'lint', 'openapi/hss.yaml', '--format=json'], {
      cwd: dir,
    }).catch((error: { stdout: string }) => error);
    problems = (JSON.parse(result.stdout) as { problems: LintProblem[] }).problems;
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['rule/operation-has-tags', 'sensitive~1operate/post/tags'],
    ['operation-description', 'whitelists/post/description'],
    ['rule/operation-5xx-response', 'whitelists/post/responses'],
    ['rule/error-response-has-content', 'batch-scan/post/responses/400/content'],
    ['rule/error-body-has-schema', 'batch-scan/post/responses/401/content/application~1json/schema'],
    [
      'no-invalid-media-type-examples',
      'statistic/post/requestBody/content/application~1json/examples/all/value/severity_level',
    ],
    ['no-invalid-parameter-examples', '#/components/parameters/SensitiveInfoImageType/example'],
    ['response-contains-header', 'statistic/post/responses/200'],
    ['no-unused-components', '#/components/schemas/Unused'],
    ['rule/operation-declares-repeat-safety', 'batch-scan/post'],
  ])('%s catches its defect', (ruleId, where) => {
    const pointers = problems.filter((p) => p.ruleId === ruleId).map((p) => p.location[0]?.pointer ?? '');
    expect(pointers.some((pointer) => pointer.includes(where))).toBe(true);
  });
});
