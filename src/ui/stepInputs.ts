/**
 * The prompts that can be steps of a multi-step input. `showQuickPick`/`showInputBox` have no step count
 * nor Back button, so these are built on `createQuickPick`/`createInputBox`; closing one cancels.
 */
import * as vscode from 'vscode';
import { GoBackError, UserCancelledError, type EntryPickOptions, type InputOptions, type InputStep, type PickItem, type PickOptions } from './userInput';

type Settle<R> = (outcome: { value: R } | Error) => void;

/** Shows `input`, resolving with what `wire` settles it with; hiding it cancels, Back goes back. */
function open<R>(input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox, at: InputStep | undefined, wire: (settle: Settle<R>) => void): Promise<R> {
  if (at) {
    input.step = at.step;
    input.totalSteps = at.totalSteps;
    input.buttons = at.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  }
  input.ignoreFocusOut = true;
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const settle: Settle<R> = (outcome) => {
      if (settled) return;
      settled = true;
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome.value);
      input.dispose();
    };
    input.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && settle(new GoBackError()));
    input.onDidHide(() => settle(new UserCancelledError()));
    wire(settle);
    input.show();
  });
}

export function showStepPick<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions): Promise<T> {
  const pick = vscode.window.createQuickPick<PickItem<T>>();
  pick.title = options.title;
  pick.placeholder = options.placeholder ?? options.title;
  pick.matchOnDescription = true;
  pick.items = items;
  pick.activeItems = items.filter((i) => i.picked);
  return open<T>(pick as unknown as vscode.QuickPick<vscode.QuickPickItem>, options.step, (settle) =>
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      if (chosen) settle({ value: chosen.value });
    }),
  );
}

/** A multi-select step: accepting with nothing checked answers "none", which the step decides the meaning of. */
export function showStepPickMany<T>(items: ReadonlyArray<PickItem<T>>, options: PickOptions): Promise<T[]> {
  const pick = vscode.window.createQuickPick<PickItem<T>>();
  pick.title = options.title;
  pick.placeholder = options.placeholder ?? options.title;
  pick.matchOnDescription = true;
  pick.canSelectMany = true;
  pick.items = items;
  pick.selectedItems = items.filter((i) => i.picked);
  return open<T[]>(pick as unknown as vscode.QuickPick<vscode.QuickPickItem>, options.step, (settle) =>
    pick.onDidAccept(() => settle({ value: pick.selectedItems.map((i) => i.value) })),
  );
}

/** Typed text `validate` accepts and no suggestion has as its label is offered as an entry of its own, on top. */
export function showEntryPick(items: ReadonlyArray<PickItem<string>>, options: EntryPickOptions): Promise<string> {
  const pick = vscode.window.createQuickPick<PickItem<string>>();
  pick.title = options.title;
  pick.placeholder = options.placeholder ?? options.title;
  pick.matchOnDescription = true;
  pick.items = items;
  pick.activeItems = items.filter((i) => i.value === options.value);
  pick.onDidChangeValue((typed) => {
    const value = typed.trim();
    const own = value !== '' && !items.some((i) => i.label === value) && !options.validate(value);
    pick.items = own ? [{ label: value, value, alwaysShow: true }, ...items] : items;
  });
  return open<string>(pick as unknown as vscode.QuickPick<vscode.QuickPickItem>, options.step, (settle) =>
    pick.onDidAccept(() => {
      // Typing an entry exactly picks it, whichever entry the fuzzy match made active.
      const chosen = pick.items.find((i) => i.label === pick.value.trim()) ?? pick.activeItems[0];
      if (chosen) settle({ value: chosen.value });
    }),
  );
}

export function showStepInput(options: InputOptions): Promise<string> {
  const box = vscode.window.createInputBox();
  box.title = options.title;
  box.prompt = options.prompt;
  box.placeholder = options.placeholder;
  box.value = options.value ?? '';
  box.password = options.password ?? false;
  box.validationMessage = options.problem;
  return open<string>(box, options.step, (settle) => {
    box.onDidChangeValue((v) => (box.validationMessage = options.validate?.(v)));
    box.onDidAccept(() => {
      const problem = options.validate?.(box.value);
      box.validationMessage = problem;
      if (!problem) settle({ value: box.value });
    });
  });
}
