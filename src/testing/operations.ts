// Which operation of a cloud's spec a request is for, found as that cloud's gateway routes it: by
// the header that names the action when the cloud has one (RPC style: its actions share one method
// and path), else by method and path template.
import type { IncomingHttpHeaders } from 'node:http';
import { cloudOf } from '../clouds.js';
import type { CloudDescriptor } from '../core/cloud.js';

/** Whether the cloud's spec has the operation. */
export function hasOperation(cloud: string, operation: string): boolean {
  return Object.hasOwn(cloudOf(cloud).operations, operation);
}

/** The operation id a request is for, or undefined when no operation of the spec matches it. */
export function operationOf(
  cloud: CloudDescriptor,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
): string | undefined {
  const table = Object.values(cloud.operations);
  const actionHeader = cloud.gateway.actionHeader;
  if (actionHeader !== undefined) {
    const named = headers[actionHeader.toLowerCase()];
    const action = typeof named === 'string' ? named : undefined;
    return table.find((e) => e.operationId === action && e.httpMethod === method)?.operationId;
  }
  const segments = path.split('/');
  return table.find((entry) => {
    const template = entry.path.split('/');
    return (
      entry.httpMethod === method &&
      template.length === segments.length &&
      template.every((part, i) => (part.startsWith('{') ? segments[i] !== '' : part === segments[i]))
    );
  })?.operationId;
}
