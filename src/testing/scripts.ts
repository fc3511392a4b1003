// Scripted answers for the strict mock: per operation, an answer or a sequence of them that the
// gateway serves instead of Prism's static example, so a test can take a scan from running to done
// (or to failed, or never finish). A scripted answer goes only to a request that every check let
// through: the signature, the mock's request check, and Prism's own validation (the gateway
// forwards first and uses the script only when Prism accepted). It must be one the real API could
// give: a status the operation documents and a body its schema takes (scripted-answer-check.ts), checked
// when scripted where it can be, else when served.
import { cloudOf } from '../clouds.js';
import type { CloudDescriptor } from '../core/cloud.js';
import { bigintJson } from '../core/json.js';
import type { RecordedRequest, ScriptedServe } from './record.js';
import { documentedResponse, documentedStatuses } from './scripted-answer-check.js';

/** One scripted answer. */
export interface ScriptedResponse {
  /** HTTP status (default 200): one the operation documents. */
  readonly status?: number | undefined;
  /**
   * The JSON body, checked against the documented schema of that status; omitted: none for a
   * response documented without a body, `{}` otherwise. Completed as the vendor sends every body
   * (SAS bodies get a fresh `RequestId` when they have none).
   */
  readonly body?: unknown;
  /**
   * Extra response headers, completed as the vendor sends every answer (HSS answers get a fresh
   * `X-Request-Id` unless given here); the content headers are the mock's own.
   */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * An answer that depends on the request: called with the request as recorded and the call's
 * number (1 for the first request this script answers); may be async. What it returns is checked
 * when it is served: one the API could not give is answered with HTTP 501, code `MockScriptError`
 * and what is wrong (the SDK does not retry a 501), and recorded with the error.
 */
export type ScriptedAnswerFunction = (
  request: RecordedRequest,
  call: number,
) => ScriptedResponse | Promise<ScriptedResponse>;

export type ScriptedAnswer = ScriptedResponse | ScriptedAnswerFunction;

export interface ScriptOptions {
  /**
   * Once every answer was served: `repeat-last` (default) serves the last one again to every later
   * request, so a sequence of one answer never ends; `prism` lets Prism's example answers through
   * again.
   */
  readonly then?: 'repeat-last' | 'prism' | undefined;
}

/** How far a script got. */
export interface ScriptState {
  /** Requests it answered. */
  readonly served: number;
  /** Answers of its sequence not served yet (0 once the last was served, repeating or not). */
  readonly remaining: number;
}

/** The answer a request of a scripted operation takes: its place in the sequence and the call's number. */
export interface ScriptSlot {
  readonly answer: ScriptedAnswer;
  readonly index: number;
  readonly call: number;
}

/** An answer as the gateway sends it. */
export interface PreparedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

// Framing and content headers are the mock's: the body is always JSON, of the length it has.
const OWN_HEADERS = new Set(['content-type', 'content-length', 'transfer-encoding', 'connection']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answer as it would be sent, or what makes it one the API could not give. */
function prepare(
  cloud: CloudDescriptor,
  operation: string,
  answer: unknown,
): { ok: true; answer: PreparedAnswer } | { ok: false; problems: string[] } {
  if (!isPlainObject(answer)) return { ok: false, problems: ['an answer is an object { status?, body?, headers? }'] };
  const problems: string[] = [];
  const unknownKeys = Object.keys(answer).filter((key) => !['status', 'body', 'headers'].includes(key));
  if (unknownKeys.length > 0)
    problems.push(`unknown keys ${unknownKeys.join(', ')} (an answer has status, body, headers)`);
  const status = answer.status ?? 200;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
    return {
      ok: false,
      problems: [...problems, `status must be an integer from 200 to 599, not ${JSON.stringify(status)}`],
    };
  }
  const headers: Record<string, string> = {};
  if (answer.headers !== undefined) {
    if (!isPlainObject(answer.headers)) problems.push('headers must be an object of strings');
    else {
      for (const [name, value] of Object.entries(answer.headers)) {
        if (typeof value !== 'string') problems.push(`header ${name} must be a string`);
        else if (OWN_HEADERS.has(name.toLowerCase())) problems.push(`header ${name} is the mock's own`);
        else if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\r\n\0]/.test(value)) {
          problems.push(`header ${JSON.stringify(name)} is not a valid HTTP header`);
        } else headers[name.toLowerCase()] = value;
      }
    }
  }
  const documented = documentedResponse(cloud.id, operation, status);
  if (documented === undefined) {
    const statuses = documentedStatuses(cloud.id, operation).join(', ');
    return {
      ok: false,
      problems: [...problems, `${operation} documents no ${status} response (it documents ${statuses})`],
    };
  }
  let body: unknown;
  let text = '';
  if (documented.hasBody) {
    const value = cloud.gateway.completeBody(answer.body ?? {});
    if (typeof value === 'function' || typeof value === 'symbol') problems.push('body is not JSON data');
    else {
      try {
        text = bigintJson(value);
        // What a client reads: plain JSON data (bigints as numbers, for the schema check).
        body = JSON.parse(text) as unknown;
      } catch (error) {
        problems.push(
          `body is not JSON data (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
      }
    }
  }
  if (problems.length === 0) problems.push(...documented.problems(documented.hasBody ? body : answer.body));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    answer: {
      status,
      headers: {
        ...(documented.hasBody ? { 'content-type': 'application/json' } : {}),
        ...cloud.gateway.completeHeaders(headers),
      },
      body: text,
    },
  };
}

function describe(operation: string, index: number, problems: readonly string[]): string {
  return `the scripted answer [${index}] for ${operation} is not one the API could give: ${problems.join('; ')}`;
}

interface Script {
  readonly answers: readonly ScriptedAnswer[];
  readonly then: 'repeat-last' | 'prism';
  served: number;
}

/** One cloud's scripts. */
export class Scripts {
  readonly #cloud: CloudDescriptor;
  readonly #byOperation = new Map<string, Script>();

  /** The scripts of the cloud with this id. */
  constructor(cloud: string) {
    this.#cloud = cloudOf(cloud);
  }

  /**
   * Scripts `operation` (replacing its script, if any); throws when an answer given as an object
   * is not one the API could give, or the options are not known.
   */
  set(operation: string, answers: ScriptedAnswer | readonly ScriptedAnswer[], options: ScriptOptions = {}): void {
    const list: readonly ScriptedAnswer[] = Array.isArray(answers) ? answers : [answers as ScriptedAnswer];
    if (list.length === 0) throw new Error(`no answers scripted for ${operation}`);
    const then = options.then ?? 'repeat-last';
    if (then !== 'repeat-last' && then !== 'prism') {
      throw new Error(`then must be 'repeat-last' or 'prism', not ${JSON.stringify(then)}`);
    }
    list.forEach((answer, index) => {
      if (typeof answer === 'function') return;
      const prepared = prepare(this.#cloud, operation, answer);
      if (!prepared.ok) throw new Error(describe(operation, index, prepared.problems));
    });
    this.#byOperation.set(operation, { answers: [...list], then, served: 0 });
  }

  /** How far the script of `operation` got, or undefined when it has none. */
  state(operation: string): ScriptState | undefined {
    const script = this.#byOperation.get(operation);
    return script && { served: script.served, remaining: Math.max(0, script.answers.length - script.served) };
  }

  /**
   * Takes the next answer for a request of `operation` that Prism accepted, or undefined when it
   * is not scripted (or its script has run out into Prism's answers).
   */
  take(operation: string): ScriptSlot | undefined {
    const script = this.#byOperation.get(operation);
    if (script === undefined) return undefined;
    if (script.served >= script.answers.length && script.then === 'prism') return undefined;
    const index = Math.min(script.served, script.answers.length - 1);
    script.served += 1;
    return { answer: script.answers[index]!, index, call: script.served };
  }

  clear(): void {
    this.#byOperation.clear();
  }

  /**
   * The answer to send for a taken slot: the scripted one, or, when a function's answer is not one
   * the API could give (or the function threw), a 501 `MockScriptError` saying why.
   */
  async answer(
    operation: string,
    slot: ScriptSlot,
    record: RecordedRequest,
  ): Promise<{ answer: PreparedAnswer; served: ScriptedServe }> {
    let given: unknown;
    let problems: string[];
    try {
      given = typeof slot.answer === 'function' ? await slot.answer(record, slot.call) : slot.answer;
      const prepared = prepare(this.#cloud, operation, given);
      if (prepared.ok)
        return { answer: prepared.answer, served: { index: slot.index, call: slot.call, error: undefined } };
      problems = prepared.problems;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems = [typeof slot.answer === 'function' ? `the function threw: ${message}` : message];
    }
    const error = describe(operation, slot.index, problems);
    const refusal = this.#cloud.gateway.error(501, 'MockScriptError', error);
    return {
      answer: { status: refusal.status, headers: refusal.headers, body: JSON.stringify(refusal.body) },
      served: { index: slot.index, call: slot.call, error },
    };
  }
}
