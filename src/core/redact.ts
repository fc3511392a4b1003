// The one place that masks secrets. Whatever text or value may reach a user (error messages,
// bodies of error responses, causes, debug lines, a dry run, the strict mock's records) passes
// through a Redactor built from the credentials in use and, for a request, the secret values it
// carries. Where a request's secrets sit comes from the operation table (`secrets`: the paths the
// codegen found marked `format: password`), never from a list of names here: a request shown as
// data (its parts, a URL's query, a form or JSON body) has the values at those paths masked
// whatever their length, and any text has each secret value masked in every form a request
// carries it (as is, JSON-escaped, percent-encoded).
import { bigintJson } from './json.js';
import type { SecretPath } from './operation-types.js';

export const MASK = '***';
// Shorter strings would mask ordinary words; real keys, secrets and tokens are far longer. Shorter
// request secrets are still masked wherever the request is shown as data (by path).
const MIN_SECRET_LENGTH = 6;
// Masked even when the secret itself is unknown: signatures, and token lines of a canonical request
// (the Huawei gateway quotes its canonical request, with `|` for newlines, when a signature fails).
const PATTERNS: readonly RegExp[] = [
  /(Signature=)[0-9A-Za-z+/=]{16,}/g,
  /((?:x-security-token|x-acs-security-token|x-auth-token|authorization)\s*[:=]\s*)[^\s|,"']+/gi,
];

/** `encodeURIComponent`, or the value itself where it has no UTF-8 form (a lone surrogate). */
function encoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The forms a value takes in a request's text: as is, JSON-escaped (a JSON body, a JSON-text
 * parameter), percent-encoded as a form or URL carries it (`*` raw or `%2A`, a space `%20` or `+`),
 * and percent-encoded JSON-escaped (a JSON-text query parameter).
 */
function variants(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const forms = new Set<string>([value, json]);
  for (const text of [value, json]) {
    const uri = encoded(text);
    forms.add(uri);
    forms.add(uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    forms.add(uri.replace(/%20/g, '+'));
  }
  return [...forms];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Calls `found` with each value at `rest` below `value` (`*`: every array item); a string where the
 * path goes on is JSON text (a JSON-text parameter), read with `parse` and, when `replace` is
 * given, written back with the replacement made. Returns the value with every replacement made.
 */
function walk(
  value: unknown,
  rest: readonly string[],
  visit: (value: unknown) => unknown,
  parse: (text: string) => unknown,
): unknown {
  if (rest.length === 0) return visit(value);
  const [step, ...below] = rest as [string, ...string[]];
  if (typeof value === 'string') {
    let decoded: unknown;
    try {
      decoded = parse(value);
    } catch {
      // Not JSON after all: the whole text stands for the secret inside it.
      return visit(value);
    }
    return bigintJson(walk(decoded, rest, visit, parse));
  }
  if (step === '*') return Array.isArray(value) ? value.map((item) => walk(item, below, visit, parse)) : value;
  if (!isRecord(value) || !Object.hasOwn(value, step)) return value;
  return { ...value, [step]: walk(value[step], below, visit, parse) };
}

/**
 * The secret values `parts` (a request by section: query, form, body, ...) holds at `paths`. A
 * secret that is a structure (an object, a list, JSON text of one: a whole JSON-text parameter
 * marked secret) gives its text and every value inside, since an answer may quote any of them.
 */
export function secretValues(
  parts: unknown,
  paths: readonly SecretPath[],
  parse: (text: string) => unknown = JSON.parse,
): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      const text = String(value);
      if (text !== '') found.add(text);
      if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
        try {
          visit(parse(value));
        } catch {
          // Plain text after all: the whole of it is the secret.
        }
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) Object.values(value).forEach(visit);
    return value;
  };
  for (const path of paths) walk(parts, path, visit, parse);
  return [...found];
}

/** `parts` with every value at `paths` replaced by the mask (inside JSON text too). */
export function maskParts<T>(parts: T, paths: readonly SecretPath[], parse: (text: string) => unknown = JSON.parse): T {
  let out: unknown = parts;
  for (const path of paths) out = walk(out, path, (value) => (value === undefined ? value : MASK), parse);
  return out as T;
}

/** The paths of one section (`query`, `form`, ...), without the section. */
function within(paths: readonly SecretPath[], section: string): SecretPath[] {
  return paths.filter((path) => path[0] === section).map((path) => path.slice(1));
}

