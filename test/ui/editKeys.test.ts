import * as assert from 'node:assert/strict';
import { childLabels, rowName } from './account';
import { openWorkbench, type Ui } from './harness';

const PROFILE = 'Refused keys account';
const REGION = 'cn-north-4';
const AUTH_FAILED = 'Authentication failed: check the Access Key ID and Secret Access Key';

describe('UI: the error row of refused keys', () => {
  let ui: Ui;

  before(async () => {
    ui = await openWorkbench();
    // Whether the emulator's address is asked about depends on whether an earlier test of this code-server
    // allowed it already; when the question shows, allow it.
    const allow = ui.page.getByRole('button', { name: 'Allow', exact: true });
    await ui.page.addLocatorHandler(ui.page.locator('.monaco-dialog-box').filter({ has: allow }), async (box) => {
      await box.getByRole('button', { name: 'Allow', exact: true }).click();
    });
    await ui.openView();
    await ui.wideSideBar();
  });

  after(async () => {
    await ui?.close();
  });

  /** Answers the three key prompts in their order and returns what each asked. */
  async function answerKeys(accessKey: string, secretKey: string): Promise<Array<{ title: string; placeholder: string }>> {
    const asked = [await ui.waitForStep('Access Key ID')];
    await ui.answer(accessKey);
    asked.push(await ui.waitForStep('Secret Access Key'));
    await ui.answer(secretKey);
    asked.push(await ui.waitForStep('Security token'));
    await ui.answer('');
    return asked;
  }

  it('shows the 401 as a row whose click asks for the keys again, and the projects once they are right', async () => {
    const { emulator } = ui;
    await ui.runCommand('Huawei Cloud Tasks: Add Profile…');
    await ui.waitForStep('Profile name');
    await ui.answer(PROFILE);
    await ui.waitForStep('Cloud');
    await ui.answer('Custom endpoint');
    await ui.waitForStep('Endpoint template');
    await ui.answer(emulator.endpointTemplate);
    await ui.waitForStep('Home region');
    await ui.answer(REGION);
    await answerKeys(emulator.accessKey, `${emulator.secretKey}-wrong`);
    // The keys are checked before they are saved: refused, the Secret Access Key step comes back with the
    // reason; giving the same keys again asks whether to save them anyway.
    await ui.waitForStep('Secret Access Key');
    await ui.answer(`${emulator.secretKey}-wrong`);
    await ui.waitForStep('Security token');
    await ui.answer('');
    const refused = await ui.answerDialog('Save Anyway');
    assert.ok(refused.includes(AUTH_FAILED), refused);
    await ui.waitForToast(`Profile "${PROFILE}" added.`);

    await ui.expand(rowName(PROFILE));
    const error = ui.row(rowName(AUTH_FAILED));
    await error.waitFor({ state: 'visible' });
    assert.deepEqual(await childLabels(ui, PROFILE), [AUTH_FAILED]);
    assert.match((await error.getAttribute('aria-label')) ?? '', /Click to enter the keys again/);
    // The emulator refused the signatures made with the wrong secret (a refused request names no key).
    assert.ok(emulator.log().some((e) => e.status === 401 && e.accessKey === null));
    await ui.mouseAway();
    await ui.step('refused-keys-error-row');

    // Its context menu offers the same, by name.
    await error.click({ button: 'right' });
    const menu = ui.page.locator('.context-view .monaco-menu');
    await menu.getByRole('menuitem', { name: 'Edit Keys' }).waitFor({ state: 'visible' });
    await ui.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });

    await error.click();
    const asked = await answerKeys(emulator.accessKey, emulator.secretKey);
    assert.deepEqual(
      asked.map((p) => p.title),
      // Edit Keys is a multi-step input of its own: three steps, counted.
      ['Access Key ID (1/3)', 'Secret Access Key (2/3)', 'Security token (3/3)'],
    );
    assert.equal(asked[0]!.placeholder, `Access Key ID for ${PROFILE}`);
    assert.equal(asked[1]!.placeholder, `Secret Access Key for ${PROFILE}`);

    // Every listed project but the non-region one (MOS) is a row of the profile now, and the error row is gone.
    const projects = emulator.data.projects.map((p) => p.name).filter((n) => n !== 'MOS').sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const p of projects) await ui.row(rowName(p)).waitFor({ state: 'visible' });
    await error.waitFor({ state: 'detached' });
    assert.deepEqual(await childLabels(ui, PROFILE), projects);
    await ui.mouseAway();
    await ui.step('keys-edited-projects');
  });
});
