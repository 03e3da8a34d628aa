import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type Emulator } from '../../emulator/index';
import { credentialsSecretKey } from '../../src/profiles/profileStore';
import type { ProfileNode } from '../../src/tree/profileNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { addEmulatorProfile, containerOf, emulatorSuite, hostOf, REGION, setUserSetting } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const OTHER_KEYS = { accessKey: 'EMULATORTESTAK000002', secretKey: 'EmulatorTestSecretKey0000000000000000002' };

describe('managing profiles', () => {
  // Two accounts: the suite's and B, which accepts a second key pair as well, so a key change can be told apart in its log.
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 2 } });
  let b: Emulator;
  let ui: ScriptedUserInput;
  const created: string[] = [];

  before(async () => {
    b = await startEmulator({ projects: 1, instances: 1, tasks: 2, keys: [{ accessKey: 'EMULATORTESTAK000001', secretKey: 'EmulatorTestSecretKey0000000000000000001' }, OTHER_KEYS] });
  });

  beforeEach(() => {
    b.reset();
    ui = new ScriptedUserInput();
  });

  afterEach(async () => {
    for (const id of created.splice(0)) if (fx.api.store.get(id)) await fx.api.store.remove(id);
  });

  after(async () => {
    await b.stop();
  });

  const add = async (emulator: Emulator, name: string, keys?: { accessKey: string; secretKey: string }): Promise<string> => {
    const id = await addEmulatorProfile(fx.api, emulator, name, keys);
    created.push(id);
    fx.api.setUserInput(ui);
    return id;
  };
  const root = (id: string): ProfileNode | undefined => fx.api.tree.profileNodes().find((n) => n.profile.id === id);
  const label = (node: TreeNode | undefined) => String(node?.getTreeItem().label);
  const projectsOf = async (id: string) => (await fx.api.tree.getChildren(root(id))).map((n) => label(n));

  it('shows several profiles at once, each a root of the tree with its own account', async () => {
    const first = await add(fx.emulator, 'mp-first');
    const second = await add(b, 'mp-second');
    assert.deepEqual(
      fx.api.tree.profileNodes().filter((n) => created.includes(n.profile.id)).map((n) => label(n)),
      ['mp-first', 'mp-second'],
    );
    fx.emulator.clearLog();
    b.clearLog();
    assert.ok((await projectsOf(first)).includes(REGION));
    assert.ok((await projectsOf(second)).includes(REGION));
    assert.ok(fx.emulator.log().length > 0 && b.log().length > 0, 'each root asked its own endpoint');
  });

  it('renames a profile, refusing a name another profile has', async () => {
    await add(fx.emulator, 'mp-taken');
    const id = await add(fx.emulator, 'mp-old');
    ui.inputRefused(/Profile name/, 'MP-Taken').inputAnswer(/Profile name/, 'mp-new');
    await vscode.commands.executeCommand('huaweicloudTasks.renameProfile', root(id));
    ui.assertDone();
    assert.deepEqual(ui.refusals.map((r) => r.message), ['A profile named "MP-Taken" already exists.']);
    assert.equal(fx.api.store.get(id)?.name, 'mp-new');
    assert.equal(label(root(id)), 'mp-new');
    assert.equal((await fx.api.store.getCredentials(id))?.secretKey, fx.emulator.secretKey, 'the keys stay with the profile');
  });

  it('removes a profile only after confirmation, with its keys and its root', async () => {
    const id = await add(fx.emulator, 'mp-remove');
    ui.confirmAnswer(/Remove the profile "mp-remove"/, false);
    await vscode.commands.executeCommand('huaweicloudTasks.removeProfile', root(id));
    assert.ok(fx.api.store.get(id), 'cancel keeps the profile');
    assert.ok(await fx.api.secrets.get(credentialsSecretKey(id)), 'cancel keeps the keys');

    ui.confirmAnswer(/Remove the profile "mp-remove"/, true);
    await vscode.commands.executeCommand('huaweicloudTasks.removeProfile', root(id));
    ui.assertDone();
    assert.equal(fx.api.store.get(id), undefined);
    assert.equal(await fx.api.secrets.get(credentialsSecretKey(id)), undefined, 'the keys are deleted from secret storage');
    assert.equal(root(id), undefined, 'the root is gone');
  });

  it('edits a profile from the palette: endpoint overrides are validated, saved, and route that service elsewhere', async () => {
    const id = await add(fx.emulator, 'mp-edit');
    ui.pickAnswer(/Profile to change/, 'mp-edit')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'Set endpoint overrides…')
      .pickManyAnswer(/Endpoint overrides/, 'dcs')
      .inputRefused(/Endpoint override for dcs/, 'http://10.1.2.3/{service}/{region}')
      .inputRefused(/Endpoint override for dcs/, 'https://{service}.{az}.example.com')
      .inputAnswer(/Endpoint override for dcs/, b.endpointTemplate)
      .endpointAnswer(true, hostOf(b.endpointTemplate))
      .pickAnswer(/Keys of "mp-edit"/, 'Keep the stored keys');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile');
    ui.assertDone();
    assert.deepEqual(ui.refusals.map((r) => r.message), [
      'Plain http:// is accepted only for loopback addresses.',
      'Only {service} and {region} can be used as placeholders.',
    ]);
    const [question] = ui.shown.filter((x) => x.startsWith('modal:'));
    assert.ok(!question?.includes(hostOf(fx.emulator.endpointTemplate)), `only the new host is asked about: ${question}`);
    assert.equal(ui.asked.find((x) => x.title === 'Endpoint template')?.value, fx.emulator.endpointTemplate, 'the template is offered as it was');
    assert.deepEqual(fx.api.store.get(id)?.endpointOverrides, { dcs: b.endpointTemplate });
    assert.ok(fx.emulator.log().some((e) => e.service === 'iam' && e.accessKey === fx.emulator.accessKey), 'the stored keys were checked');

    fx.emulator.clearLog();
    b.clearLog();
    await containerOf(fx.api, id, 'dcs', fx.emulator);
    await containerOf(fx.api, id, 'kafka', fx.emulator);
    assert.ok(b.log().some((e) => e.service === 'dcs') && !b.log().some((e) => e.service === 'dms'), 'DCS went to the override');
    assert.ok(fx.emulator.log().some((e) => e.service === 'dms') && !fx.emulator.log().some((e) => e.service === 'dcs'), 'the rest stayed on the template');

    ui.pickAnswer(/Profile to change/, 'mp-edit')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'Remove the endpoint overrides')
      .pickAnswer(/Keys of "mp-edit"/, 'Keep the stored keys');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile');
    ui.assertDone();
    assert.equal(fx.api.store.get(id)?.endpointOverrides, undefined);
  });

  it('asks each override URL as a step of its own: Back from one goes to the one before, with what was typed', async () => {
    const id = await add(b, 'mp-urls');
    const dcs = `${b.url}/dcs/{region}`;
    const dms = `${b.url}/dms/{region}`;
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, b.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'Set endpoint overrides…')
      .pickManyAnswer(/the services whose host deviates/, (l) => l === 'dcs' || l === 'dms')
      .inputAnswer(/Endpoint override for dcs/, dcs)
      .backAnswer(/Endpoint override for dms/)
      .inputAnswer(/Endpoint override for dcs/, dcs)
      .inputAnswer(/Endpoint override for dms/, dms)
      .endpointAnswer(true, hostOf(b.endpointTemplate))
      .pickAnswer(/Keys of "mp-urls"/, 'Keep the stored keys');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root(id));
    ui.assertDone();
    const urls = ui.asked.filter((a) => a.title.startsWith('Endpoint override for')).map((a) => `${a.title} ${a.step?.step}/${a.step?.totalSteps} ${a.value ?? ''}`.trim());
    assert.deepEqual(urls, ['Endpoint override for dcs 6/8', 'Endpoint override for dms 7/8', `Endpoint override for dcs 6/8 ${dcs}`, 'Endpoint override for dms 7/8']);
    assert.deepEqual(fx.api.store.get(id)?.endpointOverrides, { dcs, dms });
    // Two new templates on the profile's own host: the question names that host once, and lists both templates.
    const question = ui.shown.find((x) => x.startsWith('modal: Allow'))!;
    assert.equal(question.split('\n')[0], `modal: Allow "mp-urls" to send its access key ID and signed requests to ${hostOf(b.endpointTemplate)}?`);
    assert.ok(question.includes(`dcs → ${dcs}`) && question.includes(`dms → ${dms}`), question);
  });

  it('takes no service checked among the endpoint overrides as none, and asks no URL', async () => {
    const id = await add(b, 'mp-none');
    await fx.api.store.update(id, { endpointOverrides: { dcs: `${b.url}/dcs/{region}` } });
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, b.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'Set endpoint overrides…')
      .pickManyAnswer(/the services whose host deviates/, () => false)
      .pickAnswer(/Keys of "mp-none"/, 'Keep the stored keys');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root(id));
    ui.assertDone();
    assert.ok(ui.asked.find((a) => a.kind === 'pickMany')?.items?.find((i) => i.label === 'dcs')?.picked, 'the override set is checked when the step opens');
    assert.equal(fx.api.store.get(id)?.endpointOverrides, undefined);
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
    assert.deepEqual(await fx.api.store.getCredentials(id), OTHER_KEYS);
    assert.ok(b.log().some((e) => e.service === 'iam' && e.accessKey === OTHER_KEYS.accessKey && e.status === 200));
  });

  it('edits as one multi-step input: Back from the keys keeps the overrides typed, and a refused secret reopens its step', async () => {
    const id = await add(b, 'mp-steps');
    const override = `${b.url}/dcs/{region}`;
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, b.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'Set endpoint overrides…')
      .pickManyAnswer(/the services whose host deviates/, 'dcs')
      .inputAnswer(/Endpoint override for dcs/, override)
      .endpointAnswer(true, hostOf(b.endpointTemplate))
      .pickAnswer(/Keys of "mp-steps"/, 'Enter new keys')
      .inputAnswer(/Access Key ID/, OTHER_KEYS.accessKey)
      .backAnswer(/Secret Access Key/)
      .backAnswer(/Access Key ID/)
      .backAnswer(/Keys of "mp-steps"/)
      // The hosts are the same when going forward again, so the endpoint question is not asked twice.
      .inputAnswer(/Endpoint override for dcs/, override)
      .pickAnswer(/Keys of "mp-steps"/, 'Enter new keys')
      .inputAnswer(/Access Key ID/, OTHER_KEYS.accessKey)
      .inputAnswer(/Secret Access Key/, 'not-the-secret-key')
      .inputAnswer(/Security token/, '')
      .inputAnswer(/Secret Access Key/, OTHER_KEYS.secretKey)
      .inputAnswer(/Security token/, '');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root(id));
    ui.assertDone();
    const steps = ui.asked.map((a) => `${a.title} ${a.step?.step}/${a.step?.totalSteps} ${a.value ?? ''}`.trim());
    // The override's URL is one step whatever the number of services; the keys are three steps once asked for.
    assert.deepEqual(steps, [
      'Cloud 1/5',
      `Endpoint template 2/5 ${b.endpointTemplate}`,
      `Home region 3/5 ${REGION}`,
      'Endpoint overrides 4/5',
      'Endpoint overrides 5/6',
      'Endpoint override for dcs 6/7',
      'Keys 7/7',
      'Access Key ID 8/10',
      'Secret Access Key 9/10',
      `Access Key ID 8/10 ${OTHER_KEYS.accessKey}`,
      'Keys 7/10',
      `Endpoint override for dcs 6/10 ${override}`,
      'Keys 7/10',
      `Access Key ID 8/10 ${OTHER_KEYS.accessKey}`,
      'Secret Access Key 9/10',
      'Security token 10/10',
      'Secret Access Key 9/10 not-the-secret-key',
      'Security token 10/10',
    ]);
    assert.match(ui.asked.filter((a) => a.title === 'Secret Access Key').at(-1)?.problem ?? '', /^The keys could not be checked: Authentication failed/);
    assert.ok(ui.asked.filter((a) => a.title === 'Keys').slice(1).every((a) => a.items?.find((i) => i.picked)?.label === 'Enter new keys'), 'Back opens the keys step on its answer');
    assert.deepEqual(fx.api.store.get(id)?.endpointOverrides, { dcs: override });
    assert.deepEqual(await fx.api.store.getCredentials(id), OTHER_KEYS);
  });

  it('edits the keys alone in three steps; Back keeps the Access Key ID and nothing else of the profile changes', async () => {
    const id = await add(b, 'mp-only-keys');
    const before = fx.api.store.get(id);
    ui.inputAnswer(/Access Key ID/, OTHER_KEYS.accessKey)
      .backAnswer(/Secret Access Key/)
      .inputAnswer(/Access Key ID/, OTHER_KEYS.accessKey)
      .inputAnswer(/Secret Access Key/, OTHER_KEYS.secretKey)
      .inputAnswer(/Security token/, '');
    await vscode.commands.executeCommand('huaweicloudTasks.editKeys', root(id));
    ui.assertDone();
    assert.deepEqual(
      ui.asked.map((a) => `${a.title} ${a.step?.step}/${a.step?.totalSteps} ${a.value ?? ''}`.trim()),
      ['Access Key ID 1/3', 'Secret Access Key 2/3', `Access Key ID 1/3 ${OTHER_KEYS.accessKey}`, 'Secret Access Key 2/3', 'Security token 3/3'],
    );
    assert.deepEqual(await fx.api.store.getCredentials(id), OTHER_KEYS);
    assert.deepEqual(fx.api.store.get(id), before);
    assert.ok(b.log().some((e) => e.service === 'iam' && e.accessKey === OTHER_KEYS.accessKey && e.status === 200), 'the new keys were checked');
  });

  it('checks the stored keys only when the requests would go elsewhere, and offers new keys when they are refused there', async () => {
    const id = await add(b, 'mp-route', OTHER_KEYS);
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, b.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'No endpoint overrides')
      .pickAnswer(/Keys of "mp-route"/, 'Keep the stored keys');
    b.clearLog();
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root(id));
    ui.assertDone();
    assert.deepEqual(b.log().filter((e) => e.service === 'iam'), [], 'nothing that routes requests changed: no check');

    // The suite's emulator does not know these keys: moved there, they are refused, and the keys step says why.
    ui = new ScriptedUserInput();
    fx.api.setUserInput(ui);
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'No endpoint overrides')
      .endpointAnswer(true, hostOf(fx.emulator.endpointTemplate))
      .pickAnswer(/Keys of "mp-route"/, 'Keep the stored keys')
      .pickAnswer(/Keys of "mp-route"/, 'Enter new keys')
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root(id));
    ui.assertDone();
    const [first, second] = ui.asked.filter((a) => a.title === 'Keys');
    assert.equal(first?.items?.[0]?.detail, undefined);
    assert.match(second?.items?.[0]?.detail ?? '', /^The keys could not be checked: Authentication failed/);
    assert.equal(second?.items?.find((i) => i.picked)?.label, 'Enter new keys', 'new keys are offered first');
    assert.ok(!ui.shown.some((s) => s.startsWith('modal:') && s.includes('could not be checked')), 'no dialog: the step said it');
    assert.equal(ui.asked.find((a) => a.title === 'Secret Access Key')?.problem, undefined, 'the new keys, not yet typed, were refused nowhere');
    assert.equal(fx.api.store.get(id)?.endpointTemplate, fx.emulator.endpointTemplate);
    assert.deepEqual(await fx.api.store.getCredentials(id), { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
  });

  it('Edit Keys asks about a host the profile was never allowed to use before any key is typed, and sends nothing there when refused', async () => {
    const id = await add(fx.emulator, 'mp-keys-host');
    // An override added since the profile was approved: its key check would go to B's host.
    await setUserSetting('huaweicloudTasks', 'endpointOverrides', { iam: `${b.url}/iam/{region}` });
    try {
      b.clearLog();
      ui.endpointAnswer(false, hostOf(b.url));
      await vscode.commands.executeCommand('huaweicloudTasks.editKeys', root(id));
      ui.assertDone();
      assert.ok(!ui.asked.some((a) => a.title === 'Access Key ID'), 'no key was asked for');
      assert.deepEqual(b.log(), [], 'nothing reached the host that was refused');
      assert.deepEqual(await fx.api.store.getCredentials(id), { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
    } finally {
      await setUserSetting('huaweicloudTasks', 'endpointOverrides', undefined);
    }
  });

  it("rebuilds the session when another window changes a profile's keys", async () => {
    const id = await add(b, 'mp-secret');
    await projectsOf(id);
    assert.ok(b.log().every((e) => e.accessKey === b.accessKey));
    const changed = new Promise<void>((resolve) => {
      const sub = fx.api.store.onDidChange(() => {
        sub.dispose();
        resolve();
      });
    });
    // What another window's store does: write the secret, with nothing else of this extension involved.
    await fx.api.secrets.store(credentialsSecretKey(id), JSON.stringify(OTHER_KEYS));
    await changed;
    b.clearLog();
    assert.ok((await projectsOf(id)).includes(REGION));
    const used = new Set(b.log().map((e) => e.accessKey));
    assert.deepEqual([...used], [OTHER_KEYS.accessKey], 'the next requests are signed with the new key');
  });
});
