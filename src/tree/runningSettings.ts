/** The running-task refresh interval setting, read where the refresher needs it (0 = off). */
import * as vscode from 'vscode';
import { SECTION } from '../settings';

export const DEFAULT_RUNNING_REFRESH_SECONDS = 15;

export function runningTaskRefreshSeconds(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('runningTaskRefreshSeconds', DEFAULT_RUNNING_REFRESH_SECONDS);
  return Number.isFinite(value) ? Math.min(3600, Math.max(0, Math.floor(value))) : DEFAULT_RUNNING_REFRESH_SECONDS;
}
