// The shape of the bench report (reports/bench.json, and what the table is rendered from): the
// machine, and one entry per section that ran (`--only` runs some of them).
import type { BundleResult } from './bundle.js';
import type { ColdStart } from './cold-start.js';
import type { EndToEndResult } from './end-to-end.js';
import type { JournalCost } from './journal.js';
import type { MemoryResult } from './memory.js';
import type { ProfileResult } from './profile.js';
import type { SigningResult } from './signing.js';

export const SECTIONS = ['calls', 'profile', 'signing', 'bundles', 'cold-start', 'journal', 'memory'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Report {
  readonly date: string;
  readonly machine: { node: string; platform: string; cpu: string; cores: number };
  readonly quick: boolean;
  readonly sections: readonly Section[];
  calls?: EndToEndResult;
  profile?: ProfileResult;
  signing?: SigningResult;
  bundles?: BundleResult;
  coldStart?: ColdStart[];
  journal?: JournalCost;
  memory?: MemoryResult;
}
