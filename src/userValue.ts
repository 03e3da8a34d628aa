import type * as vscode from 'vscode';

/**
 * A setting from user settings (or its default), never from the workspace or a folder: for the settings
 * that decide where keys and signed requests go, or how much a delete must be confirmed. Their manifest
 * scope already keeps workspace values out; this holds even where that does not (an older VS Code, a
 * hand-edited `.vscode/settings.json`).
 */
export function userValue<T>(c: vscode.WorkspaceConfiguration, key: string, fallback: T): T {
  const inspected = c.inspect<T>(key);
  return inspected?.globalValue ?? inspected?.defaultValue ?? fallback;
}
