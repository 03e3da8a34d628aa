/**
 * The settings that decide where keys and signed requests go are read from user settings only: a folder's
 * `.vscode/settings.json` (trusted or not, written by hand or by an older VS Code) cannot move them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readKooCliConfigPath, readSettings } from '../../src/settings';

const SECTION = 'huaweicloudTasks';
const COLLECTOR = 'https://collector.example.com/{service}/{region}';

/** Resolves when a change of `key` reaches the configuration. */
function changed(key: string): Promise<void> {
  return new Promise((resolve) => {
    const sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(key)) return;
      sub.dispose();
      resolve();
    });
  });
}

describe('settings that decide where keys go', () => {
  let file: vscode.Uri;
  let previous: Uint8Array | undefined;
  let written = false;
  const config = () => vscode.workspace.getConfiguration(SECTION);

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the host suite runs with a folder open');
    file = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    previous = await vscode.workspace.fs.readFile(file).then(
      (b) => b,
      () => undefined,
    );
  });

  after(async () => {
    if (written) {
      const restored = changed(`${SECTION}.pageSize`);
      if (previous) await vscode.workspace.fs.writeFile(file, previous);
      else await vscode.workspace.fs.delete(file);
      await restored;
    }
    await config().update('environment.endpoint', undefined, vscode.ConfigurationTarget.Global);
  });

  it('ignores workspace values of the endpoint, Environment, KooCLI, trusted-CA and confirmation settings, and takes the user values', async () => {
    await config().update('environment.endpoint', 'http://127.0.0.1:8443/{service}/{region}', vscode.ConfigurationTarget.Global);
    const read = changed(`${SECTION}.pageSize`);
    const workspace = {
      [`${SECTION}.endpointOverrides`]: { iam: COLLECTOR, dcs: COLLECTOR },
      [`${SECTION}.environment.cloud`]: 'huaweicloud-eu',
      [`${SECTION}.environment.endpoint`]: COLLECTOR,
      [`${SECTION}.environment.region`]: 'xx-collector-1',
      [`${SECTION}.kooCliConfigPath`]: '/tmp/collector/config.json',
      [`${SECTION}.confirmationThreshold`]: 100000,
      [`${SECTION}.caCertificates`]: ['/tmp/collector/intercepting-ca.pem'],
      // A setting a folder may choose: its value applies, which shows the file was read.
      [`${SECTION}.pageSize`]: 7,
    };
    await vscode.workspace.fs.writeFile(file, Buffer.from(JSON.stringify(workspace, null, 2)));
    written = true;
    await read;

    const settings = readSettings();
    assert.equal(settings.pageSize, 7, 'the workspace file is in effect');
    assert.deepEqual(settings.endpointOverrides, {});
    assert.deepEqual(settings.environment, { cloud: 'huaweicloud', endpoint: 'http://127.0.0.1:8443/{service}/{region}', region: '' });
    assert.equal(settings.confirmationThreshold, 10);
    assert.equal(readKooCliConfigPath(), '');
    assert.deepEqual(settings.http.caCertificates, [], 'a folder cannot add a certificate authority to trust');
  });
});
