/**
 * Read-only documents (task details, clean-up previews, the deletion history): a content provider under
 * its own scheme, so the text opens in an editor that cannot be edited or saved over anything.
 */
import * as vscode from 'vscode';

export const READ_ONLY_SCHEME = 'huaweicloud-tasks';

export class ReadOnlyDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  /**
   * Stores the text under a URI shown as `fileName.extension` and told apart by `key` (a task's tree id,
   * say), and returns that URI.
   */
  put(key: string, fileName: string, text: string, extension = 'json'): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: READ_ONLY_SCHEME, path: `/${fileName}.${extension}`, query: encodeURIComponent(key) });
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
