/** The real prompts, over `vscode.window`. */
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import type { Logger } from '../log/logger';
import { showEntryPick, showStepInput, showStepPick, showStepPickMany } from './stepInputs';
import { showStreamingPick } from './streamingPick';
import {
  UserCancelledError,
  type ConfirmOptions,
  type EntryPickOptions,
  type InputOptions,
  type MessageAction,
  type PickFeed,
  type PickItem,
  type StreamingPickOptions,
  type PickOptions,
  type SaveOptions,
  type TypedConfirmOptions,
  type UserInput,
} from './userInput';

export class VsCodeUserInput implements UserInput {
  constructor(private readonly log: Logger) {}

  async pick<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions): Promise<T> {
    if (options.step) return showStepPick(items, options);
    const picked = await vscode.window.showQuickPick([...items], { ...quickPickOptions(options), canPickMany: false });
    if (!picked) throw new UserCancelledError();
    return picked.value;
  }

  async pickMany<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions): Promise<T[]> {
    if (options.step) return showStepPickMany(items, options);
    const picked = await vscode.window.showQuickPick([...items], { ...quickPickOptions(options), canPickMany: true });
    if (!picked || (picked.length === 0 && !options.acceptsNone)) throw new UserCancelledError();
    return picked.map((p) => p.value);
  }

  pickStreaming<T>(options: StreamingPickOptions<T>, feed: (to: PickFeed<T>) => Promise<void>): Promise<T> {
    return showStreamingPick(options, feed, this.log);
  }

  pickOrEnter(items: ReadonlyArray<PickItem<string>>, options: EntryPickOptions): Promise<string> {
    return showEntryPick(items, options);
  }

  async input(options: InputOptions): Promise<string> {
    if (options.step || options.problem !== undefined) return showStepInput(options);
    const value = await vscode.window.showInputBox({
      title: options.title,
      prompt: options.prompt,
      placeHolder: options.placeholder,
      value: options.value,
      password: options.password,
      ignoreFocusOut: true,
      validateInput: options.validate,
    });
    if (value === undefined) throw new UserCancelledError();
    return value;
  }

  async confirm(options: ConfirmOptions): Promise<void> {
    const action: vscode.MessageItem = { title: options.action };
    const answer = await vscode.window.showWarningMessage(options.message, { modal: true, detail: options.detail }, action);
    if (answer !== action) throw new UserCancelledError();
  }

  async confirmTyped(options: TypedConfirmOptions): Promise<void> {
    const value = await this.input({
      ...options,
      validate: (v) => (v.trim() === options.expected ? undefined : (options.prompt ?? options.title)),
    });
    if (value.trim() !== options.expected) throw new UserCancelledError();
  }

  async saveFile(options: SaveOptions): Promise<vscode.Uri> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(homedir());
    const uri = await vscode.window.showSaveDialog({
      title: options.title,
      saveLabel: options.title,
      filters: { ...options.filters },
      defaultUri: vscode.Uri.joinPath(folder, options.defaultName),
    });
    if (!uri) throw new UserCancelledError();
    return uri;
  }

  info(message: string, ...actions: MessageAction[]): void {
    this.show(vscode.window.showInformationMessage, message, actions);
  }

  warn(message: string, ...actions: MessageAction[]): void {
    this.show(vscode.window.showWarningMessage, message, actions);
  }

  error(message: string, ...actions: MessageAction[]): void {
    this.show(vscode.window.showErrorMessage, message, actions);
  }

  private show(
    fn: (message: string, ...items: string[]) => Thenable<string | undefined>,
    message: string,
    actions: MessageAction[],
  ): void {
    fn(message, ...actions.map((a) => a.label)).then(
      (label) => actions.find((a) => a.label === label)?.run(),
      (e: unknown) => this.log.error('could not show a message', e),
    );
  }
}

function quickPickOptions(options: PickOptions): vscode.QuickPickOptions {
  return { title: options.title, placeHolder: options.placeholder ?? options.title, ignoreFocusOut: true, matchOnDescription: true };
}
