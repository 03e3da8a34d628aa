import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import * as vscode from 'vscode';
import { issueServerCertificate } from '../../emulator/certificates';
import { runInChild } from '../helpers/childClient';
import { startProxy, type TestProxy } from '../helpers/httpProxy';
import { createPrivateCa, type PrivateCa } from '../helpers/privateCa';
import { addEmulatorProfile, captureLog, containerOf, deletedTaskIds, emulatorSuite, errorRow, refreshedProfileRows, setUserSetting, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const CA_SETTING = 'caCertificates';

describe('networks: an HTTPS endpoint with a private certificate authority', function () {
  this.timeout(60_000);
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 4, tls: true }, resetEachTest: false, input: () => new ScriptedUserInput() });
  let profileId = '';
  let proxyCa: PrivateCa;
  let proxy: TestProxy | undefined;
  const authority = () => fx.emulator.tls!;

  before(async () => {
    assert.match(fx.emulator.endpointTemplate, /^https:\/\/127\.0\.0\.1:\d+\/\{service\}\/\{region\}$/);
    // The keys are checked when the profile is added, so the authority is trusted for that moment only.
    await setUserSetting('huaweicloudTasks', CA_SETTING, [authority().caPath]);
    profileId = await addEmulatorProfile(fx.api, fx.emulator, 'private-ca');
    await setUserSetting('huaweicloudTasks', CA_SETTING, undefined);
    proxyCa = await createPrivateCa('Corporate Inspection CA');
  });
  after(async () => {
    if (profileId) await fx.api.store.remove(profileId);
    await setUserSetting('huaweicloudTasks', CA_SETTING, undefined);
    await setUserSetting('http', 'proxy', undefined);
    await proxy?.close();
    proxyCa?.remove();
  });

  it('first fails with an error row naming the issuer, the host and the setting, and logs it', async () => {
    fx.emulator.clearLog();
    const log = captureLog(fx.api);
    try {
      const row = errorRow(await refreshedProfileRows(fx.api, profileId));
      const host = `127.0.0.1:${fx.emulator.port}`;
      for (const part of [authority().authorityName, host, 'huaweicloudTasks.caCertificates']) assert.ok(String(row.label).includes(part), `${part} in "${String(row.label)}"`);
      assert.match(String(row.tooltip), /which this computer does not trust/);
      assert.equal(row.command?.command, 'huaweicloudTasks.showLog');
      assert.ok(log.lines.some((l) => l.includes(authority().authorityName) && l.includes(host)), log.lines.join('\n'));
      assert.deepEqual(fx.emulator.log(), [], 'no request reached the endpoint');
    } finally {
      log.dispose();
    }
  });

  it('works once the authority is added through huaweicloudTasks.caCertificates: lists and deletes', async () => {
    await setUserSetting('huaweicloudTasks', CA_SETTING, [authority().caPath]);
    const rows = await refreshedProfileRows(fx.api, profileId);
    assert.ok(rows.every((r) => r.getTreeItem().contextValue !== 'error'), rows.map((r) => String(r.getTreeItem().label)).join(' | '));
    const [task] = await tasksOf(fx.api, await containerOf(fx.api, profileId, 'kafka', fx.emulator));
    assert.ok(task, 'the instance lists its tasks');
    fx.ui.confirmAnswer(/Delete the task/, true);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', task);
    fx.ui.assertDone();
    assert.deepEqual(deletedTaskIds(fx.emulator), [task.task.id]);
  });

  it('is refused behind a proxy that inspects TLS until that proxy’s authority is trusted too', async () => {
    proxy = await startProxy({ intercept: { authority: proxyCa.authority, issue: issueServerCertificate, upstreamCa: [readFileSync(authority().caPath, 'utf8')] } });
    await setUserSetting('http', 'proxy', proxy.url);
    await setUserSetting('huaweicloudTasks', CA_SETTING, [authority().caPath]);
    const row = errorRow(await refreshedProfileRows(fx.api, profileId));
    assert.ok(String(row.label).includes('Corporate Inspection CA'), String(row.label));
    assert.match(String(row.tooltip), /through the proxy http:\/\/127\.0\.0\.1:\d+/);
    assert.ok(proxy.targets.includes(`127.0.0.1:${fx.emulator.port}`), 'the request went to the proxy');

    await setUserSetting('huaweicloudTasks', CA_SETTING, [authority().caPath, proxyCa.caPath]);
    const rows = await refreshedProfileRows(fx.api, profileId);
    assert.ok(rows.length > 0 && rows.every((r) => r.getTreeItem().contextValue !== 'error'), rows.map((r) => String(r.getTreeItem().label)).join(' | '));
    await setUserSetting('http', 'proxy', undefined);
  });

  // The extension host's own environment cannot be changed from a test, so the client runs in a Node of the
  // same version with SSL_CERT_FILE pointing at the authority: that is the system store Node reads on Linux.
  it('trusts the authority from the system store with http.systemCertificates on, and only then', async function () {
    if (typeof (tls as { getCACertificates?: unknown }).getCACertificates !== 'function' || process.platform !== 'linux') this.skip();
    const env = { SSL_CERT_FILE: authority().caPath };
    const on = await runInChild({ origin: fx.emulator.url, settings: { systemCertificates: true } }, env);
    // The emulator wants a signature the child's test keys do not make: a 401 proves TLS succeeded.
    assert.ok('error' in on && on.error.kind === 'auth', JSON.stringify(on));
    const off = await runInChild({ origin: fx.emulator.url, settings: { systemCertificates: false, caCertificates: [proxyCa.caPath] } }, env);
    assert.ok('error' in off && off.error.network?.kind === 'untrustedCertificate', JSON.stringify(off));
  });
});
