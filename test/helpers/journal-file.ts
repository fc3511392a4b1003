// Reads a bulk run's journal (--journal) as a test sees it: the records in order, and each line's
// last state. Written apart from src/cli/journal.ts so the tests check the format, not the reader.
import { readFile } from 'node:fs/promises';

export interface JournalRecord {
  readonly journal?: string;
  readonly command?: string;
  readonly line?: number;
  readonly hash?: string;
  readonly state?: 'sent' | 'succeeded' | 'failed' | 'unknown';
  readonly status?: number;
  readonly type?: string;
  readonly code?: string;
  readonly requestId?: string;
}

export async function journalRecords(path: string): Promise<JournalRecord[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((row) => row !== '')
    .map((row) => JSON.parse(row) as JournalRecord);
}

/** Line number → its last recorded state. */
export async function journalStates(path: string): Promise<Map<number, NonNullable<JournalRecord['state']>>> {
  const states = new Map<number, NonNullable<JournalRecord['state']>>();
  for (const record of await journalRecords(path))
    if (record.line !== undefined && record.state !== undefined) states.set(record.line, record.state);
  return states;
}
