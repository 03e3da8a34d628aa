/**
 * Benchmark #5 (activation → first tree rows) measured inside the real extension host: made first thing in
 * activate(), it times the first rows a profile level lists, once, and logs one info line with the
 * milliseconds since activate() began and since those rows were asked for (the user's click to expand is
 * in the first figure, not the second). The UI tier reads the line from the extension's log file. The
 * profile level, which owns those rows, reports them. Free of VS Code.
 */
import type { Logger } from '../log/logger';

/** The line's fixed start, which the UI tier looks for. */
export const FIRST_ROWS_MESSAGE = 'first tree rows:';

export class StartupTiming {
  private readonly startedAt: number;
  private reported = false;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.startedAt = now();
  }

  /** Passes a profile level's `rows` through unchanged; logs when the first of them since activation arrive. */
  firstRows<T>(rows: Promise<T[]>, logger: Logger): Promise<T[]> {
    if (this.reported) return rows;
    const asked = this.now();
    return rows.then((r) => {
      if (!this.reported) {
        this.reported = true;
        const at = this.now();
        logger.info(`${FIRST_ROWS_MESSAGE} ${r.length} rows ${ms(at - this.startedAt)} ms after activate() began; ${ms(at - asked)} ms after they were requested`);
      }
      return r;
    });
  }
}

const ms = (n: number): string => n.toFixed(1);
