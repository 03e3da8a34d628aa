/**
 * A profile whose endpoint is not a Huawei Cloud or Open Telekom Cloud host: the host is named and the
 * person asked once, before any key or signed request goes there. Loopback is asked about too.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ProfileNode } from '../../src/tree/profileNode';
import { emulatorSuite, REGION } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

describe('endpoints that are not a known cloud host', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 1 }, input: () => new ScriptedUserInput() });
  const host = () => `127.0.0.1:${fx.emulator.port}`;
  const created: string[] = [];

  afterEach(async () => {
    for (const id of created.splice(0)) if (fx.api.store.get(id)) await fx.api.store.remove(id);
  });

  const root = (id: string): ProfileNode => fx.api.tree.profileNodes().find((n) => n.profile.id === id)!;
  const labels = async (id: string) => (await fx.api.tree.getChildren(root(id))).map((n) => String(n.getTreeItem().label));
  const modals = () => fx.ui.shown.filter((s) => s.startsWith('modal:'));

  it('asks before the first request, names the host; Cancel leaves an error row and sends nothing; a click on the row asks again', async () => {
    // Saved by another window (or an older version), so never approved here.
    const { id } = await fx.api.store.add({ name: 'ea-direct', cloud: 'custom', endpointTemplate: fx.emulator.endpointTemplate, region: REGION }, { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
    created.push(id);

    fx.ui.endpointAnswer(false, host());
    const refused = await labels(id);
    assert.deepEqual(refused, [`Endpoint not approved: ${host()}`]);
    assert.deepEqual(fx.emulator.log(), [], 'not one request went out');
    const [modal] = modals();
    assert.ok(modal?.includes(host()), `the question names the host: ${modal}`);
    assert.match(modal!, /access key ID/);

    // Clicking the error row asks again.
    const [row] = await fx.api.tree.getChildren(root(id));
    const click = row!.getTreeItem().command!;
    assert.match(String(row!.getTreeItem().tooltip), /Click to be asked again/);
    await vscode.commands.executeCommand(click.command, ...(click.arguments ?? []));
    fx.ui.endpointAnswer(true, host());
    assert.ok((await labels(id)).includes(REGION));
    assert.ok(fx.emulator.log().length > 0 && fx.emulator.log().every((e) => e.accessKey === fx.emulator.accessKey));

    // Approved: asked no more, even after a full refresh (which drops every connection).
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    assert.ok((await labels(id)).includes(REGION));
    fx.ui.assertDone();
    assert.equal(modals().length, 2);
  });

  it('counts the approval given while adding the profile: asked once, in the add flow, before the keys are typed', async () => {
    fx.ui.inputAnswer(/Profile name/, 'ea-added')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .endpointAnswer(true, host())
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    const id = await vscode.commands.executeCommand<string>('huaweicloudTasks.addProfile');
    created.push(id);
    assert.ok(modals()[0]?.includes(host()));
    assert.ok((await labels(id)).includes(REGION));
    fx.ui.assertDone();
    assert.equal(modals().length, 1);
  });

  it('adds nothing when the host is not allowed in the add flow, and sends no key', async () => {
    fx.ui.inputAnswer(/Profile name/, 'ea-refused')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .endpointAnswer(false, host());
    const id = await vscode.commands.executeCommand<string | undefined>('huaweicloudTasks.addProfile');
    fx.ui.assertDone();
    assert.equal(id, undefined);
    assert.equal(fx.api.store.list().find((p) => p.name === 'ea-refused'), undefined);
    assert.deepEqual(fx.emulator.log(), []);
  });
});
