// The shape of generated/<cloud>.skeleton.ts: per operation, every key of its --input document
// with the value --skeleton shows and the comment it carries in YAML.

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
