// The shell of the hand-written pages (index, CLI reference): one inline stylesheet, allowed by its
// hash in a Content-Security-Policy that allows nothing else, so these pages load nothing at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('./style.css', import.meta.url), 'utf8');
const cssHash = createHash('sha256').update(css).digest('base64');

export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${cssHash}'; base-uri 'none'; form-action 'none'`;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) as HTML: the five characters that can break out of either. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A whole page around `body` (already HTML); `title` is text. */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
