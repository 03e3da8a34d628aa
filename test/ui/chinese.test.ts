/**
 * The Simplified Chinese translation in a real workbench: code-server started with `--locale zh-cn`.
 * No language pack can be installed offline, so the workbench's own strings stay English; what is checked
 * is what VS Code hands the extension: `vscode.env.language` (seen in the region names the extension asks
 * IAM for), package.nls.zh-cn.json (the view container, its actions) and l10n/bundle.l10n.zh-cn.json (tree
 * text). Expected strings are read from those files and the emulator's data, never written out here.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regionOf } from '../../emulator/regions';
import { repoRoot } from '../helpers/vscodeTools';
import { projectId, rowName } from './account';
import { openWorkbench, type Ui } from './harness';

const LOCALE = 'zh-cn';

function readStrings(file: string): Record<string, string> {
  return JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, string>;
}

const nls = readStrings(`package.nls.${LOCALE}.json`);
const nlsEnglish = readStrings('package.nls.json');
const bundle = readStrings(`l10n/bundle.l10n.${LOCALE}.json`);

/** A bundle string with its `{n}` placeholders filled, as vscode.l10n.t does; fails if the key is missing. */
function zh(key: string, ...args: Array<string | number>): string {
  const message = bundle[key];
  assert.ok(message !== undefined, `bundle.l10n.${LOCALE}.json translates "${key}"`);
  return message.replace(/\{(\d+)\}/g, (whole, i: string) => String(args[Number(i)] ?? whole));
}

describe('UI: Simplified Chinese (code-server --locale zh-cn)', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench({ environmentProfile: true, locale: LOCALE });
    await ui.openView();
    await ui.wideSideBar();
  });

  after(async () => {
    await ui?.close();
  });

  it('titles the view container and its actions from package.nls.zh-cn.json', async () => {
    const title = nls['viewContainer.title']!;
    assert.notEqual(title, nlsEnglish['viewContainer.title'], 'the Chinese title differs from the English one');
    // openView() found the activity-bar icon by this title already; the side bar's header says it too.
    const header = await ui.sideBar().locator('.composite.title').innerText();
    assert.ok(header.includes(title), `side bar title "${header}" includes "${title}"`);
    const refresh = ui.sideBar().locator(`.action-label[aria-label^="${nls['command.refresh']!}"]`).first();
    await refresh.waitFor({ state: 'visible' });
  });

  it('shows tree text from bundle.l10n.zh-cn.json and region names in Chinese', async () => {
    const project = ui.emulator.data.projects.find((p) => regionOf(p.name) && ui.emulator.data.dcsInstances(p.id).length > 0);
    assert.ok(project, 'the sample data has a regional project with DCS instances');
    const region = regionOf(project.name)!;
    const instances = ui.emulator.data.dcsInstances(projectId(ui, project.name));

    await ui.expand(rowName(zh('Environment')));
    await ui.idle();
    // The region's name comes from IAM in the language RealBackend picked from vscode.env.language.
    await ui.expand(rowName(project.name));
    await ui.row(rowName(project.name)).filter({ hasText: region.zh }).waitFor({ state: 'visible' });
    assert.notEqual(region.zh, region.en);

    // A parent's count appears once its children have loaded; wait for the row to carry it.
    await ui.expand(rowName(zh('DCS (Redis/Memcached)')));
    const count = zh(instances.length === 1 ? '{0} instance' : '{0} instances', instances.length);
    await ui.row(rowName(zh('DCS (Redis/Memcached)'))).filter({ hasText: count }).waitFor({ state: 'visible' });

    const instance = instances[0]!;
    const tasks = ui.emulator.data.tasks(instance.id);
    await ui.expand(rowName(instance.name));
    await ui.row(rowName(tasks[0]!.name)).waitFor({ state: 'visible' });
    const taskCount = zh(tasks.length === 1 ? '{0} task' : '{0} tasks', tasks.length);
    await ui.row(rowName(instance.name)).filter({ hasText: taskCount }).waitFor({ state: 'visible' });
    await ui.mouseAway();
    await ui.step('chinese-tree');
  });
});
