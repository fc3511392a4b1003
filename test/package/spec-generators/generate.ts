// The two generators as their users configure them, run in this process through their
// programmatic APIs (no CLI child): @hey-api/openapi-ts with its fetch
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

/** Both tools' clients for every document: hey-api's in one call (its array form), orval's side by side. */
export async function generateClients(
  consumer: string,
  root: string,
  documents: readonly PlannedDocument[],
): Promise<void> {
  const heyApi = createClient(
    documents.map((document) => ({
      input: join(root, document.document),
      output: { path: join(consumer, heyApiFolder(document)), importFileExtension: '.js' },
      plugins: ['@hey-api/client-fetch'],
      logs: { level: 'silent' as const },
    })),
  );
  const orval = documents.map((document) => {
    const mutator = orvalMutator(document.cloud);
    return generate(
      {
        input: { target: join(root, document.document) },
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
  });
  await Promise.all([heyApi, ...orval]);
}
