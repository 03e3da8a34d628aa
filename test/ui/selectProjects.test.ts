import * as assert from 'node:assert/strict';
import { childLabels, rowName } from './account';
import { openWorkbench, type Ui } from './harness';

const PROFILE = 'Environment';

describe('UI: Show/Hide Projects…', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true });
    await ui.openView();
    await ui.wideSideBar();
  });

  after(async () => {
    await ui?.close();
  });

  it('from a profile’s context menu, leaves one project checked and the tree shows only that project', async () => {
    // The tree lists IAM's projects by name, MOS and other non-region projects left out.
    const all = ui.emulator.data.projects.map((p) => p.name).filter((n) => n !== 'MOS').sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const keep = all.find((n) => n.includes('_'));
    assert.ok(keep && all.length >= 3, `the UI data has a sub-project among several: ${all.join(', ')}`);
    await ui.expand(rowName(PROFILE));
    await ui.row(rowName(all[0]!)).waitFor({ state: 'visible' });
    assert.deepEqual(await childLabels(ui, PROFILE), all);

    await ui.contextMenu(rowName(PROFILE), 'Show/Hide Projects…');
    await ui.waitForPrompt(/Projects to show/);
    await ui.mouseAway();
    await ui.saveMedia('screenshot-show-projects', ...ui.treeArea(), ui.page.locator('.quick-input-widget'));
    await ui.pickOnly([new RegExp(`^${keep}$`)]);

    await ui.row(rowName(all.find((n) => n !== keep)!)).waitFor({ state: 'detached' });
    assert.deepEqual(await childLabels(ui, PROFILE), [keep]);
    // The row's count follows its listing: redrawn a moment after the rows below it.
    await ui.row(rowName(PROFILE)).locator('.label-description', { hasText: `1 of ${all.length} projects` }).waitFor({ state: 'visible' });
    await ui.mouseAway();
    await ui.step('one-project-shown');
  });
});
