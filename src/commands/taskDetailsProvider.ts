/**
 * Read-only documents for task details: a content provider under its own scheme, so the JSON opens in
 * an editor that cannot be edited or saved over anything.
 */
import * as vscode from 'vscode';

export const TASK_DETAILS_SCHEME = 'huaweicloud-tasks';

export class TaskDetailsProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  /** Stores the text under a URI named after the task (or another document, with its extension) and returns that URI. */
  put(taskPath: string, fileName: string, text: string, extension = 'json'): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: TASK_DETAILS_SCHEME, path: `/${fileName}.${extension}`, query: encodeURIComponent(taskPath) });
    this.contents.set(uri.toString(), text);
    this.emitter.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '{}';
  }

  dispose(): void {
    this.emitter.dispose();
    this.contents.clear();
  }
}
