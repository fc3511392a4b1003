// Answers the gateway gives itself, in the vendor's words (its cloud's descriptor.gateway).
import type { ServerResponse } from 'node:http';
import type { GatewayRules, MockAnswer } from '../core/cloud.js';
import type { Violation } from '../core/errors.js';

export function send(res: ServerResponse, answer: MockAnswer): void {
  res.writeHead(answer.status, answer.headers);
  res.end(JSON.stringify(answer.body));
}

/** `answer` with `headers` added (over its own of the same name). */
export function withHeaders(answer: MockAnswer, headers: Readonly<Record<string, string>>): MockAnswer {
  return { ...answer, headers: { ...answer.headers, ...headers } };
}

/**
 * Parameters the service refuses, in the vendor's answer, with the reasons in an `sl-violations`
 * header as Prism gives them, which the SDK reads into the error's violations (a real endpoint
 * sends only the vendor's body); undefined when there are none.
 */
export function parametersRefused(
  rules: GatewayRules<unknown>,
  violations: readonly Violation[],
): MockAnswer | undefined {
  if (violations.length === 0) return undefined;
  const answer = rules.invalidParameters(violations.map((v) => `${v.path} ${v.message}`).join('; '));
  const located = violations.map((v) => ({
    location: [
      'request',
      ...(v.path.startsWith('body') ? v.path.replace(/\[(\d+)\]/g, '.$1').split('.') : ['query', v.path]),
    ],
    severity: 'Error',
    code: 'imagesec',
    message: v.message,
  }));
  return withHeaders(answer, { 'sl-violations': JSON.stringify(located) });
}
