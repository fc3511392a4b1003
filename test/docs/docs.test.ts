// The offline docs in headless Chromium: built once into a temp dir, every page opened over file://.
// Any request outside file:, data: and blob: fails the test, as does a CSP violation or page error.
// What must render is read from the specs and from the CLI's own help pages.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExampleObject, MediaTypeObject, OpenAPI3, ParameterObject, RequestBodyObject } from 'openapi-typescript';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kebab } from '../../scripts/codegen/cli.js';
import { buildDocs } from '../../scripts/docs/build.js';
import { helpPages } from '../../src/cli/help.js';
import { SPEC_NAMES } from '../../src/mock/specs.js';
import {
  loadSpec,
  operationParameters,
  specOperations,
  resolveRef,
  type SpecOperation,
} from '../../scripts/spec/document.js';
import { launchChromium, openOffline, type OfflinePage } from '../helpers/chromium.js';

const SCREENSHOTS = fileURLToPath(new URL('../../reports/docs/', import.meta.url));

// Redoc's search index probes for eval, which the CSP refuses; it then indexes without workers.
const TOLERATED_VIOLATIONS = ['script-src eval'];

// Values a reader would look for in the request samples. They guard the generic checks below
// (every example value read from the spec) against passing because they found nothing to check.
const NAMED_SAMPLES = {
  hss: ['97daa311-d91d-4b9b-97ed-05b168344470', 'CVE-2024-6387'],
  sas: ['vul_fix', 'cve'],
} as const;

let dir = '';
let browser: Browser | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'imagesec-docs-'));
  await Promise.all([buildDocs(dir), mkdir(SCREENSHOTS, { recursive: true })]);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

/**
 * Opens a built page offline and runs `check` on it; saves a full-page screenshot to reports/docs/
 * (also after a failed check: it is an artifact, never the reason a test fails); then asserts that
 * the page stayed offline and raised no errors.
 */
async function visit(
  file: string,
  check: (visit: OfflinePage) => Promise<void>,
  screenshot = file.replace(/\.html$/, '.png'),
) {
  if (browser === undefined) throw new Error('Chromium did not start (see beforeAll)');
  const visit = await openOffline(browser);
  try {
    await visit.page.goto(pathToFileURL(join(dir, file)).href);
    await check(visit);
  } finally {
    await visit.page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true }).catch(() => undefined);
    await visit.context.close();
  }
  expect(visit.offline, 'requests that left file:, data: and blob:').toEqual([]);
  expect(
    visit.violations.filter((v) => !TOLERATED_VIOLATIONS.includes(v)),
    'CSP violations',
  ).toEqual([]);
  expect(visit.errors, 'page and console errors').toEqual([]);
}

function parametersOf(doc: OpenAPI3, op: SpecOperation): ParameterObject[] {
  return operationParameters(doc, op);
}

/** The example value of a parameter: `example`, else the first of `examples`. */
function parameterExample(doc: OpenAPI3, parameter: ParameterObject): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  return first === undefined ? undefined : resolveRef<ExampleObject>(doc, first).value;
}

/** The top-level scalar values (and scalars of top-level arrays) of the first JSON request example:
 * what the request sample shows without expanding nested objects. */
function requestSampleValues(doc: OpenAPI3, op: SpecOperation): unknown[] {
  if (op.operation.requestBody === undefined) return [];
  const content = resolveRef<RequestBodyObject>(doc, op.operation.requestBody).content['application/json'];
  if (content === undefined) return [];
  const media = resolveRef<MediaTypeObject>(doc, content);
  const first = Object.values(media.examples ?? {})[0];
  const example: unknown = first === undefined ? media.example : resolveRef<ExampleObject>(doc, first).value;
  if (typeof example !== 'object' || example === null) return [];
  return Object.values(example)
    .flatMap((v: unknown) => (Array.isArray(v) ? (v as unknown[]) : [v]))
    .filter((v) => v === null || typeof v !== 'object');
}

