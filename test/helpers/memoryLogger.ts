/** A Logger that keeps every line, formatted as an output channel would show it, for assertions. */
import { format } from 'node:util';
import type { Logger } from '../../src/log/logger';

export interface LogLine {
  readonly level: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  readonly text: string;
}

export function createMemoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string | Error, ...args: unknown[]): void => {
      lines.push({ level, text: format(message instanceof Error ? message.stack ?? message.message : message, ...args) });
    };
  // Every level on, so tests see (and check the redaction of) every line the client can write.
  return { logger: { trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), isEnabled: () => true }, lines };
}

/**
 * A memory logger that aborts `controller` the moment the client announces a retry wait, so a test can cancel
 * exactly during the backoff.
 */
export function abortOnRetryWait(controller: AbortController): Logger {
  const memory = createMemoryLogger();
  return {
    ...memory.logger,
    debug: (m: string, ...a: unknown[]) => {
      memory.logger.debug(m, ...a);
      if (m.includes('retrying in')) controller.abort();
    },
  };
}
