// Builds generated/<spec>.methods.ts: the type of every SDK method of a spec's client, one per
// operation, named after its operationId in camelCase. The client installs the methods themselves
// from the operation table (generated/<spec>.operations.ts); this interface, merged into the class,
// gives them their parameter and result types, all derived from openapi-typescript's types.
import type { OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';
import { specOperations } from '../spec/document.js';
import { shippedLayout, type ModuleLayout } from './layout.js';
import { operationTable } from './operations.js';

/** The names of the client's types the methods are written in (declared in the layout's client types module). */
function clientShape(layout: ModuleLayout) {
  const prefix = layout.typePrefix;
  return {
    interfaceName: `${prefix}Methods`,
    args: `${prefix}Args`,
    result: `${prefix}Result`,
    pageArgs: `${prefix}PageArgs`,
    item: `${prefix}Item`,
  };
}

function docComment(text: string): string[] {
  const lines = text
    .trim()
    .split('\n')
    .map((line) => line.replace(/\*\//g, '*\\/'));
  return ['  /**', ...lines.map((line) => `   * ${line}`.trimEnd()), '   */'];
}

/** The summary and description of each operation, for the method's doc comment. */
function docs(yamlText: string): Record<string, string> {
  const doc = parse(yamlText, { intAsBigInt: true }) as OpenAPI3;
  return Object.fromEntries(
    specOperations(doc).map(({ operationId, operation }) => {
      const { summary, description } = operation as { summary?: string; description?: string };
      return [operationId, [summary, description].filter((t) => typeof t === 'string' && t.trim() !== '').join('\n\n')];
    }),
  );
}

/** The TypeScript module for one spec, laid out as `layout` says (by default generated/'s). */
export function renderMethods(specFile: string, yamlText: string, layout = shippedLayout(specFile)): string {
  const summaries = docs(yamlText);
  const shape = clientShape(layout);
  const base = specFile.replace(/\.yaml$/, '');
  const table = operationTable(yamlText);
  const usesComponents = table.some((e) => Object.values(e.jsonQuery).some((c) => c !== null));
  const usesLift = table.some((e) => Object.keys(e.lift).length > 0);
  const usesPages = table.some((e) => e.paginate !== null);
  const lines = [
    `// Generated from ${layout.source} by scripts/generate.ts (scripts/codegen/methods.ts). Do not edit`,
    '// by hand: change the spec, then run `npm run generate`. The typed methods of the client.',
    '',
    `import type { ${[usesComponents ? 'components' : '', usesLift ? 'operations' : ''].filter(Boolean).join(', ')} } from './${base}.js';`,
    `import type { ${[shape.args, usesPages ? shape.item : '', usesLift ? 'LiftOf' : '', usesPages ? shape.pageArgs : '', shape.result].filter(Boolean).join(', ')} } from '${layout.clientTypes}';`,
    '',
    `export interface ${shape.interfaceName} {`,
  ];
  if (!usesComponents && !usesLift) lines.splice(3, 1);
  for (const entry of table) {
    const id = entry.operationId;
    const decoded = Object.entries(entry.jsonQuery)
      .map(
        ([name, component]) => `${name}: ${component === null ? 'unknown' : `components['schemas']['${component}']`}`,
      )
      .join('; ');
    const args = decoded === '' ? `${shape.args}<'${id}'>` : `${shape.args}<'${id}', { ${decoded} }>`;
    const lift =
      Object.keys(entry.lift).length === 0 ? '' : ` & LiftOf<operations['${id}'], ${JSON.stringify(entry.lift)}>`;
    lines.push(...docComment(summaries[id] ?? id));
    lines.push(`  ${entry.method}(...args: ${args}): Promise<${shape.result}<'${id}'>${lift}>;`);
    const paging = entry.paginate;
    if (paging === null) continue;
    const pageArgs = decoded === '' ? `${shape.pageArgs}<'${id}'>` : `${shape.pageArgs}<'${id}', { ${decoded} }>`;
    lines.push(
      ...docComment(
        [
          `Every item of ${entry.method}, page after page (${paging.size} items a call, or \`pageSize\`),`,
          `from the ${paging.offset === null ? `page \`${paging.page}\` names (default 1)` : `offset \`${paging.offset}\` names (default 0)`} to the last item or \`maxItems\`.`,
          'Each page is a call of its own, retried like any other; a page that fails ends the iteration with its error.',
          "When `maxItems` stops it before the list's end, its return value (the `value` of `.next()` at `done`, which",
          '`for await` drops) is the token to go on from with `startingToken`; else undefined.',
        ].join('\n'),
      ),
    );
    lines.push(
      `  ${paging.method}(...args: ${pageArgs}): AsyncGenerator<${shape.item}<'${id}', ${JSON.stringify(paging.items)}>, string | undefined, undefined>;`,
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}
