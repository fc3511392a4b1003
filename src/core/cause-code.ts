// The `code` of a failure, read down its cause chain: network, decoder and system errors carry it
// there (fetch's TypeError keeps the node error as its cause), a few wrappers deep at most.

/** The first string `code` down the cause chain (five errors deep) that `accept` takes, if any. */
export function causeCode(error: unknown, accept: (code: string) => boolean = () => true): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && accept(code)) return code;
  }
  return undefined;
}
