import * as assert from 'node:assert/strict';
import { requests, rowName, SERVICE_ROW } from './account';
import { openWorkbench, type Ui } from './harness';

describe('UI: a listing that fails', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true });
    await ui.openView();
    await ui.wideSideBar();
  });

  after(async () => {
    ui?.emulator.clearFaults();
    await ui?.close();
  });

  it('shows an error row with the reason, and the instances once the service answers again', async () => {
    // Another project than the other UI tests open, so no earlier listing is cached.
    const project = 'ap-southeast-3';
    ui.emulator.setFaults([{ service: 'dms', method: 'GET', path: '/instances$', action: { kind: 'status', status: 500 } }]);
    await ui.expand(rowName('Environment'));
    await ui.expand(rowName(project));
    await ui.expand(rowName(SERVICE_ROW.kafka));
    const error = ui.sideBar().locator('[role="treeitem"]').filter({ has: ui.page.locator('.codicon-error') }).first();
    await error.waitFor({ state: 'visible' });
    await ui.step('error-row');
    const label = await error.innerText();
    assert.ok(label.trim().length > 0);
    assert.match((await error.getAttribute('aria-label')) ?? '', /show the log/i);
    assert.ok(requests(ui, 'GET', '/instances').some((e) => e.fault === 'status' && e.status === 500));

    ui.emulator.clearFaults();
    await ui.contextMenu(rowName(SERVICE_ROW.kafka), 'Refresh');
    const projectId = ui.emulator.data.projects.find((p) => p.name === project)!.id;
    for (const instance of ui.emulator.data.dmsInstances(projectId, 'kafka')) await ui.row(rowName(instance.name)).waitFor({ state: 'visible' });
    await error.waitFor({ state: 'detached' });
  });
});
