/**
 * The words of the delete confirmations and the final summary. Kept apart from the dialogs so the exact
 * text (what is named, the running-task warning, the counts) is unit-tested.
 */
import type { Localizer } from '../../util/localizer';
import type { BulkDeleteSummary } from './bulkDelete';

/** What a confirmation names about one task. */
export interface DeleteTargetDescription {
  readonly taskName: string;
  readonly containerName: string;
  /** What the container is called: a DCS/DMS instance, or a CodeArts project for CodeArts Check. */
  readonly containerKind: 'instance' | 'codeartsProject';
  readonly serviceName: string;
  readonly regionName: string;
  readonly running: boolean;
}

export interface ConfirmationText {
  readonly message: string;
  readonly detail: string;
}

/** How many task names a many-task confirmation lists before "and N more". */
export const NAMES_SHOWN = 5;

export function singleDeleteConfirmation(target: DeleteTargetDescription, l10n: Localizer): ConfirmationText {
  const { taskName, containerName, serviceName, regionName } = target;
  const message =
    target.containerKind === 'codeartsProject'
      ? l10n.t('Delete the {2} task "{0}" of CodeArts project "{1}" in {3}?', taskName, containerName, serviceName, regionName)
      : l10n.t('Delete the task "{0}" of {2} instance "{1}" in {3}?', taskName, containerName, serviceName, regionName);
  const lines = [l10n.t('This cannot be undone.')];
  if (target.running) {
    lines.push(l10n.t('The task is still running: a task that is being executed cannot be viewed after being deleted.'));
  }
  return { message, detail: lines.join('\n') };
}

export function manyDeleteConfirmation(targets: readonly DeleteTargetDescription[], l10n: Localizer): ConfirmationText {
  const message = l10n.t('Delete {0} tasks?', targets.length);
  const names = targets.slice(0, NAMES_SHOWN).map((t) => `${t.taskName} (${t.containerName})`);
  const lines = [names.join(', ')];
  if (targets.length > NAMES_SHOWN) lines[0] += ' ' + l10n.t('and {0} more', targets.length - NAMES_SHOWN);
  lines.push(l10n.t('This cannot be undone.'));
  const running = targets.filter((t) => t.running).length;
  if (running > 0) {
    lines.push(
      running === 1
        ? l10n.t('{0} of them is still running: a task that is being executed cannot be viewed after being deleted.', running)
        : l10n.t('{0} of them are still running: a task that is being executed cannot be viewed after being deleted.', running),
    );
  }
  return { message, detail: lines.join('\n') };
}

/** The answer a typed confirmation expects: the number of tasks, which the person has to read to type. */
export function typedConfirmationAnswer(count: number): string {
  return String(count);
}

export function typedConfirmationPrompt(count: number, l10n: Localizer): { title: string; prompt: string; placeholder: string } {
  return {
    title: count === 1 ? l10n.t('Confirm deleting {0} task', count) : l10n.t('Confirm deleting {0} tasks', count),
    prompt: count === 1 ? l10n.t('Type {0} to delete {0} task. This cannot be undone.', count) : l10n.t('Type {0} to delete {0} tasks. This cannot be undone.', count),
    placeholder: l10n.t('Number of tasks to delete'),
  };
}

export function deleteSummary(summary: BulkDeleteSummary<unknown>, l10n: Localizer): string {
  const parts = [l10n.t('{0} deleted', summary.deleted + summary.alreadyGone)];
  if (summary.failed > 0) parts.push(l10n.t('{0} failed', summary.failed));
  if (summary.unconfirmed > 0) {
    parts.push(l10n.t('{0} not confirmed: a web page answered instead of the service (a proxy or captive portal?)', summary.unconfirmed));
  }
  if (summary.skipped > 0) parts.push(l10n.t('{0} not attempted (cancelled)', summary.skipped));
  let text = parts.join(', ');
  if (summary.alreadyGone === 1) text += ' ' + l10n.t('({0} was already gone)', summary.alreadyGone);
  else if (summary.alreadyGone > 1) text += ' ' + l10n.t('({0} were already gone)', summary.alreadyGone);
  return text;
}
