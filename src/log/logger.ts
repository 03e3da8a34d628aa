/**
 * The logging surface the network layer writes to. The extension backs it with a LogOutputChannel;
 * tests back it with an array. Messages passed here must already be redacted.
 */
export interface Logger {
  trace(message: string, ...args: unknown[]): void;
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string | Error, ...args: unknown[]): void;
  /**
   * Whether lines of this level are kept. Lets callers skip building costly lines (redacted header
   * dumps) that would be dropped anyway. Absent means every level is kept.
   */
  isEnabled?(level: VerboseLevel): boolean;
}

/** The levels whose lines are costly to build and usually off. */
export type VerboseLevel = 'trace' | 'debug';

/** Whether the logger keeps lines of this level; a logger that cannot tell keeps them all. */
export function isLevelEnabled(logger: Logger, level: VerboseLevel): boolean {
  return logger.isEnabled?.(level) ?? true;
}

export const silentLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  isEnabled: () => false,
};
