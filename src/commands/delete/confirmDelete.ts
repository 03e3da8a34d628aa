/**
 * Asks before deleting: one modal naming the task (or the count and first names), and above the
 * threshold a typed confirmation as well. Any way of closing a dialog cancels.
 */
import * as vscode from 'vscode';
import type { UserInput } from '../../ui/userInput';
import {
  manyDeleteConfirmation,
  singleDeleteConfirmation,
  typedConfirmationAnswer,
  typedConfirmationPrompt,
  type DeleteTargetDescription,
} from './confirmationText';

export async function confirmDelete(ui: UserInput, targets: readonly DeleteTargetDescription[], threshold: number): Promise<void> {
  const text = targets.length === 1 ? singleDeleteConfirmation(targets[0]!, vscode.l10n) : manyDeleteConfirmation(targets, vscode.l10n);
  await ui.confirm({ ...text, action: vscode.l10n.t('Delete') });
  if (targets.length > threshold) {
    await ui.confirmTyped({ ...typedConfirmationPrompt(targets.length, vscode.l10n), expected: typedConfirmationAnswer(targets.length) });
  }
}
