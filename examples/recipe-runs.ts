// Each recipe of recipes.ts with the cloud whose client it takes and, for the image loop's, the scene
// the mock plays first (scenes.ts): what `npm start` runs against the embedded mock after the
// operations. They change things (whitelist entries, scans, fixes), so they run against the mock
// only, with short delays between polls. scripts/start.ts reads this list and names no cloud itself.
import type { HssClient, SasClient } from 'imagesec';
import * as recipes from './recipes.js';

export interface RecipeRun {
  /** The id of the cloud whose client the recipe takes (`imagesec <id> …`). */
  readonly cloud: string;
  readonly name: string;
  /** Runs the recipe with a client of its cloud; a gate answers whether the CI step would pass. */
  readonly run: (client: unknown, report: () => void) => Promise<unknown>;
  /** The scene the mock plays before the recipe runs. */
  readonly scene?: string | undefined;
}

/** A few milliseconds between polls: the mock's scenes move on at every poll. */
const MOCK_POLLS = { minDelayMs: 20, maxDelayMs: 100 } as const;
const ACCEPTED = { vulnerabilities: ['CVE-2024-6387'], baselineRules: ['1.1'] };

function onHss(name: string, run: (hss: HssClient, report: () => void) => Promise<unknown>, scene?: string): RecipeRun {
  return { cloud: 'hss', name, run: (client, report) => run(client as HssClient, report), scene };
}

function onSas(name: string, run: (sas: SasClient, report: () => void) => Promise<unknown>, scene?: string): RecipeRun {
  return { cloud: 'sas', name, run: (client, report) => run(client as SasClient, report), scene };
}

export const RECIPE_RUNS: readonly RecipeRun[] = [
  onHss('ignoreSensitiveFindings', (hss, report) => recipes.ignoreSensitiveFindings(hss, report)),
  onHss('whitelistVulnerabilities', (hss, report) => recipes.whitelistVulnerabilities(hss, report)),
  onHss('rescanFailedImages', (hss, report) => recipes.rescanFailedImages(hss, report)),
  onHss('exportSecurityReport', (hss, report) => recipes.exportSecurityReport(hss, report)),
  onSas('fixImageVulnerabilities', (sas, report) => recipes.fixImageVulnerabilities(sas, report)),
  onHss('hssScanGate', (hss, report) => recipes.hssScanGate(hss, MOCK_POLLS, report), 'hss-scan-gate'),
  onHss(
    'hssAcceptAndVerify',
    (hss, report) => recipes.hssAcceptAndVerify(hss, ACCEPTED, MOCK_POLLS, report),
    'hss-accept-and-verify',
  ),
  onSas('sasScanGate', (sas, report) => recipes.sasScanGate(sas, MOCK_POLLS, report), 'sas-scan-gate'),
  onSas(
    'sasAcceptAndVerify',
    (sas, report) => recipes.sasAcceptAndVerify(sas, ['hc.image.checklist.identify.ak_leak.item'], MOCK_POLLS, report),
    'sas-accept-and-verify',
  ),
];
