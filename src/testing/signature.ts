// The gateway's signature check: a request verified by its cloud's own rules (descriptor.gateway)
// against the credentials the mock accepts for that cloud, and refused in the vendor's words.
import { hashing } from '#crypto';
import type { IncomingMessage } from 'node:http';
import type { GatewayRules, MockAnswer } from '../core/cloud.js';
import type { RecordedRequest } from './record.js';

/** What the check found, and the vendor's refusal when it did not accept the signature. */
export interface SignatureCheck {
  readonly signature: RecordedRequest['signature'];
  readonly signedBy: string | undefined;
  readonly refusal: MockAnswer | undefined;
}

/** Checks the request as it came; `accepted` undefined: none configured, any signature passes unchecked. */
export async function checkSignature(
  rules: GatewayRules<unknown>,
  accepted: readonly unknown[] | undefined,
  req: IncomingMessage,
  url: URL,
  body: string,
): Promise<SignatureCheck> {
  if (accepted === undefined) return { signature: 'unchecked', signedBy: undefined, refusal: undefined };
  const headers = Object.entries(req.headers).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
  );
  const signable = { method: req.method ?? 'GET', url, headers, body };
  const verdict = await rules.verify(signable, accepted, new Date(), hashing);
  return verdict.ok
    ? { signature: 'valid', signedBy: verdict.keyId, refusal: undefined }
    : { signature: verdict.reason, signedBy: undefined, refusal: rules.signatureRefusal(verdict) };
}
