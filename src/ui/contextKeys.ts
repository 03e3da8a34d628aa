/** The view id and the context keys the manifest's `when` clauses use; the names live here and nowhere else. */
import * as vscode from 'vscode';

/** The tree view's id, as the manifest declares it. */
export const EXPLORER_VIEW = 'huaweicloudTasks.explorer';

export const ContextKeys = {
  /** True when at least one profile (stored or Environment) exists; drives the welcome view. */
  hasProfiles: 'huaweicloudTasks.hasProfiles',
  /** True while a task filter is active; shows "Clear Filter". */
  filterActive: 'huaweicloudTasks.filterActive',
} as const;

export function setContextKey(key: (typeof ContextKeys)[keyof typeof ContextKeys], value: unknown): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', key, value);
}
