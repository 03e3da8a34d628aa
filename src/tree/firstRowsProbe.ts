/**
 * Benchmark #5 (activation → first tree rows) measured inside the real extension host: once per
 * activation, the first rows under a profile log one info line with the milliseconds since activate()
 * began and since those rows were asked for (the user's click to expand is in the first figure, not the
 * second). The UI tier reads the line from the extension's log file. Free of VS Code.
 */
import type { Logger } from '../net/logger';

/** The line's fixed start, which the UI tier looks for. */
export const FIRST_ROWS_MESSAGE = 'first tree rows:';

export class FirstRowsProbe {
  private startedAt: number | undefined;
  private reported = false;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** First thing in activate(): the clock starts, and the next profile's rows are reported again. */
  activationStarted(): void {
    this.startedAt = this.now();
    this.reported = false;
  }

  /** Passes `rows` through unchanged; logs when the first profile's rows since activation arrive. */
  watch<T>(isProfile: boolean, rows: Promise<T[]>, logger: Logger): Promise<T[]> {
    const started = this.startedAt;
    if (!isProfile || this.reported || started === undefined) return rows;
    const asked = this.now();
    return rows.then((r) => {
      if (!this.reported) {
        this.reported = true;
        const at = this.now();
        logger.info(`${FIRST_ROWS_MESSAGE} ${r.length} rows ${ms(at - started)} ms after activate() began; ${ms(at - asked)} ms after they were requested`);
      }
      return r;
    });
  }
}

const ms = (n: number): string => n.toFixed(1);

/** The extension's one probe: activate() starts it, the tree provider feeds it. */
export const firstRowsProbe = new FirstRowsProbe();
