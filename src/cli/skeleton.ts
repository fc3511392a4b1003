// `--skeleton`: an operation's complete input document, for `--input`. YAML with a comment on every
// key (required or optional, type, allowed values, what it is), or plain JSON with --output json.
// The document is generated from the spec (generated/<cloud>.skeleton.ts), loaded only here (the
// cloud's descriptor loads it when asked).
import { Document, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { cloudOf } from '../clouds.js';
import { bigintJson } from '../core/json.js';
import type { OutputFormat } from './arguments.js';
import { EXIT } from './exit-codes.js';
import type { CliOperation } from './operations.js';
import type { SkeletonField, SkeletonValue } from '../core/command-table.js';

async function skeletonFields(operation: CliOperation): Promise<readonly SkeletonField[]> {
  const fields = (await cloudOf(operation.cloud).skeletons())[operation.operationId];
  if (fields === undefined) throw new Error(`no skeleton for ${operation.cloud} ${operation.operationId}`);
  return fields;
}

function valueOf(field: SkeletonField): SkeletonValue {
  if (field.fields !== undefined) return objectOf(field.fields);
  if (field.item !== undefined) return [objectOf(field.item.fields)];
  return field.value ?? null;
}

function objectOf(fields: readonly SkeletonField[]): Record<string, SkeletonValue> {
  return Object.fromEntries(fields.map((field) => [field.name, valueOf(field)]));
}

/** The document as data: what --input reads back unchanged. */
export async function skeletonValue(operation: CliOperation): Promise<Record<string, SkeletonValue>> {
  return objectOf(await skeletonFields(operation));
}

/** Puts each field's comment above its key, in the map the document built from the same fields. */
function annotate(node: Node | null | undefined, fields: readonly SkeletonField[], top: boolean): void {
  if (!isMap(node)) return;
  for (const field of fields) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === field.name);
    if (pair === undefined) continue;
    const key = pair.key as Scalar;
    key.commentBefore = ` ${field.comment}`;
    // A blank line between the top-level keys: the body's fields read as one block.
    if (top && field !== fields[0]) key.spaceBefore = true;
    if (field.fields !== undefined) annotate(pair.value as Node, field.fields, false);
    if (field.item !== undefined && isSeq(pair.value)) annotate(pair.value.items[0] as Node, field.item.fields, false);
  }
}

export async function skeletonText(operation: CliOperation, format: OutputFormat): Promise<string> {
  const fields = await skeletonFields(operation);
  const value = objectOf(fields);
  // JSON indented, or on one line for jsonl; bigints as exact numbers.
  if (format === 'json') return bigintJson(value, 2);
  if (format === 'jsonl') return bigintJson(value);
  const document = new Document(value);
  document.commentBefore = [
    ` Input for imagesec ${operation.cloud} ${operation.command} --input @file.yaml (or - for stdin).`,
    ' Parameters by spec name, "body" for the request body; flags given with --input override it.',
    ' Every key is shown with an example value: change what you need, delete or set to null what you',
    ' do not want sent. Secrets are empty: fill them in.',
  ].join('\n');
  annotate(document.contents, fields, true);
  return document.toString({ lineWidth: 0 });
}

/** Prints the document on stdout; sends nothing. */
export async function printSkeleton(operation: CliOperation, format: OutputFormat): Promise<number> {
  const text = await skeletonText(operation, format);
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.ok;
}
