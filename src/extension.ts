import * as vscode from 'vscode';
import { RealBackend } from './cloud/realBackend';
import { Sessions } from './cloud/sessions';
import type { CommandContext } from './commands/commandContext';
import { registerCommands } from './commands/registerCommands';
import { TASK_DETAILS_SCHEME, TaskDetailsProvider } from './commands/taskDetailsProvider';
import { ContextKeys, setContextKey } from './contextKeys';
import { ExtensionLog } from './log/outputLogger';
import { environmentProfile } from './profiles/environmentProfile';
import { ProfileStore } from './profiles/profileStore';
import { onDidChangeSettings, readSettings } from './settings';
import type { ExtensionTestApi } from './testApi';
import { TasksTreeProvider } from './tree/provider';
import { VsCodeUserInput } from './ui/vscodeUserInput';
import { Limiter } from './util/limiter';

export function activate(context: vscode.ExtensionContext): ExtensionTestApi {
  const log = new ExtensionLog();
  const logger = log.for('extension');
  context.subscriptions.push(log);

  const environment = () => {
    const env = environmentProfile(process.env, readSettings().environment, vscode.l10n.t('Environment'));
    log.scrubber.add(env?.credentials.accessKey, env?.credentials.secretKey, env?.credentials.securityToken);
    return env;
  };
  const store = new ProfileStore(context.globalState, context.secrets, environment);
  const backend = new RealBackend(vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en-us');
  const sessions = new Sessions(backend, store, readSettings, log.scrubber, log.for('net'));
  const limiter = new Limiter(readSettings().concurrency);
  context.subscriptions.push(store);

  const tree = new TasksTreeProvider(store, { sessions, settings: readSettings, limiter, logger: log.for('tree'), now: () => new Date() });
  const view = vscode.window.createTreeView('huaweicloudTasks.explorer', { treeDataProvider: tree, canSelectMany: true, showCollapseAll: true });
  const details = new TaskDetailsProvider();
  context.subscriptions.push(tree, view, details, vscode.workspace.registerTextDocumentContentProvider(TASK_DETAILS_SCHEME, details));

  const ctx: { -readonly [K in keyof CommandContext]: CommandContext[K] } = {
    store, sessions, backend, tree, log, details, logger: log.for('commands'), settings: readSettings, ui: new VsCodeUserInput(logger),
  };
  context.subscriptions.push(...registerCommands(ctx));

  const profilesChanged = (): void => {
    sessions.clear();
    tree.refresh();
    setContextKey(ContextKeys.hasProfiles, store.list().length > 0).then(undefined, (e: unknown) => logger.error('setContext failed:', e));
  };
  context.subscriptions.push(
    store.onDidChange(profilesChanged),
    onDidChangeSettings(() => {
      limiter.setMax(readSettings().concurrency);
      profilesChanged();
    }),
  );
  profilesChanged();
  logger.info(`activated; ${store.list().length} profiles`);

  const setUserInput = (input: CommandContext['ui']) => {
    const previous = ctx.ui;
    ctx.ui = input;
    return previous;
  };
  return { tree, store, log, globalState: context.globalState, setUserInput };
}

export function deactivate(): void {}
