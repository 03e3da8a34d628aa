import * as assert from 'node:assert/strict';
import { instanceWithDistinctTasks, openInstance, rowName } from './account';
import { openWorkbench, type Ui } from './harness';

const PROFILE = 'Environment';
const PROJECT = 'cn-north-4';

describe('UI: Copy ID', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true });
    // The workbench writes through the page's clipboard; the test reads it back there.
    await ui.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ui.page.url()).origin });
    await ui.openView();
    await ui.wideSideBar();
  });

  after(async () => {
    await ui?.close();
  });

  // The page's clipboard; the tests compile without the DOM's types, so it is named here.
  type PageGlobals = { navigator: { clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } } };
  const readClipboard = (): Promise<string> => ui.page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText());

  /** Puts a marker on the clipboard, so a copy that never happens cannot pass for one that did. */
  async function clearClipboard(): Promise<void> {
    await ui.page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText('nothing copied yet'));
    assert.equal(await readClipboard(), 'nothing copied yet');
  }

  /** The clipboard once it holds something else than the marker. */
  async function copied(): Promise<string> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const text = await readClipboard();
      if (text !== 'nothing copied yet' || Date.now() > deadline) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('copies the id of a task row and of an instance row, as the emulator knows them', async () => {
    const { instance, tasks } = instanceWithDistinctTasks(ui, PROJECT, 'kafka', 1);
    const task = tasks[0]!;
    await openInstance(ui, PROFILE, PROJECT, 'kafka', instance.name);
    await ui.row(rowName(task.name)).waitFor({ state: 'visible' });

    await clearClipboard();
    await ui.contextMenu(rowName(task.name), 'Copy ID');
    assert.equal(await copied(), task.id);
    assert.ok(ui.emulator.data.task(instance.id, task.id), 'the copied id is a task of the emulator');

    await clearClipboard();
    await ui.contextMenu(rowName(instance.name), 'Copy ID');
    assert.equal(await copied(), instance.id);

    await ui.mouseAway();
    await ui.step('copy-id');
  });
});
