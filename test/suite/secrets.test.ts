import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { addEmulatorProfile, containerOf, emulatorSuite, EXTENSION_ID, hostOf, REGION, tasksOf, scriptSameKeysAgain } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

/** Through VS Code's internal command for extension test runs, which takes the level's name. */
async function setTraceLevel(channel: vscode.LogOutputChannel): Promise<void> {
  if (channel.logLevel === vscode.LogLevel.Trace) return;
  const changed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`log level stayed ${channel.logLevel}`)), 10_000);
    const sub = channel.onDidChangeLogLevel((level) => {
      if (level !== vscode.LogLevel.Trace) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
  await vscode.commands.executeCommand('_extensionTests.setLogLevel', 'trace');
  await changed;
}

function settingsText(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const manifest = JSON.parse(readFileSync(join(ext.extensionPath, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, unknown> } };
  };
  const keys = [...Object.keys(manifest.contributes.configuration.properties), 'http.proxy', 'http.noProxy'];
  return JSON.stringify(keys.map((k) => vscode.workspace.getConfiguration().inspect(k)));
}

describe('keys stay secret', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 4 }, resetEachTest: false });
  const lines: string[] = [];
  let tap: vscode.Disposable;
  let previousLevel: unknown;

  before(async () => {
    tap = fx.api.log.onDidWrite((line) => lines.push(line));
    previousLevel = await vscode.commands.executeCommand('_extensionTests.getLogLevel');
    await setTraceLevel(fx.api.log.channel);
  });

  after(async () => {
    tap.dispose();
    await vscode.commands.executeCommand('_extensionTests.setLogLevel', previousLevel);
  });

  it('after add-profile → browse → details → delete, and a rejected key, the keys are nowhere but in secret storage', async () => {
    const wrongSecret = 'WrongSecretKeyValue0000000000000000000009';
    const profileId = await addEmulatorProfile(fx.api, fx.emulator, 'secrets-test');
    try {
      const ui = new ScriptedUserInput();
      fx.api.setUserInput(ui);
      const container = await containerOf(fx.api, profileId, 'dcs', fx.emulator);
      const [task] = await tasksOf(fx.api, container);
      assert.ok(task, 'the tree shows tasks');
      const uri = await vscode.commands.executeCommand<vscode.Uri>('huaweicloudTasks.showTaskDetails', task);
      const details = (await vscode.workspace.openTextDocument(uri)).getText();
      assert.ok(details.includes(task.task.id));
      ui.confirmAnswer(/Delete the task/, true);
      await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', task);

      // Keys the emulator rejects: the 401 path logs and shows messages too.
      ui.inputAnswer(/Profile name/, 'secrets-wrong')
        .pickAnswer(/Cloud/, 'Custom endpoint')
        .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
        .inputAnswer(/Home region/, REGION)
        .endpointAnswer(true, hostOf(fx.emulator.endpointTemplate))
        .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
        .inputAnswer(/Secret Access Key/, wrongSecret)
        .inputAnswer(/Security token/, '');
      scriptSameKeysAgain(ui, wrongSecret).confirmAnswer(/could not be checked/, false);
      await vscode.commands.executeCommand('huaweicloudTasks.addProfile');
      ui.assertDone();
      assert.ok(ui.shown.some((s) => s.includes('Authentication failed')), ui.shown.join('\n'));

      assert.equal(fx.api.log.channel.logLevel, vscode.LogLevel.Trace);
      assert.ok(lines.some((l) => l.includes('deleted task')), 'the flow was logged');
      assert.deepEqual((await fx.api.store.getCredentials(profileId))?.secretKey, fx.emulator.secretKey, 'the keys are in secret storage');
      const state = JSON.stringify(fx.api.globalState.keys().map((k) => [k, fx.api.globalState.get(k)]));
      const places: Record<string, string> = {
        log: lines.join('\n'),
        messages: JSON.stringify(ui.messages),
        prompts: ui.shown.join('\n'),
        settings: settingsText(),
        globalState: state,
        details,
      };
      for (const [where, text] of Object.entries(places)) {
        for (const [name, secret] of [['AK', fx.emulator.accessKey], ['SK', fx.emulator.secretKey], ['wrong SK', wrongSecret]]) {
          assert.ok(!text.includes(secret!), `${name} found in ${where}`);
        }
      }
    } finally {
      await fx.api.store.remove(profileId);
    }
  });
});
