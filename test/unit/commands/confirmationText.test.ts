import * as assert from 'node:assert/strict';
import {
  deleteSummary,
  manyDeleteConfirmation,
  GROUPS_SHOWN,
  NAMES_SHOWN,
  singleDeleteConfirmation,
  typedConfirmationAnswer,
  typedConfirmationPrompt,
  type DeleteTargetDescription,
} from '../../../src/commands/delete/confirmationText';
import { englishLocalizer as l10n } from '../../../src/util/localizer';

const RUNNING_WARNING = 'a task that is being executed cannot be viewed after being deleted';

function target(i: number, running = false, where: Partial<DeleteTargetDescription> = {}): DeleteTargetDescription {
  return {
    taskName: `task-${i}`,
    profileName: 'prod',
    containerId: `id-${i}`,
    containerName: `inst-${i}`,
    containerKind: 'instance',
    serviceName: 'DMS for Kafka',
    regionName: 'CN North-Beijing4',
    running,
    ...where,
  };
}

describe('delete confirmation text', () => {
  it('names the task, its instance, service and region, and says it cannot be undone', () => {
    const text = singleDeleteConfirmation(target(1), l10n);
    for (const part of ['task-1', 'inst-1', 'DMS for Kafka', 'CN North-Beijing4']) assert.ok(text.message.includes(part), part);
    assert.equal(text.detail.split('\n')[0], 'Profile: prod', 'the account the task is in');
    assert.match(text.detail, /cannot be undone/);
    assert.ok(!text.detail.includes(RUNNING_WARNING));
  });

  it('calls a CodeArts Check task’s container a CodeArts project, not an instance', () => {
    const codearts: DeleteTargetDescription = { ...target(1), containerName: 'web', containerKind: 'codeartsProject', serviceName: 'CodeArts Check' };
    const { message } = singleDeleteConfirmation(codearts, l10n);
    assert.match(message, /CodeArts project "web"/);
    assert.doesNotMatch(message, /instance/);
    for (const part of ['task-1', 'CodeArts Check', 'CN North-Beijing4']) assert.ok(message.includes(part), part);
  });

  it('warns when the single task is still running', () => {
    assert.ok(singleDeleteConfirmation(target(1, true), l10n).detail.includes(RUNNING_WARNING));
  });

  it('states the count, groups by instance with counts, and lists only the first names of each', () => {
    const one = { containerId: 'a', containerName: 'orders' };
    const targets = Array.from({ length: 8 }, (_, i) => target(i, i === 7, one));
    const text = manyDeleteConfirmation(targets, l10n);
    assert.ok(text.message.includes('8'));
    const lines = text.detail.split('\n');
    assert.equal(lines[0], 'Profiles: 1 · Regions: 1 · Services: 1 · Instances: 1');
    assert.equal(lines[1], `• prod / CN North-Beijing4 / DMS for Kafka / orders: 8 tasks: task-0, task-1, task-2 and ${8 - NAMES_SHOWN} more`);
    assert.ok(text.detail.includes(`1 of them is still running`));
  });

  it('names every profile, region, service and instance a selection spans, with a count each', () => {
    const targets = [
      target(1, false, { profileName: 'prod', containerId: 'k1', containerName: 'orders' }),
      target(2, false, { profileName: 'prod', containerId: 'k1', containerName: 'orders' }),
      // Same instance name in another region and in another account: separate groups.
      target(3, false, { profileName: 'prod', regionName: 'AP-Singapore', containerId: 'k2', containerName: 'orders' }),
      target(4, false, { profileName: 'test', containerId: 'k3', containerName: 'orders' }),
      target(5, false, { profileName: 'test', serviceName: 'DCS', containerId: 'r1', containerName: 'cache' }),
    ];
    const lines = manyDeleteConfirmation(targets, l10n).detail.split('\n');
    assert.equal(lines[0], 'Profiles: 2 · Regions: 3 · Services: 2 · Instances: 4');
    assert.deepEqual(lines.slice(1, 5), [
      '• prod / CN North-Beijing4 / DMS for Kafka / orders: 2 tasks: task-1, task-2',
      '• prod / AP-Singapore / DMS for Kafka / orders: 1 task: task-3',
      '• test / CN North-Beijing4 / DMS for Kafka / orders: 1 task: task-4',
      '• test / CN North-Beijing4 / DCS / cache: 1 task: task-5',
    ]);
  });

  it('lists at most GROUPS_SHOWN instances, then how many more and their tasks', () => {
    const targets = Array.from({ length: GROUPS_SHOWN + 3 }, (_, i) => target(i));
    const lines = manyDeleteConfirmation([...targets, target(99, false, { containerId: `id-${GROUPS_SHOWN + 2}` })], l10n).detail.split('\n');
    assert.equal(lines.filter((l) => l.startsWith('• ')).length, GROUPS_SHOWN);
    assert.ok(lines.includes('and 3 more instances (4 tasks)'), lines.join('\n'));
  });

  it('reads correctly for one task and for several', () => {
    assert.equal(typedConfirmationPrompt(1, l10n).title, 'Confirm deleting 1 task');
    assert.equal(typedConfirmationPrompt(2, l10n).title, 'Confirm deleting 2 tasks');
    assert.match(typedConfirmationPrompt(1, l10n).prompt, /^Type 1 to delete 1 task\./);
    const twoRunning = manyDeleteConfirmation([target(1, true), target(2, true)], l10n).detail;
    assert.ok(twoRunning.includes('2 of them are still running'));
    assert.match(deleteSummary({ deleted: 0, alreadyGone: 2, unconfirmed: 0, failed: 0, skipped: 0, outcomes: [] }, l10n), /\(2 were already gone\)$/);
  });

  it('says in a typed confirmation how many are running when running tasks were asked for', () => {
    assert.ok(typedConfirmationPrompt(5, l10n, 2).prompt.includes(`2 of them are still running: ${RUNNING_WARNING}`));
    assert.ok(typedConfirmationPrompt(5, l10n, 1).prompt.includes('1 of them is still running'));
    assert.match(typedConfirmationPrompt(5, l10n, 0).prompt, /None of them is running, although the rule includes running tasks\./);
    assert.ok(!typedConfirmationPrompt(5, l10n).prompt.includes('running'));
  });

  it('asks to type the count for a typed confirmation', () => {
    assert.equal(typedConfirmationAnswer(42), '42');
    assert.ok(typedConfirmationPrompt(42, l10n).prompt.includes('42'));
  });

  it('summarises deleted, failed, already gone and cancelled counts', () => {
    const text = deleteSummary({ deleted: 11, alreadyGone: 1, unconfirmed: 0, failed: 1, skipped: 2, outcomes: [] }, l10n);
    assert.equal(text, '12 deleted, 1 failed, 2 not attempted (cancelled) (1 was already gone)');
    assert.equal(deleteSummary({ deleted: 3, alreadyGone: 0, unconfirmed: 0, failed: 0, skipped: 0, outcomes: [] }, l10n), '3 deleted');
  });

  it('counts the tasks left to a delete already in flight, which are not among the outcomes', () => {
    const text = deleteSummary({ deleted: 2, alreadyGone: 0, unconfirmed: 0, failed: 0, skipped: 0, leftInFlight: 1, outcomes: [] }, l10n);
    assert.equal(text, '2 deleted, 1 left to a delete already in progress');
  });
});
