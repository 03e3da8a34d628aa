/**
 * Internal: what `activate` returns, for the extension-host tests only. Not a public API; it may change
 * in any release.
 */
import type * as vscode from 'vscode';
import { runCleanUp, type CleanupResult } from './commands/cleanUpTasks';
import type { CommandContext } from './commands/commandContext';
import type { FilterState } from './filter/filterState';
import type { DeletionHistory } from './history/historyStore';
import type { ExtensionLog } from './ui/outputLogger';
import type { ProfileStore } from './profiles/profileStore';
import type { TasksTreeProvider } from './tree/provider';
import type { RunningTaskRefresher } from './tree/runningRefresher';
import type { TreeNode } from './tree/treeNode';
import type { UserInput } from './ui/userInput';

export interface ExtensionTestApi {
  readonly tree: TasksTreeProvider;
  readonly store: ProfileStore;
  readonly log: ExtensionLog;
  readonly globalState: vscode.Memento;
  readonly filter: FilterState;
  readonly history: DeletionHistory;
  readonly running: RunningTaskRefresher<TreeNode>;
  readonly workspaceState: vscode.Memento;
  /** The extension's own SecretStorage: tests write to it as another window would. */
  readonly secrets: vscode.SecretStorage;
  /** The tree view itself, to expand rows as a person would (VS Code then reloads them on a refresh). */
  readonly view: vscode.TreeView<TreeNode>;
  /** The tree view's description (where the active filter shows). */
  viewDescription(): string | undefined;
  /** The tree view's badge (the running tasks loaded). */
  viewBadge(): vscode.ViewBadge | undefined;
  /** Replaces the prompts (the scripted ones in tests); returns the previous ones. */
  setUserInput(input: UserInput): UserInput;
  /** Replaces how web pages are opened (VS Code asks about each new site in a modal); returns the previous way. */
  setOpenExternal(open: CommandContext['openExternal']): CommandContext['openExternal'];
  /** The clean-up command, with `signal` standing in for its notification's Cancel button. */
  cleanUp(node: unknown, signal: AbortSignal): Promise<CleanupResult>;
}

export type MutableCommandContext = { -readonly [K in keyof CommandContext]: CommandContext[K] };

export interface TestApiParts {
  readonly globalState: vscode.Memento;
  readonly workspaceState: vscode.Memento;
  readonly running: RunningTaskRefresher<TreeNode>;
  readonly view: vscode.TreeView<TreeNode>;
  readonly secrets: vscode.SecretStorage;
}

export function createTestApi(ctx: MutableCommandContext, parts: TestApiParts): ExtensionTestApi {
  const { globalState, running, workspaceState, view, secrets } = parts;
  return {
    tree: ctx.tree,
    store: ctx.store,
    log: ctx.log,
    globalState,
    filter: ctx.filter,
    history: ctx.history,
    running,
    workspaceState,
    secrets,
    view,
    viewDescription: () => view.description,
    viewBadge: () => view.badge,
    cleanUp: (node, signal) => runCleanUp(ctx, node, signal),
    setOpenExternal(open) {
      const previous = ctx.openExternal;
      ctx.openExternal = open;
      return previous;
    },
    setUserInput(input) {
      const previous = ctx.ui;
      ctx.ui = input;
      return previous;
    },
  };
}
