/**
 * A profile changed elsewhere (another window writes the store directly) while one of its commands waits
 * on a prompt: what the command saves applies to the profile as it is then, so the other change survives.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ProfileNode } from '../../src/tree/profileNode';
import { addEmulatorProfile, emulatorSuite, REGION } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const ELSEWHERE = 'http://127.0.0.1:9/{service}/{region}';

describe('profile edits made while another window changes the profile', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 1 } });
  let ui: ScriptedUserInput;
  let id: string;

  beforeEach(async () => {
    id = await addEmulatorProfile(fx.api, fx.emulator, 'ce-profile');
    ui = new ScriptedUserInput();
    fx.api.setUserInput(ui);
  });

  afterEach(async () => {
    if (fx.api.store.get(id)) await fx.api.store.remove(id);
  });

  const root = (): ProfileNode | undefined => fx.api.tree.profileNodes().find((n) => n.profile.id === id);
  /** What another window does: writes the stored profile directly, nothing of this window's commands involved. */
  const changeElsewhere = (change: { region?: string; endpointTemplate?: string; name?: string }) => async () => {
    const { id: _id, source: _source, ...current } = fx.api.store.get(id)!;
    await fx.api.store.update(id, { ...current, ...change });
  };

  it('rename keeps a region and endpoint changed while the new name was asked', async () => {
    ui.inputAnswer(/Profile name/, 'ce-renamed').meanwhile(changeElsewhere({ region: 'cn-south-1', endpointTemplate: ELSEWHERE }));
    await vscode.commands.executeCommand('huaweicloudTasks.renameProfile', root());
    ui.assertDone();
    const { name, region, endpointTemplate } = fx.api.store.get(id)!;
    assert.deepEqual({ name, region, endpointTemplate }, { name: 'ce-renamed', region: 'cn-south-1', endpointTemplate: ELSEWHERE });
  });

  it('editing keeps a name changed while the keys were asked, and saves what the person changed', async () => {
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, 'cn-north-1')
      .pickAnswer(/Endpoint overrides/, 'No endpoint overrides')
      .pickAnswer(/Keys of "ce-profile"/, 'Keep the stored keys')
      .meanwhile(changeElsewhere({ name: 'ce-renamed-elsewhere' }));
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root());
    ui.assertDone();
    const { name, region, endpointTemplate } = fx.api.store.get(id)!;
    assert.deepEqual(
      { name, region, endpointTemplate },
      { name: 'ce-renamed-elsewhere', region: 'cn-north-1', endpointTemplate: fx.emulator.endpointTemplate },
    );
  });

  it('editing keeps an endpoint changed elsewhere when the person left the endpoint as it was', async () => {
    ui.pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .meanwhile(changeElsewhere({ endpointTemplate: ELSEWHERE }))
      .inputAnswer(/Home region/, REGION)
      .pickAnswer(/Endpoint overrides/, 'No endpoint overrides')
      .pickAnswer(/Keys of "ce-profile"/, 'Keep the stored keys');
    await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root());
    ui.assertDone();
    assert.equal(fx.api.store.get(id)?.endpointTemplate, ELSEWHERE);
  });
});
