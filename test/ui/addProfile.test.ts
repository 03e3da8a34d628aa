import * as assert from 'node:assert/strict';
import { openInstance, projectId, rowName } from './account';
import { openWorkbench, type Ui } from './harness';

const PROFILE = 'Emulator account';
/** The name first typed, changed after going back to the first step. */
const DRAFT = 'Emulator draft';
const REGION = 'cn-north-4';
/** The home region typed: not the template's default (cn-north-4), so a lost answer cannot pass for a kept one. */
const HOME = 'cn-east-3';

describe('UI: adding a profile through the prompts', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench();
  });

  after(async () => {
    await ui?.close();
  });

  it('asks for each field by name in numbered steps, goes Back keeping the answers, keeps the keys out of the page, and fills the tree', async () => {
    const { emulator } = ui;
    await ui.openView();
    const addButton = ui.sideBar().getByRole('button', { name: 'Add profile', exact: true });
    await addButton.waitFor({ state: 'visible' });
    await ui.step('welcome-view');
    await addButton.click();

    await ui.waitForStep('Profile name');
    await ui.answer(DRAFT);
    await ui.waitForStep('Cloud');
    await ui.answer('Custom endpoint');
    await ui.waitForStep('Endpoint template');
    await ui.step('prompt-endpoint-template');
    await ui.saveMedia('walkthrough/add-profile', ui.page.locator('.quick-input-widget'));
    await ui.answer(emulator.endpointTemplate);
    await ui.waitForStep('Home region');
    await ui.answer(HOME);
    // The emulator is not a cloud's host: before the keys are typed, the flow names it and asks once.
    const question = await ui.answerDialog('Allow');
    assert.ok(question.includes(`127.0.0.1:${emulator.port}`), `the question names the emulator's address: ${question}`);
    const akPrompt = await ui.waitForStep('Access Key ID');
    assert.match(akPrompt.placeholder, new RegExp(DRAFT));
    await ui.answer(emulator.accessKey);
    const secretPrompt = await ui.waitForStep('Secret Access Key');
    assert.match(secretPrompt.title, /6\s*\/\s*7/, `the step count is shown: ${secretPrompt.title}`);

    // Back, step by step, to the name: each step opens with its answer; the endpoint question is not a step.
    const kept: Array<[string, string]> = [
      ['Access Key ID', emulator.accessKey],
      ['Home region', HOME],
      ['Endpoint template', emulator.endpointTemplate],
      ['Cloud', ''],
      ['Profile name', DRAFT],
    ];
    for (const [title, value] of kept) {
      await ui.back();
      const prompt = await ui.waitForStep(title);
      // An input opens with its answer as its text; a pick of suggestions, with its answer as the active entry.
      const active = ui.page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused .label-name');
      if (title === 'Home region') assert.equal((await active.first().textContent())?.trim(), value, 'Home region opens on its answer');
      else if (value) assert.equal(prompt.value, value, `${title} opens with its answer`);
      // The README's picture: the step count, Back, and the Access Key ID readable as typed.
      if (title === 'Access Key ID') await ui.saveMedia('screenshot-add-profile-steps', ui.page.locator('.quick-input-widget'));
    }
    assert.equal(await ui.page.locator('.quick-input-titlebar .quick-input-left-action-bar .action-label').count(), 0, 'the first step has no Back');
    await ui.answer(PROFILE);
    // Forward again as answered: the pick steps open on their answers, and the same hosts are not asked about twice.
    for (const title of ['Cloud', 'Endpoint template', 'Home region', 'Access Key ID']) {
      await ui.waitForStep(title);
      await ui.accept();
    }
    await ui.waitForStep('Secret Access Key');
    await ui.answer(emulator.secretKey);
    await ui.waitForStep('Security token');
    await ui.answer('');

    await ui.waitForToast(`Profile "${PROFILE}" added.`);
    const profileRow = ui.row(rowName(PROFILE));
    await profileRow.waitFor({ state: 'visible' });
    assert.equal(await ui.row(rowName(DRAFT)).count(), 0, 'the name changed after Back is the one saved');
    await profileRow.locator('.label-description', { hasText: HOME }).waitFor({ state: 'visible' });

    const [instance] = ui.emulator.data.dcsInstances(projectId(ui, REGION));
    assert.ok(instance);
    await openInstance(ui, PROFILE, REGION, 'dcs', instance.name);
    for (const task of ui.emulator.data.tasks(instance.id)) await ui.row(rowName(task.name)).waitFor({ state: 'visible' });
    await ui.step('profile-tree');

    // Every listed project but the non-region one (MOS) is a row; the keys typed in are in no request but as the signer's key id.
    for (const p of ui.emulator.data.projects.filter((x) => x.name !== 'MOS')) assert.equal(await ui.row(rowName(p.name)).count(), 1, p.name);
    assert.equal(await ui.row(rowName('MOS')).count(), 0);
    const signed = ui.emulator.log().filter((e) => e.service !== null);
    assert.ok(signed.length > 0);
    assert.deepEqual([...new Set(signed.map((e) => e.accessKey))], [emulator.accessKey]);
    const html = await ui.page.content();
    assert.ok(!html.includes(emulator.secretKey), 'the Secret Access Key is not in the page');
  });
});
