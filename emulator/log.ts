/** The request log tests assert on, and the in-flight counter behind the peak-concurrency figure. */
import type { LogEntry } from './types';

/** Oldest entries are dropped beyond this, so long benchmark runs do not grow memory without bound. */
const MAX_ENTRIES = 100_000;

export class RequestLog {
  private entries: LogEntry[] = [];
  private inFlight = 0;
  private peak = 0;

  begin(): void {
    this.inFlight++;
    if (this.inFlight > this.peak) this.peak = this.inFlight;
  }

  end(entry: LogEntry): void {
    this.inFlight--;
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): LogEntry[] {
    return [...this.entries];
  }

  peakConcurrency(): number {
    return this.peak;
  }

  /** Clears the entries and restarts the peak from the requests now in flight. */
  clear(): void {
    this.entries = [];
    this.peak = this.inFlight;
  }
}
