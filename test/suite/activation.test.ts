import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'huaweicloud-tasks.huaweicloud-tasks';
// The commands the product promises (PRODUCT.md); more may exist.
const PROMISED = ['addProfile', 'removeProfile', 'importKooCliProfiles', 'refresh', 'deleteTask', 'showTaskDetails', 'copyTaskId', 'filterTasks', 'cleanUpTasks', 'showLog'].map(
  (c) => `huaweicloudTasks.${c}`,
);

interface Manifest {
  contributes?: { commands?: { command: string }[] };
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

describe('activation', () => {
  before(async () => {
    await extension().activate();
  });

  it('activates the extension', () => {
    assert.equal(extension().isActive, true);
  });

  it('contributes every command the product promises', () => {
    const contributed = ((extension().packageJSON as Manifest).contributes?.commands ?? []).map((c) => c.command);
    assert.deepEqual(PROMISED.filter((c) => !contributed.includes(c)), []);
  });

  it('registers a handler for every contributed command', async () => {
    const contributed = ((extension().packageJSON as Manifest).contributes?.commands ?? []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), []);
  });
});
