// Validates values against schemas of our own specs (JSON Schema 2020-12 via Ajv), independently
// of Prism: response bodies against their documented shape, decoded JSON strings and the like.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { loadSpec, specOperations, resolveRef } from '../../scripts/spec/document.js';
import type { SpecName } from '../../src/mock/specs.js';

export interface SpecValidator {
  /** Errors of `value` against the schema at a JSON pointer of the spec (`#/components/...`). */
  errorsAt(pointer: string, value: unknown): ErrorObject[];
  /** Errors of a response body against the operation's documented schema for that status. */
  responseErrors(operationId: string, status: number, body: unknown): ErrorObject[];
}

export async function specValidator(name: SpecName): Promise<SpecValidator> {
  const doc = await loadSpec(name);
  // The whole document is registered as a schema so that its internal $refs resolve; OpenAPI's
  // own keywords are not JSON Schema keywords, hence strict mode off.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // The vendors' formats, so Ajv checks int32's range instead of warning that it does not know it.
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('password', { type: 'string', validate: () => true });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addSchema(doc, name);

  const errorsAt = (pointer: string, value: unknown) => {
    const validate = ajv.getSchema(`${name}${pointer}`);
    if (validate === undefined) throw new Error(`no schema at ${pointer}`);
    return validate(value) ? [] : [...(validate.errors ?? [])];
  };

  return {
    errorsAt,
    responseErrors(operationId, status, body) {
      const found = specOperations(doc).find((o) => o.operationId === operationId);
      if (found === undefined) throw new Error(`no operation ${operationId}`);
      const { pointer, operation } = found;
      const documented = operation.responses?.[String(status)];
      if (documented === undefined) throw new Error(`${operationId} documents no ${status} response`);
      // The schema is addressed by pointer: the referenced component's, or the inline one's.
      const responsePointer = '$ref' in documented ? documented.$ref : `${pointer}/responses/${status}`;
      const response = resolveRef(doc, documented);
      if (response.content === undefined) {
        return body === undefined ? [] : [{ message: `expected no body, got ${JSON.stringify(body)}` } as ErrorObject];
      }
      return errorsAt(`${responsePointer}/content/application~1json/schema`, body);
    },
  };
}
