import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index';
import { credentialsSecretKey } from '../../src/profiles/profileStore';
import type { ExtensionTestApi } from '../../src/testApi';
import type { ProfileNode } from '../../src/tree/profileNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { addEmulatorProfile, containerOf, REGION, testApi } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const OTHER_KEYS = { accessKey: 'EMULATORTESTAK000002', secretKey: 'EmulatorTestSecretKey0000000000000000002' };

describe('managing profiles', () => {
  // Two accounts: B accepts a second key pair as well, so a key change can be told apart in its log.
  let a: Emulator;
  let b: Emulator;
  let api: ExtensionTestApi;
  let ui: ScriptedUserInput;
  const created: string[] = [];

  before(async () => {
    a = await startEmulator({ projects: 1, instances: 1, tasks: 2 });
    b = await startEmulator({ projects: 1, instances: 1, tasks: 2, keys: [{ accessKey: 'EMULATORTESTAK000001', secretKey: 'EmulatorTestSecretKey0000000000000000001' }, OTHER_KEYS] });
    api = await testApi();
  });

  beforeEach(() => {
    a.reset();
    b.reset();
    ui = new ScriptedUserInput();
  });

  afterEach(async () => {
    for (const id of created.splice(0)) if (api.store.get(id)) await api.store.remove(id);
  });

  after(async () => {
    await a.stop();
    await b.stop();
  });

  const add = async (emulator: Emulator, name: string, keys?: { accessKey: string; secretKey: string }): Promise<string> => {
    const id = await addEmulatorProfile(api, emulator, name, keys);
    created.push(id);
    api.setUserInput(ui);
    return id;
  };
  const root = (id: string): ProfileNode | undefined => api.tree.profileNodes().find((n) => n.profile.id === id);
  const label = (node: TreeNode | undefined) => String(node?.getTreeItem().label);
  const projectsOf = async (id: string) => (await api.tree.getChildren(root(id))).map((n) => label(n));

  it('shows several profiles at once, each a root of the tree with its own account', async () => {
    const first = await add(a, 'mp-first');
    const second = await add(b, 'mp-second');
    assert.deepEqual(
      api.tree.profileNodes().filter((n) => created.includes(n.profile.id)).map((n) => label(n)),
      ['mp-first', 'mp-second'],
    );
    a.clearLog();
    b.clearLog();
    assert.ok((await projectsOf(first)).includes(REGION));
    assert.ok((await projectsOf(second)).includes(REGION));
    assert.ok(a.log().length > 0 && b.log().length > 0, 'each root asked its own endpoint');
  });

  it('renames a profile, refusing a name another profile has', async () => {
    await add(a, 'mp-taken');
    const id = await add(a, 'mp-old');
    ui.inputRefused(/Profile name/, 'MP-Taken').inputAnswer(/Profile name/, 'mp-new');
    await vscode.commands.executeCommand('huaweicloudTasks.renameProfile', root(id));
    ui.assertDone();
    assert.deepEqual(ui.refusals.map((r) => r.message), ['A profile named "MP-Taken" already exists.']);
    assert.equal(api.store.get(id)?.name, 'mp-new');
    assert.equal(label(root(id)), 'mp-new');
    assert.equal((await api.store.getCredentials(id))?.secretKey, a.secretKey, 'the keys stay with the profile');
  });

  it('removes a profile only after confirmation, with its keys and its root', async () => {
    const id = await add(a, 'mp-remove');
    ui.confirmAnswer(/Remove the profile "mp-remove"/, false);
    await vscode.commands.executeCommand('huaweicloudTasks.removeProfile', root(id));
    assert.ok(api.store.get(id), 'cancel keeps the profile');
    assert.ok(await api.secrets.get(credentialsSecretKey(id)), 'cancel keeps the keys');

    ui.confirmAnswer(/Remove the profile "mp-remove"/, true);
    await vscode.commands.executeCommand('huaweicloudTasks.removeProfile', root(id));
    ui.assertDone();
    assert.equal(api.store.get(id), undefined);
    assert.equal(await api.secrets.get(credentialsSecretKey(id)), undefined, 'the keys are deleted from secret storage');
    assert.equal(root(id), undefined, 'the root is gone');
  });

  it('edits a profile from the palette: endpoint overrides are validated, saved, and route that service elsewhere', async () => {
    const id = await add(a, 'mp-edit');
    ui.pickAnswer(/Profile to change/, 'mp-edit')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, a.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'Set endpoint overrides…')
      .pickManyAnswer(/Endpoint overrides/, 'dcs')
      .inputRefused(/Endpoint override for dcs/, 'http://10.1.2.3/{service}/{region}')
      .inputRefused(/Endpoint override for dcs/, 'https://{service}.{az}.example.com')
      .inputAnswer(/Endpoint override for dcs/, b.endpointTemplate)
      .pickAnswer(/Keys of "mp-edit"/, 'Keep the stored keys');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile');
    ui.assertDone();
    assert.deepEqual(ui.refusals.map((r) => r.message), [
      'Plain http:// is accepted only for loopback addresses.',
      'Only {service} and {region} can be used as placeholders.',
    ]);
    assert.equal(ui.asked.find((x) => x.title === 'Endpoint template')?.value, a.endpointTemplate, 'the template is offered as it was');
    assert.deepEqual(api.store.get(id)?.endpointOverrides, { dcs: b.endpointTemplate });
    assert.ok(a.log().some((e) => e.service === 'iam' && e.accessKey === a.accessKey), 'the stored keys were checked');

    a.clearLog();
    b.clearLog();
    await containerOf(api, id, 'dcs', a);
    await containerOf(api, id, 'kafka', a);
    assert.ok(b.log().some((e) => e.service === 'dcs') && !b.log().some((e) => e.service === 'dms'), 'DCS went to the override');
    assert.ok(a.log().some((e) => e.service === 'dms') && !a.log().some((e) => e.service === 'dcs'), 'the rest stayed on the template');

    ui.pickAnswer(/Profile to change/, 'mp-edit')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, a.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'Remove the endpoint overrides')
      .pickAnswer(/Keys of "mp-edit"/, 'Keep the stored keys');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile');
    ui.assertDone();
    assert.equal(api.store.get(id)?.endpointOverrides, undefined);
  });

  it('edits the keys: new ones are checked and replace the stored ones', async () => {
    const id = await add(b, 'mp-keys');
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, b.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'No endpoint overrides')
      .pickAnswer(/Keys of "mp-keys"/, 'Enter new keys')
      .inputAnswer(/Access Key ID/, OTHER_KEYS.accessKey)
      .inputAnswer(/Secret Access Key/, OTHER_KEYS.secretKey)
      .inputAnswer(/Security token/, '');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root(id));
    ui.assertDone();
    assert.deepEqual(await api.store.getCredentials(id), OTHER_KEYS);
    assert.ok(b.log().some((e) => e.service === 'iam' && e.accessKey === OTHER_KEYS.accessKey && e.status === 200));
  });

  it("rebuilds the session when another window changes a profile's keys", async () => {
    const id = await add(b, 'mp-secret');
    await projectsOf(id);
    assert.ok(b.log().every((e) => e.accessKey === b.accessKey));
    const changed = new Promise<void>((resolve) => {
      const sub = api.store.onDidChange(() => {
        sub.dispose();
        resolve();
      });
    });
    // What another window's store does: write the secret, with nothing else of this extension involved.
    await api.secrets.store(credentialsSecretKey(id), JSON.stringify(OTHER_KEYS));
    await changed;
    b.clearLog();
    assert.ok((await projectsOf(id)).includes(REGION));
    const used = new Set(b.log().map((e) => e.accessKey));
    assert.deepEqual([...used], [OTHER_KEYS.accessKey], 'the next requests are signed with the new key');
  });
});