describe.each(SPEC_NAMES)('API reference %s.html', (name) => {
  it('renders every operation with its parameters and request sample', { timeout: 60_000 }, async () => {
    const doc = await loadSpec(name);
    const seen: string[] = [];
    await visit(`${name}.html`, async ({ page }) => {
      await page.locator('h1', { hasText: doc.info.title }).waitFor();
      const menuItem = (text: string) => page.getByTestId('menu-item-label').filter({ hasText: text }).first();
      for (const op of specOperations(doc)) {
        const summary = op.operation.summary ?? op.operationId;
        // Operations sit in a collapsed group per tag: open it, then go to the operation.
        // (The tag's label exactly: a title may contain a tag's name, in any case.)
        const tag = op.operation.tags?.[0] ?? '';
        const group = page.getByTestId('menu-item-label').getByText(tag, { exact: true }).first();
        if (!(await menuItem(summary).isVisible())) await group.click();
        await menuItem(summary).click();
        const heading = page.locator('h2', { hasText: summary });
        await heading.waitFor();
        // Redoc 3's markup: a section per operation, descriptions in the middle panels, samples
        // in the right ones.
        const section = page.locator('[data-section-id]', { has: heading });
        const description = section.getByTestId('middle-panel');
        for (const parameter of parametersOf(doc, op)) {
          await description.getByText(parameter.name, { exact: true }).first().waitFor();
          const example = parameterExample(doc, parameter);
          // Redoc shows a query example as name=value; long values are cut short, so skip those.
          if (parameter.in === 'query' && typeof example === 'string' && example.length <= 40) {
            // Polled: the panel may still be rendering its text when the parameter's name is there.
            await expect
              .poll(async () => (await description.allInnerTexts()).join('\n'), { timeout: 10_000 })
              .toContain(`${parameter.name}=${example}`);
            seen.push(example);
          }
        }
        // The request samples: our x-codeSamples (test/docs/code-samples.test.ts runs them), SDK
        // first, then CLI and the payload, picked from a dropdown.
        const sample = section.locator('.panel-request-samples');
        const method = op.operationId.charAt(0).toLowerCase() + op.operationId.slice(1);
        const pick = async (shown: string, wanted: string) => {
          await sample.getByRole('button', { name: shown, exact: true }).click();
          // The dropdown's menu opens outside the panel.
          await page.getByRole('menuitem', { name: wanted, exact: true }).click();
          // Settled once the dropdown names the new sample and its menu has closed.
          await sample.getByRole('button', { name: wanted, exact: true }).waitFor();
          await page.getByRole('menuitem').first().waitFor({ state: 'detached' });
        };
        // Redoc keeps the sample last picked, for every operation: go back to the SDK one first.
        const shown = await sample.getByRole('button', { name: /^(SDK|CLI|Payload)$/ }).innerText();
        if (shown !== 'SDK') await pick(shown, 'SDK');
        // Polled, as the parameters above: the panel may show the sample picked before for a moment
        // after the dropdown names the new one (seen once on a loaded CI machine, Node 26).
        const shows = (text: string, what: string) =>
          expect
            .poll(() => sample.innerText(), { message: `${op.operationId} ${what}`, timeout: 10_000 })
            .toContain(text);
        await shows(`.${method}(`, 'SDK sample');
        await pick('SDK', 'CLI');
        await shows(`imagesec ${name} `, 'CLI sample');
        // An operation without a request body has no payload sample.
        if (op.operation.requestBody === undefined) continue;
        await pick('CLI', 'Payload');
        const sampleText = await sample.innerText();
        for (const value of requestSampleValues(doc, op)) {
          expect(sampleText, `${op.operationId} request sample`).toContain(JSON.stringify(value));
          seen.push(String(value));
        }
      }
    });
    expect(seen).toEqual(expect.arrayContaining([...NAMED_SAMPLES[name]]));
  });

  it('finds an operation by search (the index works under the CSP)', { timeout: 30_000 }, async () => {
    const doc = await loadSpec(name);
    const summary = specOperations(doc).at(-1)?.operation.summary ?? '';
    await visit(
      `${name}.html`,
      async ({ page }) => {
        await page.getByTestId('search-trigger').click();
        await page.keyboard.insertText(summary);
        await page.locator('[data-component-name="Search/SearchItem"]', { hasText: summary }).first().waitFor();
      },
      `${name}-search.png`,
    );
  });
});

it('index.html lists each API from its spec and its links open the references', { timeout: 30_000 }, async () => {
  await visit('index.html', async ({ page }) => {
    for (const name of SPEC_NAMES) {
      const doc = await loadSpec(name);
      const link = page.getByRole('link', { name: doc.info.title, exact: true });
      const card = await page.locator('.card', { has: link }).innerText();
      expect(card).toContain(`Version ${doc.info.version}`);
      expect(card).toContain(doc.info.summary);
      for (const op of specOperations(doc)) expect(card).toContain(op.operation.summary);
      await link.click();
      await page.waitForURL(`**/${name}.html`);
      await page.locator('h1', { hasText: doc.info.title }).waitFor();
      await page.goBack();
    }
    await page.getByRole('link', { name: 'CLI reference', exact: true }).click();
    await page.waitForURL('**/cli.html');
    await page.locator('h1', { hasText: 'CLI reference' }).waitFor();
    await page.goBack();
    await page.locator('h1', { hasText: 'imagesec docs' }).waitFor();
  });
});

it('cli.html holds every --help page verbatim, with a section per operation command', { timeout: 30_000 }, async () => {
  const pages = helpPages();
  await visit('cli.html', async ({ page }) => {
    for (const help of pages) {
      const section = page.locator(`section[id="${help.id}"]`);
      expect(await section.locator('h2').innerText()).toBe(help.title);
      expect(await section.locator('pre').textContent()).toBe(help.text);
    }
    for (const name of SPEC_NAMES) {
      for (const op of specOperations(await loadSpec(name))) {
        const command = `imagesec ${name} ${kebab(op.operationId)}`;
        const section = page.locator(`section[id="${name}-${kebab(op.operationId)}"]`);
        expect(await section.locator('h2').innerText()).toBe(command);
        expect((await section.locator('pre').innerText()).replace(/\s+/g, ' ')).toContain(op.operation.summary);
      }
    }
    const last = pages.at(-1);
    if (last === undefined) throw new Error('no help pages');
    await page.getByRole('link', { name: last.title, exact: true }).click();
    await page.waitForURL(`**/cli.html#${last.id}`);
  });
});
