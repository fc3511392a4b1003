// The value at a dotted path of an answer (`PageInfo.TotalCount`, `Data.List`), as the specs'
// extensions name places in a 200 body (x-imagesec-paginate, x-imagesec-table). Own properties of
// objects only: an answer's `constructor` or `__proto__` key never reaches the prototype.

/** The value at `path`, or undefined where a step is missing or not an object. */
export function valueAt(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
