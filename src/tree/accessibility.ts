/**
 * A row's accessible name. VS Code reads a row's string tooltip to screen readers in place of its label and
 * description, so every row names itself: its label first (what a person sees, and what they search by),
 * then its description and any hint on what a click does.
 */
import type * as vscode from 'vscode';

export function rowAccessibility(label: string, ...more: ReadonlyArray<string | undefined>): vscode.AccessibilityInformation {
  return { label: [label, ...more].filter((part) => part !== undefined && part !== '').join(', '), role: 'treeitem' };
}
