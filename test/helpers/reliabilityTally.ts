/**
 * Counts the reliability cases by group and expected kind as they run, so the suite can end with one
 * summary (printed, and written next to the compiled tests for scripts/reliability-summary.mjs).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface TallyRow {
  readonly group: string;
  readonly kind: string;
  total: number;
  passed: number;
}

const rows = new Map<string, TallyRow>();

/** Registers a case before it runs; `pass` marks it passed once its assertions held. */
export function tallyCase(group: string, kind: string): { pass(): void } {
  const key = `${group}\u0000${kind}`;
  const row = rows.get(key) ?? { group, kind, total: 0, passed: 0 };
  rows.set(key, row);
  row.total++;
  return {
    pass: () => {
      row.passed++;
    },
  };
}

/** Runs a case's body and counts it as passed when it does not throw. */
export async function tallied(group: string, kind: string, body: () => Promise<void> | void): Promise<void> {
  const entry = tallyCase(group, kind);
  await body();
  entry.pass();
}

export function tallyRows(): TallyRow[] {
  return [...rows.values()].sort((a, b) => a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind));
}

export function formatTally(list: readonly TallyRow[] = tallyRows()): string {
  const groups = new Map<string, TallyRow[]>();
  for (const r of list) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const lines: string[] = [];
  let total = 0;
  let passed = 0;
  for (const [group, items] of groups) {
    const t = items.reduce((s, r) => s + r.total, 0);
    const p = items.reduce((s, r) => s + r.passed, 0);
    total += t;
    passed += p;
    lines.push(`  ${group}: ${p}/${t} passed (${items.map((r) => `${r.kind} ${r.passed}/${r.total}`).join(', ')})`);
  }
  return [`Reliability matrix: ${passed}/${total} cases passed`, ...lines].join('\n');
}

/** The compiled tests' root (`<out dir>`), where the summary file goes. */
export const SUMMARY_FILE = resolve(__dirname, '..', '..', 'reliability-summary.json');

export function writeTally(file: string = SUMMARY_FILE): void {
  writeFileSync(file, JSON.stringify({ rows: tallyRows() }, null, 2) + '\n');
}
