import * as assert from 'node:assert/strict';
import { childLabels, openInstance, projectId, requests, rowName, type TaskRecord } from './account';
import { openWorkbench, type Ui } from './harness';

const PROFILE = 'Environment';
const DAY_MS = 86_400_000;
const CLEANUP_DAYS = 30;
/** DCS statuses the clean-up's age rule may delete (finished or failed; running ones never). */
const FINISHED_DCS = new Set(['SUCCESS', 'FAILED']);

type Instance = ReturnType<Ui['emulator']['data']['dcsInstances']>[number];
interface Pick {
  project: string;
  instance: Instance;
  tasks: TaskRecord[];
}

/** The first DCS instance, over every project, whose tasks pass `fits` (read from the emulator as it is now). */
function dcsInstance(ui: Ui, fits: (tasks: TaskRecord[]) => boolean, skip: readonly string[] = []): Pick {
  for (const project of ui.emulator.data.projects) {
    for (const instance of ui.emulator.data.dcsInstances(projectId(ui, project.name))) {
      const tasks = ui.emulator.data.tasks(instance.id);
      if (!skip.includes(instance.id) && fits(tasks)) return { project: project.name, instance, tasks };
    }
  }
  throw new Error('no DCS instance fits; change the UI tier’s sample data');
}

/** A tree row by its label alone, whatever its accessible name adds after the label. */
function rowLabelled(ui: Ui, label: string) {
  return ui.sideBar().getByRole('treeitem').filter({ has: ui.page.locator('.label-name').getByText(label, { exact: true }) }).first();
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();
const hiddenRow = (n: number): string => (n === 1 ? '1 task hidden by the filter' : `${n} tasks hidden by the filter`);

describe('UI: filter and clean-up', () => {
  let ui: Ui;
  const used: string[] = [];

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true });
    await ui.openView();
    await ui.wideSideBar();
  });

  beforeEach(async () => {
    await ui.row(rowName(PROFILE)).waitFor({ state: 'visible' });
    // The filter is kept per workspace: one left by an earlier failure would change what the tree shows.
    const clear = ui.sideBar().locator('.action-label[aria-label^="Clear Filter"]').first();
    if (await clear.isVisible()) await ui.viewAction('Clear Filter');
    await ui.collapseAll();
  });

  after(async () => {
    await ui?.close();
  });

  it('filters the tree to failed tasks from the view title, says how many are hidden, and clears the filter', async () => {
    const { project, instance, tasks } = dcsInstance(
      ui,
      (ts) => ts.some((t) => t.status === 'FAILED') && ts.some((t) => t.status !== 'FAILED') && new Set(ts.map((t) => t.name)).size === ts.length,
    );
    used.push(instance.id);
    const failed = tasks.filter((t) => t.status === 'FAILED');
    await openInstance(ui, PROFILE, project, 'dcs', instance.name);
    assert.deepEqual(sorted(await childLabels(ui, instance.name)), sorted(tasks.map((t) => t.name)), 'unfiltered, every task shows');

    await ui.viewAction('Filter Tasks…');
    await ui.waitForPrompt(/Filter tasks by/);
    await ui.answer('Status');
    await ui.waitForPrompt(/Task statuses to show/);
    await ui.pickMany([/^failed$/]);

    // Shown above the tree: a view alone in its container has no room for a description in the title.
    // (The description is in the page too, in the merged view's hidden header.)
    const shown = ui.sideBar().getByText('Filter: failed', { exact: true }).filter({ visible: true });
    await shown.waitFor({ state: 'visible' });
    await rowLabelled(ui, hiddenRow(tasks.length - failed.length)).waitFor({ state: 'visible' });
    assert.deepEqual(await childLabels(ui, instance.name), [...failed.map((t) => t.name), hiddenRow(tasks.length - failed.length)]);
    await ui.mouseAway();
    await ui.step('filtered-tree');
    await ui.saveMedia('screenshot-filter', ...ui.treeArea());

    await ui.viewAction('Clear Filter');
    await rowLabelled(ui, hiddenRow(tasks.length - failed.length)).waitFor({ state: 'detached' });
    await shown.waitFor({ state: 'hidden' });
    assert.deepEqual(sorted(await childLabels(ui, instance.name)), sorted(tasks.map((t) => t.name)), 'after clearing, every task shows again');
  });

  it('previews a dry-run clean-up of an instance in a read-only document, grouped with its count, and deletes nothing', async () => {
    const now = Date.now();
    // Age by the time a row shows: the last update.
    const matches = (t: TaskRecord): boolean => FINISHED_DCS.has(t.status) && now - Math.max(t.createdMs, t.updatedMs) > CLEANUP_DAYS * DAY_MS + 60_000;
    const { project, instance, tasks } = dcsInstance(ui, (ts) => ts.filter(matches).length >= 2 && ts.some((t) => !matches(t)), used);
    const expected = tasks.filter(matches);
    // Narrower, so the preview's lines fit the editor beside the tree.
    await ui.sideBarWidth(300);
    await openInstance(ui, PROFILE, project, 'dcs', instance.name);
    ui.emulator.clearLog();

    await ui.contextMenu(rowName(instance.name), 'Clean Up Tasks…');
    await ui.waitForPrompt(/Clean-up rule/);
    await ui.answer('older than');
    await ui.waitForPrompt(/Older than \(days\)/);
    await ui.answer(String(CLEANUP_DAYS));
    await ui.waitForPrompt(/Clean-up mode/);
    await ui.answer('dry run');

    const toast = await ui.waitForToast(/Dry run/);
    assert.match(toast, new RegExp(`Dry run: ${expected.length} tasks would be deleted\\. Nothing was deleted\\.`));
    const editor = ui.page.locator('.part.editor .monaco-editor').first();
    const lines = editor.locator('.view-lines');
    // Monaco renders spaces as no-break spaces, which \s matches.
    await lines.locator('.view-line').filter({ hasText: /Clean-up\spreview/ }).first().waitFor({ state: 'visible' });
    const text = (await lines.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, new RegExp(`Clean-up preview \\(dry run, nothing is deleted\\): ${expected.length} tasks would be deleted`));
    assert.ok(text.includes(`${instance.name} (${instance.id}) · ${project}: ${expected.length} tasks`), `one group for the instance with its count:\n${text}`);
    for (const t of expected) assert.ok(text.includes(t.id), `the preview lists ${t.id}:\n${text}`);
    for (const t of tasks.filter((x) => !matches(x))) assert.ok(!text.includes(t.id), `the preview leaves out ${t.id}:\n${text}`);
    // The walk's progress notification closes once the preview is up; the dry run's message stays.
    await ui.page.locator('.notifications-toasts .notification-toast').filter({ hasText: /Finding tasks to clean up/ }).waitFor({ state: 'detached' });
    await ui.mouseAway();
    await ui.step('cleanup-preview');
    await ui.saveMedia('screenshot-cleanup-preview', ...ui.treeArea(), ui.page.locator('.part.editor'));
    await ui.saveMedia('walkthrough/clean-up', ...ui.treeArea(), ui.page.locator('.part.editor'));

    // Typing into the preview changes nothing: it is a read-only document.
    await lines.click();
    await ui.page.keyboard.type('x');
    assert.equal((await lines.innerText()).replace(/\u00a0/g, ' '), text);

    assert.deepEqual(ui.emulator.log().filter((e) => e.method === 'DELETE'), [], 'a dry run sends no DELETE');
    assert.ok(requests(ui, 'GET', `/instances/${instance.id}/tasks`).length > 0, 'the clean-up listed the instance');
    for (const t of expected) assert.ok(ui.emulator.data.task(instance.id, t.id), `${t.id} is still there`);
  });
});
