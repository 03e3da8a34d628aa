/**
 * A QuickPick that fills while it is open: busy until its feed settles, its own fuzzy matching replaced by
 * the caller's (every item is `alwaysShow`, so "older than 30 days" can match what no label contains), and
 * the feed's signal aborted the moment it closes, so nothing keeps walking for a pick nobody looks at.
 */
import * as vscode from 'vscode';
import type { Logger } from '../log/logger';
import { UserCancelledError, type PickFeed, type PickItem, type StreamingPickOptions } from './userInput';

export function showStreamingPick<T>(options: StreamingPickOptions<T>, feed: (to: PickFeed<T>) => Promise<void>, log: Logger): Promise<T> {
  const pick = vscode.window.createQuickPick<PickItem<T>>();
  pick.title = options.title;
  pick.placeholder = options.placeholder ?? options.title;
  pick.ignoreFocusOut = true;
  pick.busy = true;
  const all: Array<PickItem<T>> = [];
  const abort = new AbortController();

  const render = (): void => {
    // Replacing the items moves the highlight to the first; keep it where the person put it.
    const active = pick.activeItems[0];
    const shown = all.filter((i) => options.matches(pick.value, i.value));
    pick.items = shown;
    if (active && shown.includes(active)) pick.activeItems = [active];
  };

  const to: PickFeed<T> = {
    signal: abort.signal,
    add(items) {
      if (abort.signal.aborted) return;
      all.push(...items.map((i) => ({ ...i, alwaysShow: true })));
      render();
    },
    progress(text) {
      pick.title = `${options.title} · ${text}`;
    },
  };

  return new Promise<T>((resolve, reject) => {
    const close = (): void => {
      abort.abort();
      for (const d of subscriptions) d.dispose();
      pick.dispose();
    };
    const subscriptions = [
      pick.onDidChangeValue(render),
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
        if (!chosen) return;
        close();
        resolve(chosen.value);
      }),
      pick.onDidHide(() => {
        close();
        reject(new UserCancelledError());
      }),
    ];
    pick.show();
    feed(to).then(
      () => {
        pick.busy = false;
      },
      (error: unknown) => {
        pick.busy = false;
        if (!abort.signal.aborted) log.error(`${options.title}: the list stopped filling`, error);
      },
    );
  });
}
