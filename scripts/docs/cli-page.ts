// The CLI reference page: every `--help` text of the CLI, verbatim, one section each, with a table of
// contents. The text is the CLI's own (helpPages), so the page cannot drift from `--help`.
import type { HelpPage } from '../../src/cli/help.js';
import { escapeHtml, htmlPage } from './html.js';

export function renderCliReference(pages: readonly HelpPage[]): string {
  const toc = pages.map((p) => `<li><a href="#${escapeHtml(p.id)}"><code>${escapeHtml(p.title)}</code></a></li>`);
  const sections = pages.map(
    (p) => `<section id="${escapeHtml(p.id)}">
<h2><code>${escapeHtml(p.title)}</code></h2>
<pre>${escapeHtml(p.text)}</pre>
</section>`,
  );
  return htmlPage(
    'imagesec CLI reference',
    `<p class="meta"><a href="index.html">imagesec docs</a></p>
<h1>imagesec CLI reference</h1>
<p class="lead">What <code>imagesec … --help</code> prints, for every command.</p>
<nav aria-label="Commands">
<ol>
${toc.join('\n')}
</ol>
</nav>
${sections.join('\n')}`,
  );
}
