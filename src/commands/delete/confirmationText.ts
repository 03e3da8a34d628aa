/**
 * The words of the delete confirmations and the final summary. Kept apart from the dialogs so the exact
 * text (what is named, the running-task warning, the counts) is unit-tested.
 */
import type { Localizer } from '../../util/localizer';
import type { BulkDeleteSummary } from '../../deletion/bulkDelete';

/** What a confirmation names about one task. */
export interface DeleteTargetDescription {
  readonly taskName: string;
  readonly profileName: string;
  /** Tells apart instances of the same name (in other projects or accounts). */
  readonly containerId: string;
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

/** How many task names a many-task confirmation lists per instance before "and N more". */
export const NAMES_SHOWN = 3;
/** How many instances a many-task confirmation lists before "and N more instances". */
export const GROUPS_SHOWN = 8;

export function singleDeleteConfirmation(target: DeleteTargetDescription, l10n: Localizer): ConfirmationText {
  const { taskName, containerName, serviceName, regionName } = target;
  const message =
    target.containerKind === 'codeartsProject'
      ? l10n.t('Delete the {2} task "{0}" of CodeArts project "{1}" in {3}?', taskName, containerName, serviceName, regionName)
      : l10n.t('Delete the task "{0}" of {2} instance "{1}" in {3}?', taskName, containerName, serviceName, regionName);
  // The account too: production and staging profiles often hold instances of the same name.
  const lines = [l10n.t('Profile: {0}', target.profileName), l10n.t('This cannot be undone.')];
  if (target.running) {
    lines.push(l10n.t('The task is still running: a task that is being executed cannot be viewed after being deleted.'));
  }
  return { message, detail: lines.join('\n') };
}

/**
 * A selection can span accounts, regions, services and instances, so the many-task confirmation says how
 * far it reaches and lists the tasks grouped by profile / region / service / instance, each with its count.
 */
export function manyDeleteConfirmation(targets: readonly DeleteTargetDescription[], l10n: Localizer): ConfirmationText {
  const message = l10n.t('Delete {0} tasks?', targets.length);
  const groups = groupTargets(targets);
  const lines = [spanLine(targets, groups.length, l10n)];
  for (const group of groups.slice(0, GROUPS_SHOWN)) lines.push(groupLine(group, l10n));
  if (groups.length > GROUPS_SHOWN) {
    const rest = groups.slice(GROUPS_SHOWN);
    const tasks = rest.reduce((n, g) => n + g.length, 0);
    lines.push(l10n.t('and {0} more instances ({1} tasks)', rest.length, tasks));
  }
  lines.push(l10n.t('This cannot be undone.'));
  const running = targets.filter((t) => t.running).length;
  if (running > 0) lines.push(runningText(running, l10n));
  return { message, detail: lines.join('\n') };
}

/** Targets by instance (profile, region, service and instance id), in first-seen order. */
function groupTargets(targets: readonly DeleteTargetDescription[]): DeleteTargetDescription[][] {
  const groups = new Map<string, DeleteTargetDescription[]>();
  for (const t of targets) {
    const key = JSON.stringify([t.profileName, t.regionName, t.serviceName, t.containerId]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(t);
  }
  return [...groups.values()];
}

/** "Profiles: 2 · Regions: 3 · Services: 2 · Instances: 4": how far the selection reaches. */
function spanLine(targets: readonly DeleteTargetDescription[], instances: number, l10n: Localizer): string {
  const distinct = (f: (t: DeleteTargetDescription) => string): number => new Set(targets.map(f)).size;
  const profiles = distinct((t) => t.profileName);
  const regions = distinct((t) => `${t.profileName}/${t.regionName}`);
  const services = distinct((t) => t.serviceName);
  return l10n.t('Profiles: {0} · Regions: {1} · Services: {2} · Instances: {3}', profiles, regions, services, instances);
}

/** "prod / CN North-Beijing4 / DMS for Kafka / orders-01: 3 tasks: a, b, c and 1 more". */
function groupLine(group: readonly DeleteTargetDescription[], l10n: Localizer): string {
  const first = group[0]!;
  const where = [first.profileName, first.regionName, first.serviceName, first.containerName].join(' / ');
  const names = group.slice(0, NAMES_SHOWN).map((t) => t.taskName).join(', ');
  const more = group.length > NAMES_SHOWN ? ' ' + l10n.t('and {0} more', group.length - NAMES_SHOWN) : '';
  const count = group.length === 1 ? l10n.t('{0} task', 1) : l10n.t('{0} tasks', group.length);
  return `• ${where}: ${count}: ${names}${more}`;
}

/** The answer a typed confirmation expects: the number of tasks, which the person has to read to type. */
export function typedConfirmationAnswer(count: number): string {
  return String(count);
}

/** `running`: how many of them are running, given when running tasks were asked for (a clean-up rule naming them). */
export function typedConfirmationPrompt(count: number, l10n: Localizer, running?: number): { title: string; prompt: string; placeholder: string } {
  const type = count === 1 ? l10n.t('Type {0} to delete {0} task. This cannot be undone.', count) : l10n.t('Type {0} to delete {0} tasks. This cannot be undone.', count);
  return {
    title: count === 1 ? l10n.t('Confirm deleting {0} task', count) : l10n.t('Confirm deleting {0} tasks', count),
    prompt: running === undefined ? type : `${type} ${runningText(running, l10n)}`,
    placeholder: l10n.t('Number of tasks to delete'),
  };
}

function runningText(running: number, l10n: Localizer): string {
  if (running === 0) return l10n.t('None of them is running, although the rule includes running tasks.');
  return running === 1
    ? l10n.t('{0} of them is still running: a task that is being executed cannot be viewed after being deleted.', running)
    : l10n.t('{0} of them are still running: a task that is being executed cannot be viewed after being deleted.', running);
}

export function deleteSummary(summary: BulkDeleteSummary<unknown>, l10n: Localizer): string {
  const parts = [l10n.t('{0} deleted', summary.deleted + summary.alreadyGone)];
  if (summary.failed > 0) parts.push(l10n.t('{0} failed', summary.failed));
  if (summary.unconfirmed > 0) {
    parts.push(l10n.t('{0} not confirmed: a web page answered instead of the service (a proxy or captive portal?)', summary.unconfirmed));
  }
  if (summary.skipped > 0) parts.push(l10n.t('{0} not attempted (cancelled)', summary.skipped));
  if (summary.leftInFlight) parts.push(l10n.t('{0} left to a delete already in progress', summary.leftInFlight));
  let text = parts.join(', ');
  if (summary.alreadyGone === 1) text += ' ' + l10n.t('({0} was already gone)', summary.alreadyGone);
  else if (summary.alreadyGone > 1) text += ' ' + l10n.t('({0} were already gone)', summary.alreadyGone);
  return text;
}
