// The docs' front page: one card per spec (title, version, summary, its operations' summaries, all
// read from the YAML) linking to its API reference, and a link to the CLI reference.
import type { OpenAPI3 } from 'openapi-typescript';
import { specOperations } from '../spec/document.js';
import { escapeHtml, htmlPage } from './html.js';

export interface ApiEntry {
  /** The API reference page, relative to the index. */
  readonly href: string;
  readonly title: string;
  readonly version: string;
  readonly summary: string;
  readonly operations: readonly { readonly method: string; readonly path: string; readonly summary: string }[];
}

/** The card of the spec `doc` of the cloud `name` (its reference page is `<name>.html`). */
export function apiEntry(name: string, doc: OpenAPI3): ApiEntry {
  return {
    href: `${name}.html`,
    title: doc.info.title,
    version: doc.info.version,
    summary: doc.info.summary ?? '',
    operations: specOperations(doc).map((o) => ({
      method: o.method.toUpperCase(),
      path: o.path,
      summary: o.operation.summary ?? o.operationId,
    })),
  };
}

function card(api: ApiEntry): string {
  const items = api.operations.map(
    (o) =>
      `<li>${escapeHtml(o.summary)} <span class="meta"><span class="method">${o.method}</span> <code>${escapeHtml(o.path)}</code></span></li>`,
  );
  return `<div class="card">
<h2><a href="${escapeHtml(api.href)}">${escapeHtml(api.title)}</a></h2>
<p class="meta">Version ${escapeHtml(api.version)}</p>
<p>${escapeHtml(api.summary)}</p>
<ul>
${items.join('\n')}
</ul>
</div>`;
}

export function renderIndex(apis: readonly ApiEntry[]): string {
  return htmlPage(
    'imagesec docs',
    `<h1>imagesec docs</h1>
<p class="lead">API references for the container-image security operations imagesec covers, and its command line. Everything here works offline.</p>
${apis.map(card).join('\n')}
<div class="card">
<h2><a href="cli.html">CLI reference</a></h2>
<p>Every <code>imagesec</code> command and its flags, exactly as <code>--help</code> prints them.</p>
</div>`,
  );
}
