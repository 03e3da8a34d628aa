/**
 * Long work started from the tree shows in two places: the view's own progress bar, and a cancellable
 * notification. Its Cancel and a caller's signal (tests stand in for the button with one) abort the same
 * signal, so the work has one thing to watch.
 */
import * as vscode from 'vscode';
import { EXPLORER_VIEW } from './contextKeys';

export type ProgressReporter = vscode.Progress<{ readonly message?: string; readonly increment?: number }>;

export function withViewProgress<T>(
  title: string,
  external: AbortSignal | undefined,
  work: (progress: ProgressReporter, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: { viewId: EXPLORER_VIEW } }, () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        return work(progress, external ? AbortSignal.any([abort.signal, external]) : abort.signal);
      }),
    ),
  );
}
