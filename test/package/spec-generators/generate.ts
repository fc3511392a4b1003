// The two generators as their users configure them, run in this process through their
// programmatic APIs (one call per document, no CLI child): @hey-api/openapi-ts with its fetch
// client, and orval with its fetch client, a fetch mutator (where the signing goes) and
// `headers: true` (without it orval leaves header parameters, SAS's x-acs-action among them, out
// of the functions it generates).
import { join } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { generate } from 'orval';
import type { Cloud, PlannedDocument } from './plan.js';

export const TOOLS = ['hey-api', 'orval'] as const;
export type Tool = (typeof TOOLS)[number];

/** Where each tool's client for a document goes, relative to the consumer folder. */
export const heyApiFolder = (document: PlannedDocument) => `hey-api/${document.slug}`;
export const orvalFile = (document: PlannedDocument) => `orval/${document.slug}.ts`;
/** The orval mutator of a cloud (the user's own file, written by programs.ts). */
export const orvalMutator = (cloud: Cloud) => ({ path: `orval/${cloud}-fetch.ts`, name: `${cloud}Fetch` });

export async function generateClients(consumer: string, root: string, document: PlannedDocument): Promise<void> {
  const input = join(root, document.document);
  await createClient({
    input,
    output: { path: join(consumer, heyApiFolder(document)), importFileExtension: '.js' },
    plugins: ['@hey-api/client-fetch'],
    logs: { level: 'silent' },
  });
  const mutator = orvalMutator(document.cloud);
  await generate(
    {
      input: { target: input },
      output: {
        target: join(consumer, orvalFile(document)),
        client: 'fetch',
        headers: true,
        override: { mutator: { path: join(consumer, mutator.path), name: mutator.name } },
      },
    },
    consumer,
    { logLevel: 'error', throwOnError: true },
  );
}
