import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { vscodeHostNetwork } from '../../src/vscodeNetwork';
import { basicAuthorization, startProxy, type TestProxy } from '../helpers/httpProxy';
import { refusedPort } from '../helpers/httpServer';
import { addEmulatorProfile, captureLog, containerOf, deletedTaskIds, emulatorSuite, errorRow, refreshedProfileRows, setUserSetting, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const USER = { user: 'proxy-user', password: 'proxy-Pa55' };
const HTTP_KEYS = ['proxy', 'proxyAuthorization', 'noProxy'] as const;

// The emulator serves HTTPS with a throw-away authority, trusted through huaweicloudTasks.caCertificates: a
// plain-http endpoint never goes through a proxy, so only an HTTPS one shows the proxy at work.
describe('networks: a local proxy that asks for Basic credentials', function () {
  this.timeout(60_000);
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 6, tls: true }, resetEachTest: false, input: () => new ScriptedUserInput() });
  let profileId = '';
  let proxy: TestProxy;
  const target = () => `127.0.0.1:${fx.emulator.port}`;

  before(async () => {
    assert.match(fx.emulator.endpointTemplate, /^https:\/\/127\.0\.0\.1:\d+\//);
    await setUserSetting('huaweicloudTasks', 'caCertificates', [fx.emulator.tls!.caPath]);
    profileId = await addEmulatorProfile(fx.api, fx.emulator, 'behind-a-proxy');
    proxy = await startProxy({ basic: USER });
    await setUserSetting('http', 'proxy', proxy.url);
  });
  after(async () => {
    if (profileId) await fx.api.store.remove(profileId);
    for (const key of HTTP_KEYS) await setUserSetting('http', key, undefined);
    await setUserSetting('huaweicloudTasks', 'caCertificates', undefined);
    await proxy?.close();
  });
  beforeEach(() => {
    proxy.log.length = 0;
    proxy.targets.length = 0;
    fx.emulator.clearLog();
  });

  it('shows 407 as an error row naming the proxy and http.proxyAuthorization, and logs it', async () => {
    const log = captureLog(fx.api);
    try {
      const row = errorRow(await refreshedProfileRows(fx.api, profileId));
      assert.ok(String(row.label).includes(proxy.url), String(row.label));
      assert.match(String(row.label), /requires authentication \(407\): set http\.proxyAuthorization/);
      assert.ok(proxy.log.some((e) => e.method === 'CONNECT' && e.target === target() && e.status === 407 && !e.withCredentials), JSON.stringify(proxy.log));
      assert.deepEqual(fx.emulator.log(), [], 'nothing reached the endpoint');
      assert.ok(log.lines.some((l) => l.includes('407') && l.includes(proxy.url)), log.lines.join('\n'));
    } finally {
      log.dispose();
    }
  });

  it('lists and deletes through it with http.proxyAuthorization; its log shows the CONNECTs', async () => {
    await setUserSetting('http', 'proxyAuthorization', basicAuthorization(USER.user, USER.password));
    const rows = await refreshedProfileRows(fx.api, profileId);
    assert.ok(rows.every((r) => r.getTreeItem().contextValue !== 'error'), rows.map((r) => String(r.getTreeItem().label)).join(' | '));
    const [task] = await tasksOf(fx.api, await containerOf(fx.api, profileId, 'kafka', fx.emulator));
    assert.ok(task);
    fx.ui.confirmAnswer(/Delete the task/, true);
    await vscode.commands.executeCommand('huaweicloudTasks.deleteTask', task);
    fx.ui.assertDone();
    assert.deepEqual(deletedTaskIds(fx.emulator), [task.task.id]);
    assert.ok(proxy.log.length > 0);
    assert.ok(proxy.log.every((e) => e.method === 'CONNECT' && e.target === target() && e.status === 200 && e.withCredentials), JSON.stringify(proxy.log));
  });

  it('goes around it for a host in http.noProxy', async () => {
    await setUserSetting('http', 'noProxy', ['127.0.0.1']);
    try {
      const rows = await refreshedProfileRows(fx.api, profileId);
      assert.ok(rows.length > 0 && rows.every((r) => r.getTreeItem().contextValue !== 'error'));
      assert.ok(fx.emulator.log().length > 0, 'the endpoint was reached');
      assert.deepEqual(proxy.log, [], 'without the proxy');
    } finally {
      await setUserSetting('http', 'noProxy', undefined);
    }
  });

  it('shows a proxy that cannot be reached, and a refresh recovers once it is back, without a reload', async () => {
    // Its own credentials, not those an earlier test left set: it must pass run alone too.
    await setUserSetting('http', 'proxyAuthorization', basicAuthorization(USER.user, USER.password));
    const port = await refusedPort();
    await setUserSetting('http', 'proxy', `http://127.0.0.1:${port}`);
    let back: TestProxy | undefined;
    try {
      const row = errorRow(await refreshedProfileRows(fx.api, profileId));
      assert.match(String(row.label), new RegExp(`Cannot connect to the proxy http://127\\.0\\.0\\.1:${port}: check http\\.proxy`));
      back = await startProxy({ port, basic: USER });
      const rows = await refreshedProfileRows(fx.api, profileId);
      assert.ok(rows.length > 0 && rows.every((r) => r.getTreeItem().contextValue !== 'error'), rows.map((r) => String(r.getTreeItem().label)).join(' | '));
      assert.ok(back.log.some((e) => e.status === 200));
    } finally {
      await setUserSetting('http', 'proxy', proxy.url);
      await back?.close();
    }
  });

  // VS Code's resolver decides for URLs that neither http.proxy nor the environment covers (system proxy, PAC).
  // Here it is asked directly, as the client asks it, to show the bridge reaches the live, configured one.
  it('reaches VS Code’s own proxy resolver, which follows the settings', async () => {
    const host = vscodeHostNetwork();
    assert.equal(typeof host.resolveProxy, 'function', 'this VS Code exposes its resolver on @vscode/proxy-agent');
    const cloud = 'https://dcs.cn-north-4.myhuaweicloud.com/';
    assert.equal(await host.resolveProxy!(cloud), proxy.url);
    await setUserSetting('http', 'noProxy', ['myhuaweicloud.com']);
    try {
      assert.equal(await host.resolveProxy!(cloud), undefined);
    } finally {
      await setUserSetting('http', 'noProxy', undefined);
    }
  });
});
