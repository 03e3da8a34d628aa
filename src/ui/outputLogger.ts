/**
 * The extension's one log: a LogOutputChannel (the person's chosen log level decides what shows), with
 * a component tag per line and every line passed through the secret scrubber.
 */
import * as vscode from 'vscode';
import type { Logger, VerboseLevel } from '../log/logger';
import { formatLogArgs, SecretScrubber } from '../log/scrubber';

export const LOG_CHANNEL_NAME = 'Huawei Cloud Tasks';

export class ExtensionLog implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  readonly scrubber = new SecretScrubber();
  private readonly taps = new Set<(line: string) => void>();

  constructor() {
    this.channel = vscode.window.createOutputChannel(LOG_CHANNEL_NAME, { log: true });
  }

  /** A logger whose lines start with `[component]`. */
  for(component: string): Logger {
    const line = (message: string | Error, args: unknown[]): string => {
      const text = this.scrubber.scrub(`[${component}] ${formatLogArgs(message, args)}`);
      for (const tap of this.taps) tap(text);
      return text;
    };
    return {
      trace: (m, ...a) => this.channel.trace(line(m, a)),
      debug: (m, ...a) => this.channel.debug(line(m, a)),
      info: (m, ...a) => this.channel.info(line(m, a)),
      warn: (m, ...a) => this.channel.warn(line(m, a)),
      error: (m, ...a) => this.channel.error(line(m, a)),
      isEnabled: (level) => this.isEnabled(level),
    };
  }

  /** Whether lines of this level reach anyone: the channel at its current level, or a listener of every line. */
  isEnabled(level: VerboseLevel): boolean {
    if (this.taps.size > 0) return true;
    const current = this.channel.logLevel;
    if (current === vscode.LogLevel.Off) return false;
    return current <= (level === 'trace' ? vscode.LogLevel.Trace : vscode.LogLevel.Debug);
  }

  /** Every line as written, whatever the channel's level (the extension-host tests read the log this way). */
  onDidWrite(listener: (line: string) => void): vscode.Disposable {
    this.taps.add(listener);
    return new vscode.Disposable(() => this.taps.delete(listener));
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
