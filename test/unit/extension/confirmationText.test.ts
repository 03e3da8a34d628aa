import * as assert from 'node:assert/strict';
import {
  deleteSummary,
  manyDeleteConfirmation,
  NAMES_SHOWN,
  singleDeleteConfirmation,
  typedConfirmationAnswer,
  typedConfirmationPrompt,
  type DeleteTargetDescription,
} from '../../../src/commands/delete/confirmationText';
import { englishLocalizer as l10n } from '../../../src/util/localizer';

const RUNNING_WARNING = 'a task that is being executed cannot be viewed after being deleted';

function target(i: number, running = false): DeleteTargetDescription {
  return { taskName: `task-${i}`, containerName: `inst-${i}`, containerKind: 'instance', serviceName: 'DMS for Kafka', regionName: 'CN North-Beijing4', running };
}

describe('delete confirmation text', () => {
  it('names the task, its instance, service and region, and says it cannot be undone', () => {
    const text = singleDeleteConfirmation(target(1), l10n);
    for (const part of ['task-1', 'inst-1', 'DMS for Kafka', 'CN North-Beijing4']) assert.ok(text.message.includes(part), part);
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

  it('states the count and lists only the first names', () => {
    const targets = Array.from({ length: 8 }, (_, i) => target(i, i === 7));
    const text = manyDeleteConfirmation(targets, l10n);
    assert.ok(text.message.includes('8'));
    for (let i = 0; i < NAMES_SHOWN; i++) assert.ok(text.detail.includes(`task-${i}`));
    assert.ok(!text.detail.includes('task-6'));
    assert.ok(text.detail.includes(`and ${8 - NAMES_SHOWN} more`));
    assert.ok(text.detail.includes(`1 of them is still running`));
  });

  it('reads correctly for one task and for several', () => {
    assert.equal(typedConfirmationPrompt(1, l10n).title, 'Confirm deleting 1 task');
    assert.equal(typedConfirmationPrompt(2, l10n).title, 'Confirm deleting 2 tasks');
    assert.match(typedConfirmationPrompt(1, l10n).prompt, /^Type 1 to delete 1 task\./);
    const twoRunning = manyDeleteConfirmation([target(1, true), target(2, true)], l10n).detail;
    assert.ok(twoRunning.includes('2 of them are still running'));
    assert.match(deleteSummary({ deleted: 0, alreadyGone: 2, unconfirmed: 0, failed: 0, skipped: 0, outcomes: [] }, l10n), /\(2 were already gone\)$/);
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
});
