/**
 * The deletion history as a JSON-lines file in the extension's global storage: appended by every delete
 * and clean-up, bounded to the newest `max` records (the file is rewritten once it grows a tenth past
 * that), and passed through the key scrubber on the way in. Writes are queued, so records keep their
 * order and a reader sees every append made before it asked. Knows nothing of VS Code.
 *
 * Every VS Code window writes this one file from its own process. Each write (append, and the trim that
 * may follow) holds a lock file (./fileLock) for its whole length, so a trim's read and its rename have no
 * append between them, and two trims never run at once. Appending without the lock and locking only the
 * trim would not do: an append landing between the trim's read and its rename is lost. Readers take no
 * lock: the rename replaces the file in one step, and a line still being written is skipped as torn.
 * A window still running a version from before the lock takes none, and can drop records until reloaded.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withFileLock, type HeldLock, type LockOptions } from './fileLock';
import { fileIdentity, isWholeLine, readHistoryText, splitLines } from './historyFile';
import { parseRecord, RECORD_FIELDS, type DeletionRecord } from './record';

export const HISTORY_FILE = 'deletion-history.jsonl';
export const DEFAULT_MAX_RECORDS = 10_000;

export interface HistoryOptions {
  readonly max?: number;
  /** Removes anything secret from a text (the log's scrubber). */
  readonly scrub?: (text: string) => string;
  /** How long a write waits for other windows' writes, and when their lock counts as abandoned. */
  readonly lock?: LockOptions;
}

export class DeletionHistory {
  readonly file: string;
  private readonly max: number;
  private readonly scrub: (text: string) => string;
  private queue: Promise<void> = Promise.resolve();
  /** Records waiting for the next write: appends made while one write runs share the following one. */
  private pending: DeletionRecord[] = [];
  private flush?: Promise<void>;
  /** The file as this store's last write left it: while it still looks so, no other process has written. */
  private known?: { readonly identity: string; readonly lines: number };
  private readonly lockOptions: LockOptions;
  private readonly listeners = new Set<(records: readonly DeletionRecord[]) => void>();

  constructor(
    readonly directory: string,
    options: HistoryOptions = {},
  ) {
    this.file = join(directory, HISTORY_FILE);
    this.max = Math.max(1, options.max ?? DEFAULT_MAX_RECORDS);
    this.scrub = options.scrub ?? ((t) => t);
    this.lockOptions = options.lock ?? {};
  }

  /** Queues records for writing; resolves once they are on disk. Listeners hear of them at once. */
  append(records: readonly DeletionRecord[]): Promise<void> {
    if (records.length === 0) return this.queue;
    const clean = records.map((r) => this.clean(r));
    this.pending.push(...clean);
    for (const l of this.listeners) l(clean);
    this.flush ??= this.enqueue(() => this.write());
    return this.flush;
  }

  private async write(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.flush = undefined;
    await mkdir(this.directory, { recursive: true });
    await withFileLock(`${this.file}.lock`, (lock) => this.writeLocked(batch, lock), this.lockOptions);
  }

  private async writeLocked(batch: readonly DeletionRecord[], lock: HeldLock): Promise<void> {
    const known = this.known;
    this.known = undefined;
    let lines: number;
    let text = batch.map((r) => JSON.stringify(r) + '\n').join('');
    if (known && known.identity === (await fileIdentity(this.file))) {
      lines = known.lines;
    } else {
      // Another process wrote since, or this is the first write: count again, and end a torn last line
      // (a crash mid-append) so that it cannot swallow the first record of this batch.
      const current = await readHistoryText(this.file);
      lines = splitLines(current).length;
      if (current !== '' && !current.endsWith('\n')) text = '\n' + text;
    }
    await lock.assertHeld();
    await appendFile(this.file, text, 'utf8');
    lines += batch.length;
    if (lines > this.max + Math.ceil(this.max / 10)) lines = await this.trim(lock);
    const now = await fileIdentity(this.file);
    if (now !== undefined) this.known = { identity: now, lines };
  }

  /** Every kept record, oldest first. */
  async list(): Promise<DeletionRecord[]> {
    await this.queue;
    const records = splitLines(await readHistoryText(this.file)).map(parseRecord).filter((r): r is DeletionRecord => r !== undefined);
    return records.slice(-this.max);
  }

  onDidAppend(listener: (records: readonly DeletionRecord[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private clean(r: DeletionRecord): DeletionRecord {
    const out: Record<string, string> = {};
    for (const f of RECORD_FIELDS) {
      const v = r[f];
      if (typeof v === 'string') out[f] = this.scrub(v);
    }
    return out as unknown as DeletionRecord;
  }

  /** Rewrites the file with its newest `max` whole lines; returns how many that is. */
  private async trim(lock: HeldLock): Promise<number> {
    const kept = splitLines(await readHistoryText(this.file))
      .filter(isWholeLine)
      .slice(-this.max);
    // A name of our own: never another writer's temporary file, nor the `.tmp` older versions trim through.
    const tmp = `${this.file}.${process.pid}-${randomUUID()}.tmp`;
    try {
      await writeFile(tmp, kept.map((l) => l + '\n').join(''), 'utf8');
      await lock.assertHeld();
      // A rename replaces the file in one step, so a crash leaves either the old or the new history.
      await rename(tmp, this.file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    return kept.length;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    // A failed write must not block the ones after it; the caller still sees the failure.
    this.queue = next.catch(() => undefined);
    return next;
  }
}
