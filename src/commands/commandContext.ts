/** What every command receives: the extension's parts, with the prompts swappable for tests. */
import type { TreeView, Uri } from 'vscode';
import type { CloudBackend } from '../cloud/backend';
import type { Sessions } from '../cloud/sessions';
import type { FilterState } from '../filter/filterState';
import type { DeletionHistory } from '../history/historyStore';
import type { ExtensionLog } from '../ui/outputLogger';
import type { Logger } from '../log/logger';
import type { EndpointApprovals } from '../profiles/endpointApprovals';
import type { ProfileStore } from '../profiles/profileStore';
import type { ProjectChoices } from '../profiles/projectChoices';
import type { Settings } from '../model/settings';
import type { TasksTreeProvider } from '../tree/provider';
import type { TreeNode } from '../tree/treeNode';
import type { ReadOnlyDocuments } from '../ui/readOnlyDocuments';
import type { UserInput } from '../ui/userInput';

export interface CommandContext {
  readonly store: ProfileStore;
  /** Hosts outside the known clouds each profile may send its keys to (this machine only). */
  readonly approvals: EndpointApprovals;
  /** The projects each profile shows, when chosen (this machine only). */
  readonly projectChoices: ProjectChoices;
  readonly sessions: Sessions;
  readonly backend: CloudBackend;
  readonly tree: TasksTreeProvider;
  /** The tree's view: where a found task is revealed. */
  readonly view: TreeView<TreeNode>;
  readonly log: ExtensionLog;
  readonly logger: Logger;
  readonly settings: () => Settings;
  /** Where task details, clean-up previews and the deletion history open, read-only. */
  readonly documents: ReadOnlyDocuments;
  /** The tree's task filter (per workspace). */
  readonly filter: FilterState;
  /** Where every delete and clean-up records what it deleted. */
  readonly history: DeletionHistory;
  /** The current prompts; tests replace them through the extension's test API. */
  readonly ui: UserInput;
  /**
   * Whether a command's result goes back to its caller. Any extension can run our commands, and a result
   * that holds tree nodes reaches the connections behind them, so results are returned only to the
   * extension's own tests (`ExtensionMode.Test`).
   */
  readonly returnResults: boolean;
  /** Opens a web page outside VS Code (`vscode.env.openExternal`); tests replace it, as its question is a modal. */
  readonly openExternal: (uri: Uri) => Thenable<boolean>;
}

/** A command: a named function taking its dependencies and, from menus, the clicked and selected nodes. */
export type CommandHandler = (ctx: CommandContext, node?: unknown, selected?: unknown, ...rest: unknown[]) => Promise<unknown>;
