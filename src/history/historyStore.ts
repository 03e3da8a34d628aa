/**
 * The deletion history as a JSON-lines file in the extension's global storage: appended by every delete
 * and clean-up, bounded to the newest `max` records (the file is rewritten once it grows a tenth past
 * that), and passed through the key scrubber on the way in. Writes are queued, so records keep their
 * order and a reader sees every append made before it asked. Knows nothing of VS Code.
 */
import { mkdir, readFile, rename, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRecord, RECORD_FIELDS, type DeletionRecord } from './record';

export const HISTORY_FILE = 'deletion-history.jsonl';
export const DEFAULT_MAX_RECORDS = 10_000;

export interface HistoryOptions {
  readonly max?: number;
  /** Removes anything secret from a text (the log's scrubber). */
  readonly scrub?: (text: string) => string;
}

export class DeletionHistory {
  readonly file: string;
  private readonly max: number;
  private readonly scrub: (text: string) => string;
  private queue: Promise<void> = Promise.resolve();
  /** Records waiting for the next write: appends made while one write runs share the following one. */
  private pending: DeletionRecord[] = [];
  private flush?: Promise<void>;
  /** Lines in the file, once known; counted on the first write. */
  private lines?: number;
  private readonly listeners = new Set<(records: readonly DeletionRecord[]) => void>();

  constructor(
    readonly directory: string,
    options: HistoryOptions = {},
  ) {
    this.file = join(directory, HISTORY_FILE);
    this.max = Math.max(1, options.max ?? DEFAULT_MAX_RECORDS);
    this.scrub = options.scrub ?? ((t) => t);
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
    this.lines ??= (await this.readLines()).length;
    await appendFile(this.file, batch.map((r) => JSON.stringify(r) + '\n').join(''), 'utf8');
    this.lines += batch.length;
    if (this.lines > this.max + Math.ceil(this.max / 10)) await this.trim();
  }

  /** Every kept record, oldest first. */
  async list(): Promise<DeletionRecord[]> {
    await this.queue;
    const records = (await this.readLines()).map(parseRecord).filter((r): r is DeletionRecord => r !== undefined);
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

  private async trim(): Promise<void> {
    const kept = (await this.readLines()).slice(-this.max);
    const tmp = `${this.file}.tmp`;
    await writeFile(tmp, kept.map((l) => l + '\n').join(''), 'utf8');
    // A rename replaces the file in one step, so a crash leaves either the old or the new history.
    await rename(tmp, this.file);
    this.lines = kept.length;
  }

  private async readLines(): Promise<string[]> {
    try {
      return (await readFile(this.file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    // A failed write must not block the ones after it; the caller still sees the failure.
    this.queue = next.catch(() => undefined);
    return next;
  }
}
