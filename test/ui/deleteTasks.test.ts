import * as assert from 'node:assert/strict';
import { eventually, instanceWithDistinctTasks, openInstance, requests, rowName } from './account';
import { openWorkbench, type Ui } from './harness';

const PROFILE = 'Environment';
const PROJECT = 'cn-north-4';
const REGION_NAME = 'CN North-Beijing4';

describe('UI: deleting tasks', () => {
  let ui: Ui;
  const used: string[] = [];

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true });
    await ui.openView();
    await ui.wideSideBar();
  });

  beforeEach(async () => {
    ui.emulator.clearFaults();
    await ui.row(rowName(PROFILE)).waitFor({ state: 'visible' });
    await ui.collapseAll();
    // Each test reads its own summary toast, not an earlier test's.
    await ui.runCommand('Notifications: Clear All Notifications');
    await ui.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'detached' });
  });

  after(async () => {
    ui?.emulator.clearFaults();
    await ui?.close();
  });

  /** An instance no other test of this file touches, opened in the tree. */
  async function freshInstance(min: number, project = PROJECT) {
    const found = instanceWithDistinctTasks(ui, project, 'dcs', min, used);
    used.push(found.instance.id);
    await openInstance(ui, PROFILE, project, 'dcs', found.instance.name);
    for (const t of found.tasks) await ui.row(rowName(t.name)).waitFor({ state: 'visible' });
    return found;
  }

  it('deletes a task confirmed in the modal: gone from the tree and from the emulator', async () => {
    const { instance, tasks } = await freshInstance(1);
    const task = tasks[0]!;
    await ui.step('tree-before-delete');
    await ui.saveMedia('screenshot-tree', ...ui.treeArea());
    await ui.saveMedia('walkthrough/explore', ...ui.treeArea());
    ui.emulator.clearLog();

    await ui.contextMenu(rowName(task.name), 'Delete Task…');
    const dialog = ui.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible' });
    await ui.step('delete-confirmation');
    await ui.saveMedia('screenshot-delete', ...ui.treeArea(), dialog);
    await ui.saveMedia('walkthrough/delete', ...ui.treeArea(), dialog);
    const text = await ui.answerDialog('Delete');
    for (const named of [task.name, instance.name, 'DCS', REGION_NAME]) assert.ok(text.includes(named), `the confirmation names ${named}: ${text}`);

    await ui.waitForToast(/1 deleted/);
    await ui.row(rowName(task.name)).waitFor({ state: 'detached' });
    await ui.step('tree-after-delete');
    const deletes = requests(ui, 'DELETE', `/tasks/${task.id}`);
    assert.deepEqual(deletes.map((e) => e.status).filter((s) => s === 200 || s === 204).length, 1, JSON.stringify(deletes));
    assert.equal(ui.emulator.data.task(instance.id, task.id), undefined);
  });

  it('leaves the task when the modal is cancelled', async () => {
    const { instance, tasks } = await freshInstance(1);
    const task = tasks[0]!;
    ui.emulator.clearLog();

    await ui.contextMenu(rowName(task.name), 'Delete Task…');
    await ui.answerDialog('Cancel');
    // Listing the instance again goes through the emulator: the task is still there, and no delete was sent.
    await ui.contextMenu(rowName(instance.name), 'Refresh');
    await eventually('the instance is listed again', () => requests(ui, 'GET', `/instances/${instance.id}/tasks`).some((e) => e.status === 200));
    await ui.idle();
    await ui.row(rowName(task.name)).waitFor({ state: 'visible' });
    await ui.step('after-cancel');
    assert.deepEqual(ui.emulator.log().filter((e) => e.method === 'DELETE'), []);
    assert.ok(ui.emulator.data.task(instance.id, task.id));
  });

  it('deletes a multi-selection past one failure and shows one summary', async () => {
    const { instance, tasks } = await freshInstance(3, 'cn-north-4_team');
    const [first, failing, last] = tasks as [typeof tasks[number], typeof tasks[number], typeof tasks[number]];
    ui.emulator.setFaults([{ service: 'dcs', method: 'DELETE', taskId: failing.id, action: { kind: 'status', status: 500 } }]);
    ui.emulator.clearLog();

    await ui.click(rowName(first.name));
    await ui.click(rowName(failing.name), ['ControlOrMeta']);
    await ui.click(rowName(last.name), ['ControlOrMeta']);
    assert.equal(await ui.page.locator('.part.sidebar [role="treeitem"][aria-selected="true"]').count(), 3);
    await ui.contextMenu(rowName(last.name), 'Delete Task…');
    const text = await ui.answerDialog('Delete');
    assert.match(text, /Delete 3 tasks\?/);

    const summary = await ui.waitForToast(/deleted/);
    assert.match(summary, /2 deleted, 1 failed/);
    assert.match(summary, /Show Log/);
    await ui.row(rowName(first.name)).waitFor({ state: 'detached' });
    await ui.row(rowName(last.name)).waitFor({ state: 'detached' });
    await ui.row(rowName(failing.name)).waitFor({ state: 'visible' });
    // The progress notification closes once the run is over; only the summary stays.
    await ui.page.locator('.notifications-toasts .notification-toast').filter({ hasText: /Deleting 3 tasks/ }).waitFor({ state: 'detached' });
    await ui.step('summary');
    const toast = ui.page.locator('.notifications-toasts .notification-toast').filter({ hasText: /deleted/ }).first();
    await ui.saveMedia('screenshot-summary', toast);

    assert.equal(ui.emulator.data.task(instance.id, first.id), undefined);
    assert.equal(ui.emulator.data.task(instance.id, last.id), undefined);
    assert.ok(ui.emulator.data.task(instance.id, failing.id), 'the task whose delete failed is still there');
    assert.ok(requests(ui, 'DELETE', `/tasks/${failing.id}`).every((e) => e.status === 500));
  });
});
