import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_FILE } from '../../../src/history/historyStore';
import { parseRecord } from '../../../src/history/record';
import type { WriterJob, WriterReport } from '../../helpers/historyWriter';

const WRITER = join(__dirname, '..', '..', 'helpers', 'historyWriter.js');

/** Starts the writers, lets them go at once, and collects their reports. */
async function runWriters(jobs: readonly WriterJob[]): Promise<WriterReport[]> {
  const children = jobs.map(() => fork(WRITER, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const reports = children.map(
    (child) =>
      new Promise<WriterReport>((resolve, reject) => {
        child.on('message', (m: unknown) => {
          if (m !== 'ready') resolve(m as WriterReport);
        });
        child.once('exit', (code) => reject(new Error(`a writer exited (${code}) before reporting`)));
      }),
  );
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('message', resolve))));
  children.forEach((child, i) => child.send(jobs[i]!));
  return Promise.all(reports);
}

/** The file's length after `total` single-record appends: trimmed to `max` once past a tenth over it. */
function expectedLength(total: number, max: number): number {
  let lines = 0;
  for (let i = 0; i < total; i++) if (++lines > max + Math.ceil(max / 10)) lines = max;
  return lines;
}

describe('deletion history shared by several processes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hwc-history-procs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loses no record while two processes append and trim the same file', async function () {
    this.timeout(15_000);
    const max = 40;
    const count = 400;
    const reports = await runWriters(['A', 'B'].map((name) => ({ dir, name, count, max })));
    const spans = reports.flatMap((r) => r.spans);
    const text = readFileSync(join(dir, HISTORY_FILE), 'utf8');
    const kept = text.split('\n').filter((l) => l !== '').map((l) => parseRecord(l)?.taskId);
    const keptSet = new Set(kept);

    // Each process's records must be kept in its append order with none missing from within the kept
    // window: what is kept of a writer is exactly its newest records.
    const notNewest = reports
      .map(({ name }) => name)
      .filter((name) => {
        const mine = kept.filter((id) => id?.startsWith(`${name}-`));
        return mine.some((id, i) => id !== `${name}-${count - mine.length + i}`);
      });
    // Across processes, a dropped record must not be newer than a kept one. "Newer" only where it is certain:
    // its append began after the kept one's had ended. process.hrtime is the machine's monotonic clock, the
    // same in every process (CLOCK_MONOTONIC, mach_absolute_time, QueryPerformanceCounter).
    const oldestKeptEnd = spans.filter(([id]) => keptSet.has(id)).reduce((m, [, , end]) => (BigInt(end) < m ? BigInt(end) : m), 2n ** 63n);
    const lost = spans.filter(([id, began]) => !keptSet.has(id) && BigInt(began) > oldestKeptEnd);

    const errors = reports.flatMap((r) => r.errors);
    assert.deepEqual(
      {
        failedAppends: errors.length,
        endsWithWholeLine: text.endsWith('\n'),
        unparseableLines: kept.filter((id) => id === undefined).length,
        writtenTwice: kept.length - keptSet.size,
        writersMissingOneOfTheirNewest: notNewest,
        droppedThoughNewerThanAKeptOne: lost.length,
        // With nothing lost, the file holds exactly the newest records its bound allows.
        length: kept.length,
      },
      {
        failedAppends: 0,
        endsWithWholeLine: true,
        unparseableLines: 0,
        writtenTwice: 0,
        writersMissingOneOfTheirNewest: [],
        droppedThoughNewerThanAKeptOne: 0,
        length: expectedLength(spans.length, max),
      },
      `${spans.length} records appended by ${reports.length} processes; first failure: ${errors[0] ?? 'none'}`,
    );
  });
});
