// Canary credentials (and a canary registry password, a secret request field) and the check that
// none of them leaks: every way a user or a CI log could see an error, event or log line (message,
// String, JSON, util.inspect with causes, stack) is scanned for every canary and for any Signature=
// or Authorization value.
import { inspect } from 'node:util';
import { expect } from 'vitest';

// Distinctive, and shaped like the real thing (STS tokens are base64 with + / =).
export const CANARY = {
  ak: 'CANARYAKQ7W2E9R4T6Y1',
  sk: 'CANARYSKz8x6c4v2b0n9m7l5k3j1h',
  securityToken: 'CANARYSTgAAAE+8x/Qk3Zr9w==Lp0vT7s',
  authToken: 'CANARYATMIIEhwYJKoZIhvcNAQcCoIIEeDCCBHQ',
  accessKeyId: 'CANARYLTAI5tQ9wE2rT6yU1',
  accessKeySecret: 'CANARYSECRETa8s6d4f2g0h9j7k5',
  stsToken: 'CANARYCAIS+AJ1q6Ft5B2yfSjIr5D/Ew==9x',
  // A secret a request carries (format: password), with the characters every encoding changes.
  registryPassword: 'CANARYPWq7 *+/&=%"é',
} as const;

export const CANARIES: readonly string[] = Object.values(CANARY);

/** AK/SK + STS credentials for HssClient, and the same for SasClient, all canaries. */
export const HSS_CANARY_CREDENTIALS = { ak: CANARY.ak, sk: CANARY.sk, securityToken: CANARY.securityToken };
export const SAS_CANARY_CREDENTIALS = {
  accessKeyId: CANARY.accessKeyId,
  accessKeySecret: CANARY.accessKeySecret,
  securityToken: CANARY.stsToken,
};

/** Every textual view of a value a user might print. */
export function views(value: unknown): string[] {
  const out = [String(value), inspect(value, { depth: 20, showHidden: true })];
  try {
    out.push(JSON.stringify(value) ?? '');
  } catch {
    // A value JSON cannot hold is still covered by the views above.
  }
  for (let e = value, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    out.push(e.message, e.stack ?? '');
  }
  return out;
}

/** Fails the test if any canary, or a signature value, appears in any view of any value. */
export function expectNoSecrets(...values: unknown[]): void {
  for (const value of values) {
    for (const view of views(value)) {
      for (const secret of CANARIES) expect(view, 'a canary secret leaked').not.toContain(secret);
      expect(view, 'a signature leaked').not.toMatch(/Signature=[0-9a-f]{16,}/);
    }
  }
}
