import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { MAX_CONFIG_BYTES } from '../../src/profiles/koocli';
import { emulatorSuite, hostOf, REGION } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const ENV_KEYS = { accessKey: 'EMULATORENVAK0000001', secretKey: 'EmulatorEnvironmentSecretKey000000000001' };
const ENV_VARS = ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN'] as const;

const config = () => vscode.workspace.getConfiguration('huaweicloudTasks');
const setting = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Global);

describe('profiles from elsewhere', () => {
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 1, tasks: 2, keys: [{ accessKey: 'EMULATORTESTAK000001', secretKey: 'EmulatorTestSecretKey0000000000000000001' }, ENV_KEYS] },
    input: () => new ScriptedUserInput(),
  });

  describe('the Environment profile', () => {
    const saved: Partial<Record<(typeof ENV_VARS)[number], string>> = {};

    before(() => {
      for (const v of ENV_VARS) saved[v] = process.env[v];
    });

    afterEach(async () => {
      // The extension host is this process: restore its environment, then the settings (which refreshes the tree).
      for (const v of ENV_VARS) {
        if (saved[v] === undefined) delete process.env[v];
        else process.env[v] = saved[v];
      }
      for (const key of ['environment.cloud', 'environment.endpoint', 'environment.region']) await setting(key, undefined);
    });

    const environmentRoot = () => fx.api.tree.profileNodes().find((n) => n.profile.source === 'environment');

    it('comes from HUAWEICLOUD_SDK_AK/_SK with the endpoint and region from settings, first in the tree', async () => {
      process.env.HUAWEICLOUD_SDK_AK = ENV_KEYS.accessKey;
      process.env.HUAWEICLOUD_SDK_SK = ENV_KEYS.secretKey;
      delete process.env.HUAWEICLOUD_SDK_SECURITY_TOKEN;
      await setting('environment.endpoint', fx.emulator.endpointTemplate);
      await setting('environment.region', REGION);
      const root = fx.api.tree.profileNodes()[0];
      assert.equal(root?.profile.source, 'environment');
      assert.equal(root.getTreeItem().label, 'Environment');
      assert.deepEqual({ cloud: root.profile.cloud, endpoint: root.profile.endpointTemplate, region: root.profile.region }, {
        cloud: 'custom',
        endpoint: fx.emulator.endpointTemplate,
        region: REGION,
      });
      // The emulator is not a cloud's host: its first use asks, naming it.
      fx.ui.endpointAnswer(true, hostOf(fx.emulator.endpointTemplate));
      const projects = await fx.api.tree.getChildren(root);
      fx.ui.assertDone();
      assert.ok(projects.some((p) => p.getTreeItem().label === REGION), projects.map((p) => p.getTreeItem().label).join(', '));
      assert.ok(fx.emulator.log().length > 0 && fx.emulator.log().every((e) => e.accessKey === ENV_KEYS.accessKey), 'signed with the environment key');
    });

    it('takes the cloud from settings and that cloud’s default region; it cannot be edited here', async () => {
      process.env.HUAWEICLOUD_SDK_AK = ENV_KEYS.accessKey;
      process.env.HUAWEICLOUD_SDK_SK = ENV_KEYS.secretKey;
      process.env.HUAWEICLOUD_SDK_SECURITY_TOKEN = 'EnvironmentSecurityToken0001';
      await setting('environment.cloud', 'otc');
      const root = environmentRoot();
      assert.deepEqual({ cloud: root?.profile.cloud, region: root?.profile.region }, { cloud: 'otc', region: 'eu-de' });
      assert.deepEqual(await fx.api.store.getCredentials(root!.profile.id), { ...ENV_KEYS, securityToken: 'EnvironmentSecurityToken0001' });
      await vscode.commands.executeCommand('huaweicloudTasks.editProfile', root);
      assert.deepEqual(fx.ui.messages, [
        { level: 'error', text: 'The Environment profile comes from environment variables and settings; change them there.' },
      ]);
    });

    it('is absent without the secret key variable', async () => {
      process.env.HUAWEICLOUD_SDK_AK = ENV_KEYS.accessKey;
      delete process.env.HUAWEICLOUD_SDK_SK;
      await setting('environment.endpoint', fx.emulator.endpointTemplate);
      assert.equal(environmentRoot(), undefined);
    });
  });

  describe('importing from KooCLI', () => {
    let dir: string;
    const imported = () => fx.api.store.list().filter((p) => p.name.startsWith('koo-'));

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'hwc-koocli-'));
      // The key check of a Huawei Cloud profile goes to IAM: here, the emulator.
      await setting('endpointOverrides', { iam: `${fx.emulator.url}/iam/{region}` });
    });

    afterEach(async () => {
      for (const p of imported()) await fx.api.store.remove(p.id);
    });

    after(async () => {
      await setting('kooCliConfigPath', undefined);
      await setting('endpointOverrides', undefined);
      rmSync(dir, { recursive: true, force: true });
    });

    const useConfig = async (name: string, text: string | undefined): Promise<string> => {
      const path = join(dir, name);
      if (text !== undefined) writeFileSync(path, text);
      await setting('kooCliConfigPath', path);
      return path;
    };
    const run = () => vscode.commands.executeCommand<string[] | undefined>('huaweicloudTasks.importKooCliProfiles');

    it('offers the AK/SK profiles with region and project, asks for the keys, checks and saves them', async () => {
      await useConfig(
        'config.json',
        JSON.stringify({
          current: 'koo-a',
          profiles: [
            { name: 'koo-a', mode: 'AKSK', accessKeyId: '', secretAccessKey: '', region: REGION, projectId: '0123456789abcdef0123456789abcdef' },
            { name: 'koo-sso', mode: 'SSO', region: REGION },
            { name: 'koo-b', mode: 'AKSK', region: 'cn-south-1' },
          ],
        }),
      );
      fx.ui.pickManyAnswer(/KooCLI profiles to import/, 'koo-a')
        .pickAnswer(/Cloud/, 'Huawei Cloud')
        .inputAnswer(/Home region/, REGION)
        .pickAnswer(/Account site/, 'Chinese mainland site')
        .endpointAnswer(true, hostOf(fx.emulator.url))
        .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
        .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
        .inputAnswer(/Security token/, '');
      const ids = await run();
      fx.ui.assertDone();
      const offered = fx.ui.asked.find((a) => a.kind === 'pickMany')?.items;
      assert.deepEqual(offered?.map((i) => [i.label, i.description]), [
        ['koo-a', `${REGION} · 0123456789abcdef0123456789abcdef`],
        ['koo-b', 'cn-south-1'],
      ]);
      assert.equal(fx.ui.asked.find((a) => a.title === 'Home region')?.value, REGION, "KooCLI's region is offered");
      assert.equal(ids?.length, 1);
      const [profile] = imported();
      assert.deepEqual({ ...profile }, {
        id: ids![0],
        name: 'koo-a',
        cloud: 'huaweicloud',
        region: REGION,
        projectId: '0123456789abcdef0123456789abcdef',
        consoleSite: 'china',
        source: 'stored',
      });
      assert.deepEqual(await fx.api.store.getCredentials(profile!.id), { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
      assert.ok(fx.emulator.log().some((e) => e.service === 'iam' && e.accessKey === fx.emulator.accessKey), 'the keys were checked');
      assert.deepEqual(fx.ui.messages, [{ level: 'info', text: '1 profile imported from KooCLI.' }]);

      // Imported again: the name is taken, so a new one is asked for.
      fx.ui.pickManyAnswer(/KooCLI profiles to import/, 'koo-a')
        .inputAnswer(/Profile name/, 'koo-a again')
        .pickAnswer(/Cloud/, 'Huawei Cloud')
        .inputAnswer(/Home region/, REGION)
        .pickAnswer(/Account site/, 'Chinese mainland site')
        .endpointAnswer(true, hostOf(fx.emulator.url))
        .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
        .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
        .inputAnswer(/Security token/, '');
      await run();
      fx.ui.assertDone();
      assert.equal(fx.ui.asked.find((a) => a.title === 'Profile name')?.value, 'koo-a (KooCLI)');
      assert.deepEqual(imported().map((p) => p.name).sort(), ['koo-a', 'koo-a again']);
    });

    const failures: ReadonlyArray<readonly [string, string | undefined, (path: string) => string]> = [
      ['missing', undefined, (p) => `No KooCLI configuration found at ${p}. Configure KooCLI first, or add a profile.`],
      ['empty', '  \n', (p) => `The KooCLI configuration ${p} is empty.`],
      ['malformed', '{"profiles": [', (p) => `The KooCLI configuration ${p} is not valid JSON of the expected form.`],
      ['huge', `{"profiles": [], "pad": "${'x'.repeat(MAX_CONFIG_BYTES)}"}`, (p) => `The KooCLI configuration ${p} is too large to be a KooCLI configuration.`],
      ['without profiles', '{"current": "default"}', (p) => `The KooCLI configuration ${p} has no profiles.`],
      [
        'with unknown modes only',
        JSON.stringify({ profiles: [{ name: 'agency', mode: 'ecsAgency' }, { name: 'sso', mode: 'SSO' }] }),
        () => 'KooCLI has no AK/SK profiles to import; these use another authentication mode: agency (ecsAgency), sso (SSO).',
      ],
    ];
    for (const [what, text, message] of failures) {
      it(`says why when the configuration is ${what}, and asks nothing`, async () => {
        const path = await useConfig(`${what.replace(/\W+/g, '-')}.json`, text);
        const result = await run();
        assert.equal(result, undefined);
        assert.deepEqual(fx.ui.messages, [{ level: 'error', text: message(path) }]);
        assert.deepEqual(fx.ui.asked, []);
        assert.deepEqual(imported(), []);
      });
    }
  });
});
