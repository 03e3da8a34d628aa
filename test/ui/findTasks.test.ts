import * as assert from 'node:assert/strict';
import { projectId, rowName } from './account';
import { openWorkbench, UPDATE_MEDIA, type Ui } from './harness';

describe('UI: Find Tasks', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true });
    await ui.openView();
    await ui.wideSideBar();
    await ui.row(rowName('Environment')).waitFor({ state: 'visible' });
    // The walk must go to the emulator: wait until the profile, read again by a full refresh, says so.
    await ui.viewAction('Refresh');
    await ui.row(/^Environment.*Custom endpoint/).waitFor({ state: 'visible', timeout: 30_000 });
    await ui.collapseAll();
  });

  after(async () => {
    await ui?.close();
  });

  it('finds a task by id from the view title and selects its row in the tree', async () => {
    const project = ui.emulator.data.projects[0]!;
    const instance = ui.emulator.data.dcsInstances(projectId(ui, project.name))[0]!;
    const task = ui.emulator.data.tasks(instance.id).at(-1)!;

    await ui.viewAction('Find Tasks…');
    await ui.waitForPrompt(/Find Tasks/);
    const input = ui.page.locator('.quick-input-widget input').first();
    if (UPDATE_MEDIA) {
      // The README's picture: a status typed, its matches from several instances, and how far the walk got.
      await input.fill('failed');
      await ui.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(1).waitFor({ state: 'visible', timeout: 30_000 });
      await ui.page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /tasks? looked at/ }).waitFor({ state: 'visible' });
      await ui.saveMedia('screenshot-find-tasks', ...ui.treeArea(), ui.page.locator('.quick-input-widget'));
    }
    await input.fill(task.id);
    // Matches arrive as the account is walked; the one row for this id shows its name and where it lives.
    const item = ui.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: task.id }).first();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match((await item.innerText()).replace(/\s+/g, ' '), new RegExp(`${task.name}.*${instance.name}`));
    await ui.page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /tasks? looked at/ }).waitFor({ state: 'visible' });
    await ui.step('find-tasks-pick');
    await input.press('Enter');

    const selected = ui.sideBar().locator('[role="treeitem"][aria-selected="true"]');
    await selected.first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await selected.count(), 1, 'one row selected');
    assert.equal(await selected.locator('.label-name').first().textContent(), task.name);
    assert.equal(await selected.getAttribute('aria-level'), '5', 'a task row: profile, project, service, instance, task');
    const instanceRow = ui.sideBar().locator('[role="treeitem"][aria-expanded="true"]').filter({ has: ui.page.locator('.label-name').getByText(instance.name, { exact: true }) });
    await instanceRow.waitFor({ state: 'visible' });
    await ui.mouseAway();
    await ui.step('find-tasks-revealed');
  });
});
