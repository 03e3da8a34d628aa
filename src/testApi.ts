/**
 * Internal: what `activate` returns, for the extension-host tests only. Not a public API; it may change
 * in any release.
 */
import type * as vscode from 'vscode';
import type { ExtensionLog } from './log/outputLogger';
import type { ProfileStore } from './profiles/profileStore';
import type { TasksTreeProvider } from './tree/provider';
import type { UserInput } from './ui/userInput';

export interface ExtensionTestApi {
  readonly tree: TasksTreeProvider;
  readonly store: ProfileStore;
  readonly log: ExtensionLog;
  readonly globalState: vscode.Memento;
  /** Replaces the prompts (the scripted ones in tests); returns the previous ones. */
  setUserInput(input: UserInput): UserInput;
}
