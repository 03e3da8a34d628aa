import * as assert from 'node:assert/strict';
import { openWorkbench, type Ui } from './harness';

describe('UI: the view', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true });
  });

  after(async () => {
    await ui?.close();
  });

  it('opens from the activity bar and shows the tree', async () => {
    await ui.openView();
    const tree = ui.page.locator('.part.sidebar').getByRole('tree').first();
    await tree.waitFor({ state: 'visible' });
    const header = await ui.page.locator('.part.sidebar .composite.title').innerText();
    await ui.step('view-open');
    assert.ok(header.toLowerCase().includes(ui.viewTitle.toLowerCase()), `side bar title "${header}" names "${ui.viewTitle}"`);
  });
});
