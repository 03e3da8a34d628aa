/**
 * What follows a change of profiles (here or in another window) or of settings: outdated connections
 * dropped, the tree refreshed, the concurrency cap and the context keys of the welcome view and the palette updated.
 */
import type * as vscode from 'vscode';
import type { Sessions } from './cloud/sessions';
import { ContextKeys, setContextKey } from './ui/contextKeys';
import type { Logger } from './log/logger';
import type { ProfileStore } from './profiles/profileStore';
import { onDidChangeSettings, readSettings } from './settings';
import type { TasksTreeProvider } from './tree/provider';
import type { Limiter } from './util/limiter';

export function reactToChanges(store: ProfileStore, sessions: Sessions, tree: TasksTreeProvider, limiter: Limiter, logger: Logger): vscode.Disposable[] {
  const profilesChanged = (): void => {
    // Only the changed profiles' connections: work on the others goes on.
    sessions.dropOutdated();
    tree.refresh();
    setContextKey(ContextKeys.hasProfiles, store.list().length > 0)
      .then(() => setContextKey(ContextKeys.profilesKnown, true))
      .then(undefined, (e: unknown) => logger.error('setContext failed:', e));
  };
  profilesChanged();
  return [
    store.onDidChange(profilesChanged),
    onDidChangeSettings(() => {
      limiter.setMax(readSettings().concurrency);
      sessions.settingsChanged();
      store.reloadEnvironment();
      // Timeouts and the proxy are built into every connection: all of them are rebuilt on next use.
      sessions.clear();
      profilesChanged();
    }),
  ];
}
