/** The context keys the manifest's `when` clauses use; the names live here and nowhere else. */
import * as vscode from 'vscode';

export const ContextKeys = {
  /** True when at least one profile (stored or Environment) exists; drives the welcome view. */
  hasProfiles: 'huaweicloudTasks.hasProfiles',
  /** True while a task filter is active; shows "Clear Filter". */
  filterActive: 'huaweicloudTasks.filterActive',
} as const;

export function setContextKey(key: (typeof ContextKeys)[keyof typeof ContextKeys], value: unknown): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', key, value);
}
