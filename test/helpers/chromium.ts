// Debian's headless Chromium driven by playwright-core, for pages that must work offline: a page
// whose every request outside file:, data: and blob: is recorded and aborted, with its CSP
// violations and errors recorded too. No browser is ever downloaded: CI installs Debian's chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling Google's hosts, which this
// machine kind refuses (see the machine notes); --no-sandbox because tests run as root.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright gives every launch a new empty profile; each `openOffline` adds a fresh context. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium; .ci/run does it in CI). ` +
        'Playwright browser downloads are not used.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

const isLocal = (url: string): boolean => /^(file|data|blob):/.test(url);

export interface OfflinePage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every request to anything but file:, data: or blob: (each one aborted). */
  readonly offline: string[];
  /** Content-Security-Policy violations, as `<directive> <blocked URI>`. */
  readonly violations: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
}

export async function openOffline(browser: Browser): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const offline: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  await context.exposeFunction('__reportCspViolation', (violation: string) => violations.push(violation));
  // A string, not a function: tsconfig has no DOM lib, and this runs in the page.
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));`,
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!isLocal(request.url())) offline.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, context, offline, violations, errors };
}
