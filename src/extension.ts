import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Filled in as the tree and commands land.
}

export function deactivate(): void {}
