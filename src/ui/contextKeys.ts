/** The view id and the context keys the manifest's `when` clauses use; the names live here and nowhere else. */
import * as vscode from 'vscode';

/** The tree view's id, as the manifest declares it. */
export const EXPLORER_VIEW = 'huaweicloudTasks.explorer';

export const ContextKeys = {
  /** True when at least one profile (stored or Environment) exists; drives the welcome view and the palette. */
  hasProfiles: 'huaweicloudTasks.hasProfiles',
  /**
   * True once `hasProfiles` has been set. Until then (the extension not yet activated) the palette still offers
   * the commands that need a profile, since running one is what activates the extension.
   */
  profilesKnown: 'huaweicloudTasks.profilesKnown',
  /** True while a task filter is active; shows "Clear Filter". */
  filterActive: 'huaweicloudTasks.filterActive',
} as const;

export function setContextKey(key: (typeof ContextKeys)[keyof typeof ContextKeys], value: unknown): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', key, value);
}
