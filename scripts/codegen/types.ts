// Renders generated/<spec>.d.ts: the spec's paths, operations and schemas as TypeScript types
// (openapi-typescript), with one local rule for integers too large for a JavaScript number.
import openapiTS, { astToString, NUMBER, tsUnion, type OpenAPITSOptions } from 'openapi-typescript';
import ts from 'typescript';

const BIGINT = ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword);

const OPTIONS: OpenAPITSOptions = {
  // Export each component schema at the top level (e.g. `ChangeSensitiveInfoRequestInfo`).
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  // A `default` is the server's value when a field is omitted; it must not make the field required
  // in request types (openapi-typescript's default would force callers to send `operate_type`).
  defaultNonNullable: false,
  silent: true,
  // An integer whose documented range goes past 2^53-1 (HSS `image_info[].id`, up to 2^63-1) cannot
  // be carried exactly by a JavaScript number: such fields also accept a bigint, which the SDK writes
  // as a bare JSON number. Integers whose range fits (or is not given) stay `number`.
  transform(schema) {
    const { maximum } = schema as { maximum?: unknown };
    if (schema.type === 'integer' && typeof maximum === 'number' && maximum > Number.MAX_SAFE_INTEGER) {
      return tsUnion([NUMBER, BIGINT]);
    }
    return undefined;
  },
};

function header(source: string): string {
  return [
    '/**',
    ` * Generated from ${source} by scripts/generate.ts (openapi-typescript). Do not edit by hand:`,
    ' * change the spec, then run `npm run generate`. `npm run generate -- --check` fails when stale.',
    ' */',
    '',
  ].join('\n');
}

/** The types of the spec at `specUrl`; `source` names it in the header (`openapi/hss.yaml`). */
export async function renderTypes(source: string, specUrl: URL): Promise<string> {
  return header(source) + astToString(await openapiTS(specUrl, OPTIONS));
}
