// The SDK methods of a client, one per entry of its generated operation table: each calls the
// client's one generic call with the entry and its generated validator. The methods' types come
// from the generated method interface merged with the client class.
import type { RequestValidator } from '../../generated/validator-runtime.js';
import type { CallOptions } from './call-options.js';

export type MethodInput = Readonly<Record<string, unknown>>;

interface TableEntry {
  readonly operationId: string;
  readonly method: string;
}

/** Defines each entry's method on `prototype` (non-enumerable, like a class method). */
export function installOperationMethods<Client, Entry extends TableEntry>(
  prototype: Client,
  table: Readonly<Record<string, Entry>>,
  validators: Readonly<Record<string, RequestValidator>>,
  call: (client: Client, entry: Entry, validate: RequestValidator, input: MethodInput, options: CallOptions) => unknown,
): void {
  for (const entry of Object.values(table)) {
    const validate = validators[`validate${entry.operationId}`];
    if (validate === undefined) throw new Error(`no generated validator for ${entry.operationId}`);
    Object.defineProperty(prototype, entry.method, {
      value: function (this: Client, input?: MethodInput, options?: CallOptions) {
        return call(this, entry, validate, input ?? {}, options ?? {});
      },
      writable: true,
      configurable: true,
    });
  }
}
