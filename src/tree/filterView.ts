/**
 * Shows the active filter where people look: the view's message above the tree and its description
 * ("Filter: failed, older than 30 d"), the context key behind "Clear Filter", and the tree re-rendered
 * from its cache. The message is what shows in practice: a view alone in its container (ours) shares the
 * container's title bar, which has no room for the view's description (microsoft/vscode#166000).
 */
import * as vscode from 'vscode';
import { ContextKeys, setContextKey } from '../ui/contextKeys';
import type { Logger } from '../log/logger';
import type { TasksTreeProvider } from './provider';
import type { FilterState } from '../filter/filterState';
import { describeFilter, isFilterActive, type TaskFilter } from '../filter/taskFilter';

export function showFilterInView(view: vscode.TreeView<unknown>, filter: FilterState, tree: TasksTreeProvider, logger: Logger): vscode.Disposable {
  const show = (f: TaskFilter, rerender: boolean): void => {
    const text = describeFilter(f, vscode.l10n) || undefined;
    view.description = text;
    view.message = text;
    setContextKey(ContextKeys.filterActive, isFilterActive(f)).then(undefined, (e: unknown) => logger.error('setContext failed:', e));
    if (rerender) tree.rerender();
  };
  show(filter.current, false);
  return filter.onDidChange((f) => show(f, true));
}
