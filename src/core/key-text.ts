// A key pair as one word on a command line: `ID:SECRET`, or `ID:SECRET:TOKEN` for a temporary key
// (the token may itself hold colons).

export interface KeyText {
  readonly id: string;
  readonly secret: string;
  readonly token: string | undefined;
}

/** The parts of `ID:SECRET[:TOKEN]`, or undefined when the id or the secret is missing. */
export function parseKeyText(text: string): KeyText | undefined {
  const [id = '', secret = '', ...token] = text.split(':');
  if (id === '' || secret === '') return undefined;
  return { id, secret, token: token.length === 0 ? undefined : token.join(':') };
}