/**
 * `name=value` pairs (a URL's query, a form body) with the values at `paths` masked, each pair left
 * exactly as it was otherwise. A flattened array item (`Name.1`) counts as its array's.
 */
function maskPairs(text: string, paths: readonly SecretPath[], parse: (text: string) => unknown): string {
  if (paths.length === 0 || text === '') return text;
  return text
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return pair;
      let name: string;
      let value: string;
      try {
        name = decodeURIComponent(pair.slice(0, eq).replace(/\+/g, ' '));
        value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
      } catch {
        return pair;
      }
      const item = /^(.+)\.\d+$/.exec(name)?.[1];
      const rules = paths.filter((path) => path[0] === name || (item !== undefined && path[0] === item));
      if (rules.length === 0) return pair;
      const masked = rules.reduce<unknown>((current, path) => {
        const below = path[0] === name ? path.slice(1) : path.slice(2);
        return walk(current, below, () => MASK, parse);
      }, value);
      return `${pair.slice(0, eq)}=${masked === MASK ? MASK : encoded(String(masked))}`;
    })
    .join('&');
}

export class Redactor {
  readonly #secrets: string[];

  constructor(secrets: Iterable<string | undefined>) {
    // Longest first, so a secret that contains another is masked whole.
    this.#secrets = [...new Set([...secrets].filter((s): s is string => (s?.length ?? 0) >= MIN_SECRET_LENGTH))].sort(
      (a, b) => b.length - a.length,
    );
  }

  /**
   * This redactor, also masking a request's secret values (`secretValues`) in text, in every form
   * the request carries them. Itself when there are none.
   */
  with(values: readonly string[]): Redactor {
    if (values.length === 0) return this;
    return new Redactor([...this.#secrets, ...values.flatMap(variants)]);
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.#secrets) out = out.split(secret).join(MASK);
    for (const pattern of PATTERNS) out = out.replace(pattern, `$1${MASK}`);
    return out;
  }

  /** A deep copy of a JSON-like value with every string redacted. */
  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.value(v)]));
    }
    return value;
  }

  /** A stand-in for a foreign error (e.g. fetch's TypeError) that keeps name, code and a redacted message. */
  error(error: unknown): Error {
    if (!(error instanceof Error)) return new Error(this.text(String(error)));
    const copy = new Error(this.text(error.message));
    copy.name = error.name;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(copy, { code });
    if (error.cause !== undefined) copy.cause = this.error(error.cause);
    return copy;
  }

  /** A request's parts (by section) as data, the secrets at `paths` masked, then every string redacted. */
  request<T>(parts: T, paths: readonly SecretPath[], parse?: (text: string) => unknown): T {
    return this.value(maskParts(parts, paths, parse)) as T;
  }

  /** A header value as sent: masked whole when it is a secret parameter (`paths` under `header`), else redacted. */
  header(name: string, value: string, paths: readonly SecretPath[]): string {
    const lower = name.toLowerCase();
    return within(paths, 'header').some((path) => path[0]?.toLowerCase() === lower) ? MASK : this.text(value);
  }

  /** A URL as sent, its query's secret parameters (`paths` under `query`) masked, then redacted. */
  url(url: string, paths: readonly SecretPath[]): string {
    const query = within(paths, 'query');
    const at = url.indexOf('?');
    if (query.length === 0 || at === -1) return this.text(url);
    const hash = url.indexOf('#', at);
    const end = hash === -1 ? url.length : hash;
    const masked = `${url.slice(0, at + 1)}${maskPairs(url.slice(at + 1, end), query, JSON.parse)}${url.slice(end)}`;
    return this.text(masked);
  }

  /**
   * A request body as sent, by its media type: a form's secret fields (`paths` under `form`) or a
   * JSON body's (under `body`, read with `parse`, e.g. one keeping big integers exact) masked, then
   * redacted. A body that does not read as its type is only redacted.
   */
  body(
    text: string,
    mediaType: string | null | undefined,
    paths: readonly SecretPath[],
    parse: (text: string) => unknown = JSON.parse,
  ): string {
    const type = (mediaType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'application/x-www-form-urlencoded') return this.text(maskPairs(text, within(paths, 'form'), parse));
    const json = within(paths, 'body');
    if (json.length === 0 || !/\bjson\b/.test(type)) return this.text(text);
    let parsed: unknown;
    try {
      parsed = parse(text);
    } catch {
      return this.text(text);
    }
    return this.text(bigintJson(maskParts(parsed, json, parse)));
  }
}
