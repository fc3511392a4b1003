// The shapes of a cloud's generated command tables: generated/<cloud>.cli.ts (what the CLI offers
// per operation: flags, help, example, table columns) and generated/<cloud>.skeleton.ts (per
// operation, every key of its --input document with the value --skeleton shows and its comment).

/** One flag generated from a path/query/header parameter, a form field or a scalar top-level body field. */
export interface CommandOption {
  readonly flag: string;
  /** The name in the spec (`image_type`, `OperateType`, a body field's name). */
  readonly name: string;
  /** Where the value goes: a form field (`form`) is a top-level input, as a parameter is. */
  readonly in: 'path' | 'query' | 'header' | 'form' | 'body';
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  /** An array of scalars: the flag may be given more than once. */
  readonly repeatable: boolean;
  /** The value is JSON text (contentMediaType application/json): `@file` and `-` are read too. */
  readonly json: boolean;
  readonly enum?: readonly string[];
  readonly default?: string;
  readonly example?: string;
  readonly description: string;
  /** A secret (format: password): never echoed in messages. */
  readonly secret?: boolean;
}

/** A parameter the client fills from a global flag (`--project-id`, `--region`). */
export interface ClientFilled {
  readonly flag: string;
  readonly in: string;
  readonly name: string;
  readonly required: boolean;
}

/** One operation as a command: generated/<cloud>.cli.ts holds one per operation of the spec. */
export interface CommandEntry {
  readonly operationId: string;
  readonly command: string;
  readonly method: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly options: readonly CommandOption[];
  readonly clientFilled: readonly ClientFilled[];
  readonly body?: { readonly required: boolean; readonly description: string } | undefined;
  /** Arguments after `imagesec <cloud> <command>` for the spec's example request. */
  readonly example: readonly string[];
  /**
   * What `--output table` shows (the spec's x-imagesec-table): the list at `items` (a dotted path of
   * the answer), its items' fields at the columns' paths; null when the spec declares none.
   */
  readonly table: {
    readonly items: string;
    readonly columns: readonly { readonly header: string; readonly path: string }[];
  } | null;
}

/** A value of the document as generated (int64 examples past 2^53-1 as bigint). */
export type SkeletonValue =
  string | number | boolean | bigint | null | readonly SkeletonValue[] | { readonly [key: string]: SkeletonValue };

export interface SkeletonField {
  /** The key: a parameter's or a body field's spec name, `body` for the body. */
  readonly name: string;
  /** One line: required or optional, the type, the values it takes, what it is. */
  readonly comment: string;
  /** A scalar's (or a list of scalars') value; absent for an object or a list of objects. */
  readonly value?: SkeletonValue;
  /** An object's fields, required first. */
  readonly fields?: readonly SkeletonField[];
  /** A list of objects: the one item shown. */
  readonly item?: { readonly fields: readonly SkeletonField[] };
}
