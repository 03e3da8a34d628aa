/**
 * A QuickPick that fills while it is open: busy until its feed settles, its own fuzzy matching replaced by
 * the caller's (every item is `alwaysShow`, so "older than 30 days" can match what no label contains), and
 * the feed's signal aborted the moment it closes, so nothing keeps walking for a pick nobody looks at.
 * Pages are drawn together and the matches capped, so a large account does not make typing lag.
 */
import * as vscode from 'vscode';
import type { Logger } from '../log/logger';
import { firstMatches } from '../util/firstMatches';
import { UserCancelledError, type PickFeed, type PickItem, type StreamingPickOptions } from './userInput';

/** Matches put in the pick at most: a list of thousands only slows the pick, and typing narrows it. */
export const MAX_SHOWN = 1000;
/** Pages arriving faster than this are drawn together: each draw sends every shown item to the workbench. */
const DRAW_EVERY_MS = 150;

export function showStreamingPick<T>(options: StreamingPickOptions<T>, feed: (to: PickFeed<T>) => Promise<void>, log: Logger): Promise<T> {
  const pick = vscode.window.createQuickPick<PickItem<T>>();
  pick.placeholder = options.placeholder ?? options.title;
  pick.ignoreFocusOut = true;
  pick.busy = true;
  const all: Array<PickItem<T>> = [];
  const abort = new AbortController();
  const title = { progress: '', capped: false, stopped: false };
  let pending: ReturnType<typeof setTimeout> | undefined;
  let keep = options.matcher('');

  const showTitle = (): void => {
    const notes = [
      title.progress,
      title.capped ? vscode.l10n.t('the first {0} matches shown, type to narrow', MAX_SHOWN) : '',
      title.stopped ? vscode.l10n.t('stopped early, see the log') : '',
    ];
    pick.title = [options.title, ...notes].filter(Boolean).join(' · ');
  };
  const render = (): void => {
    if (pending) clearTimeout(pending);
    pending = undefined;
    // Replacing the items moves the highlight to the first; keep it where the person put it.
    const active = pick.activeItems[0];
    const { shown, more } = firstMatches(all, (i) => keep(i.value), MAX_SHOWN);
    pick.items = shown;
    if (active && shown.includes(active)) pick.activeItems = [active];
    if (more !== title.capped) {
      title.capped = more;
      showTitle();
    }
  };
  showTitle();

  const to: PickFeed<T> = {
    signal: abort.signal,
    add(items) {
      if (abort.signal.aborted) return;
      all.push(...items.map((i) => ({ ...i, alwaysShow: true })));
      // The first page shows at once; later ones wait for the next draw.
      pending ??= setTimeout(render, all.length === items.length ? 0 : DRAW_EVERY_MS);
    },
    progress(text) {
      title.progress = text;
      showTitle();
    },
  };

  return new Promise<T>((resolve, reject) => {
    const close = (): void => {
      abort.abort();
      if (pending) clearTimeout(pending);
      pending = undefined;
      for (const d of subscriptions) d.dispose();
      pick.dispose();
    };
    const subscriptions = [
      pick.onDidChangeValue((typed) => {
        keep = options.matcher(typed);
        render();
      }),
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
        if (abort.signal.aborted) return;
        pick.busy = false;
        if (pending) render();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        pick.busy = false;
        log.error(`${options.title}: the list stopped filling`, error);
        // The count of tasks looked at must not read as the whole account.
        title.stopped = true;
        showTitle();
        if (pending) render();
      },
    );
  });
}
