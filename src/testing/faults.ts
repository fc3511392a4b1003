// Scripted faults: per operation, what the gateway does instead of answering (a vendor error, a
// reset connection, a delay) for the next requests.
import type { GatewayRules, MockAnswer } from '../core/cloud.js';

/** What a scripted fault does to the next matching requests. */
export interface Fault {
  /** Answer with this status and the vendor's error body (default 503). */
  readonly status?: number | undefined;
  /** The vendor error code in the body (default: one that fits the status). */
  readonly code?: string | undefined;
  /** Sends `Retry-After` (seconds), and the vendor's own retry header where it has one (SAS: `x-acs-retry-after` in milliseconds). */
  readonly retryAfter?: number | undefined;
  /** Close the connection without an answer instead. */
  readonly reset?: boolean | undefined;
  /** Wait this long first (then answer as scripted, or forward when neither status nor reset is given). */
  readonly delayMs?: number | undefined;
  /** How many requests it applies to (default 1). */
  readonly times?: number | undefined;
}

/** One gateway's faults not yet played, per operation, in the order they were scripted. */
export class FaultQueue {
  readonly #byOperation = new Map<string, { fault: Fault; left: number }[]>();

  add(operation: string, fault: Fault): void {
    const queue = this.#byOperation.get(operation) ?? [];
    queue.push({ fault, left: fault.times ?? 1 });
    this.#byOperation.set(operation, queue);
  }

  /** The fault to play for this request of `operation`, if any (counted as played once). */
  take(operation: string | undefined): Fault | undefined {
    if (operation === undefined) return undefined;
    const queue = this.#byOperation.get(operation);
    const queued = queue?.[0];
    if (queued !== undefined && --queued.left <= 0) queue?.shift();
    return queued?.fault;
  }

  clear(): void {
    this.#byOperation.clear();
  }
}

/** Whether the fault answers in place of the service (a status given, or no delay to forward after). */
export function answersInstead(fault: Fault): boolean {
  return fault.status !== undefined || fault.delayMs === undefined;
}

/** The vendor's error answer a fault plays: its status (default 503) and code (default: the status's). */
export function faultAnswer(rules: GatewayRules<unknown>, fault: Fault): MockAnswer {
  const status = fault.status ?? 503;
  const code = fault.code ?? rules.faultCode(status);
  return rules.error(status, code, `scripted fault (${code})`);
}

/** The headers that say when to retry, when the fault gives a time. */
export function faultRetryHeaders(rules: GatewayRules<unknown>, fault: Fault): Readonly<Record<string, string>> {
  return fault.retryAfter === undefined ? {} : rules.retryAfterHeaders(fault.retryAfter);
}
