// The one place that masks secrets. Whatever text or value may reach a user (error messages,
// bodies of error responses, causes) passes through a Redactor built from the credentials in use.

const MASK = '***';
// Shorter strings would mask ordinary words; real keys, secrets and tokens are far longer.
const MIN_SECRET_LENGTH = 6;
// Masked even when the secret itself is unknown: signatures, and token lines of a canonical request
// (the Huawei gateway quotes its canonical request, with `|` for newlines, when a signature fails).
const PATTERNS: readonly RegExp[] = [
  /(Signature=)[0-9A-Za-z+/=]{16,}/g,
  /((?:x-security-token|x-acs-security-token|x-auth-token|authorization)\s*[:=]\s*)[^\s|,"']+/gi,
];

export class Redactor {
  readonly #secrets: string[];

  constructor(secrets: Iterable<string | undefined>) {
    // Longest first, so a secret that contains another is masked whole.
    this.#secrets = [...new Set([...secrets].filter((s): s is string => (s?.length ?? 0) >= MIN_SECRET_LENGTH))].sort(
      (a, b) => b.length - a.length,
    );
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
}
