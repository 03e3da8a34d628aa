import * as vscode from 'vscode';
import { RealBackend } from './cloud/realBackend';
import { Sessions } from './cloud/sessions';
import { registerCommands } from './commands/registerCommands';
import { EXPLORER_VIEW } from './ui/contextKeys';
import { ExtensionLog } from './ui/outputLogger';
import { EndpointApprovals } from './profiles/endpointApprovals';
import { environmentSource } from './profiles/environmentSource';
import { ProjectChoices } from './profiles/projectChoices';
import { ProfileStore } from './profiles/profileStore';
import { reactToChanges } from './reactions';
import { readSettings } from './settings';
import { TaskFeatures } from './taskFeatures';
import { createTestApi, type ExtensionTestApi, type MutableCommandContext } from './testApi';
import { TasksTreeProvider } from './tree/provider';
import { StartupTiming } from './tree/startupTiming';
import { endpointGate } from './ui/endpointApproval';
import { READ_ONLY_SCHEME, ReadOnlyDocuments } from './ui/readOnlyDocuments';
import { VsCodeUserInput } from './ui/vscodeUserInput';
import { Limiter } from './util/limiter';

export function activate(context: vscode.ExtensionContext): ExtensionTestApi | undefined {
  const startup = new StartupTiming();
  const log = new ExtensionLog();
  const logger = log.for('extension');
  context.subscriptions.push(log);

  const store = new ProfileStore(context.globalState, context.secrets, environmentSource(log.scrubber, () => readSettings().environment));
  const approvals = new EndpointApprovals(context.globalState);
  const projectChoices = new ProjectChoices(context.globalState);
  const backend = RealBackend.forDisplayLanguage(vscode.env.language);
  // The gate asks through the current prompts, which the test API may have replaced since.
  const gate = endpointGate(approvals, () => ctx.ui);
  const sessions = new Sessions({ backend, store, settings: readSettings, scrubber: log.scrubber, logger: log.for('net'), gate });
  const limiter = new Limiter(readSettings().concurrency);
  context.subscriptions.push(store);

  const features = new TaskFeatures(context, log);
  const tree = new TasksTreeProvider(store, {
    sessions, settings: readSettings, projectChoices, limiter, logger: log.for('tree'), now: () => new Date(), filter: () => features.filter.current, running: features.running, startup,
  });
  const view = vscode.window.createTreeView(EXPLORER_VIEW, { treeDataProvider: tree, canSelectMany: true, showCollapseAll: true });
  const documents = new ReadOnlyDocuments();
  context.subscriptions.push(tree, view, documents, vscode.workspace.registerTextDocumentContentProvider(READ_ONLY_SCHEME, documents));
  context.subscriptions.push(...features.bind(tree, view));

  // Any installed extension can read what activate() returns and what commands return: the test API
  // (secrets, prompts) and command results exist only when VS Code runs the extension's own tests.
  const testMode = context.extensionMode === vscode.ExtensionMode.Test;
  const ctx: MutableCommandContext = {
    store, approvals, projectChoices, sessions, backend, tree, view, log, documents, logger: log.for('commands'), settings: readSettings, ui: new VsCodeUserInput(logger),
    filter: features.filter, history: features.history, returnResults: testMode, openExternal: vscode.env.openExternal,
  };
  context.subscriptions.push(...registerCommands(ctx), ...reactToChanges(store, sessions, tree, limiter, logger));
  logger.info(`activated; ${store.list().length} profiles`);
  if (!testMode) return undefined;
  return createTestApi(ctx, { globalState: context.globalState, workspaceState: context.workspaceState, running: features.running, view, secrets: context.secrets });
}

export function deactivate(): void {}
