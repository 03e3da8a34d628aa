import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { emulatorSuite, hostOf, REGION, scriptCustomProfile, scriptSameKeysAgain } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const ADD = 'huaweicloudTasks.addProfile';
const WRONG_SECRET = 'WrongSecretKeyValue0000000000000000000077';
/** What each prompt names, in the order addProfile asks (the endpoint only for Custom). */
const PROMPT_NAMES = ['Profile name', 'Cloud', 'Endpoint template', 'Home region', 'Access Key ID', 'Secret Access Key', 'Security token'];

describe('adding a profile', () => {
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 2 }, input: () => new ScriptedUserInput() });
  const config = () => vscode.workspace.getConfiguration('huaweicloudTasks');

  afterEach(async () => {
    for (const p of fx.api.store.list()) if (p.name.startsWith('add-')) await fx.api.store.remove(p.id);
  });

  const add = () => vscode.commands.executeCommand<string | undefined>(ADD);
  const named = (name: string) => fx.api.store.list().find((p) => p.name === name);
  const keyChecks = () => fx.emulator.log().filter((e) => e.service === 'iam' && e.path.endsWith('/v3/auth/projects'));
  const rootLabels = () => fx.api.tree.profileNodes().map((n) => String(n.getTreeItem().label));

  it('with a Custom endpoint refuses insecure or credentialed templates, checks the keys with one signed call, then saves', async () => {
    fx.ui.inputAnswer(/Profile name/, 'add-custom')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputRefused(/Endpoint template/, 'http://cloud.example.com/{service}/{region}')
      .inputRefused(/Endpoint template/, 'https://user:secret@cloud.example.com/{service}/{region}')
      .inputRefused(/Endpoint template/, 'https://{service}.{zone}.example.com')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .endpointAnswer(true, hostOf(fx.emulator.endpointTemplate))
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    const id = await add();
    fx.ui.assertDone();
    assert.deepEqual(
      fx.ui.refusals.map((r) => r.message),
      [
        'Plain http:// is accepted only for loopback addresses.',
        'The template must not contain a user name or password.',
        'Only {service} and {region} can be used as placeholders.',
      ],
    );
    for (const name of PROMPT_NAMES) {
      assert.ok(
        fx.ui.asked.some((a) => a.title.includes(name) || (a.placeholder ?? '').includes(name)),
        `no prompt names "${name}": ${fx.ui.asked.map((a) => a.title).join(', ')}`,
      );
    }
    const checks = keyChecks();
    assert.ok(checks.length >= 1 && checks.every((e) => e.accessKey === fx.emulator.accessKey && e.status === 200), JSON.stringify(checks));
    assert.ok(id);
    assert.deepEqual(
      { ...named('add-custom') },
      { id, name: 'add-custom', cloud: 'custom', endpointTemplate: fx.emulator.endpointTemplate, region: REGION, source: 'stored' },
    );
    assert.deepEqual(await fx.api.store.getCredentials(id), { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
    assert.ok(rootLabels().includes('add-custom'));
    assert.ok(fx.ui.messages.some((m) => m.level === 'info' && m.text === 'Profile "add-custom" added.'));
  });

  describe('on a public cloud', () => {
    before(async () => {
      // The public hosts are out of reach here: IAM, the one service the key check calls, goes to the emulator.
      await config().update('endpointOverrides', { iam: `${fx.emulator.url}/iam/{region}` }, vscode.ConfigurationTarget.Global);
    });

    after(async () => {
      await config().update('endpointOverrides', undefined, vscode.ConfigurationTarget.Global);
    });

    for (const [cloud, label, region] of [
      ['huaweicloud', 'Huawei Cloud', 'cn-north-4'],
      ['huaweicloud-eu', 'Huawei Cloud Europe', 'eu-west-101'],
      ['otc', 'Open Telekom Cloud', 'eu-de'],
    ] as const) {
      it(`${label}: offers the cloud's default home region, asks no endpoint, checks the keys in that region`, async () => {
        const name = `add-${cloud}`;
        fx.ui.inputAnswer(/Profile name/, name)
          .pickAnswer(/Cloud/, label)
          .inputAnswer(/Home region/, region);
        // Huawei Cloud's two sites are separate accounts: which one the keys belong to says whose console opens.
        if (cloud === 'huaweicloud') fx.ui.pickAnswer(/Account site/, 'International site');
        fx.ui
          // The settings' IAM override (the emulator) is not the cloud's host: asked about like any other.
          .endpointAnswer(true, hostOf(fx.emulator.url))
          .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
          .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
          .inputAnswer(/Security token/, '');
        const id = await add();
        fx.ui.assertDone();
        assert.equal(fx.ui.asked.find((a) => a.title === 'Home region')?.value, region);
        const clouds = fx.ui.asked.find((a) => a.title === 'Cloud')?.items?.map((i) => i.label);
        assert.deepEqual(clouds, ['Huawei Cloud', 'Huawei Cloud Europe', 'Open Telekom Cloud', 'Custom endpoint']);
        assert.ok(keyChecks().some((e) => e.region === region && e.accessKey === fx.emulator.accessKey && e.status === 200));
        const site = cloud === 'huaweicloud' ? { consoleSite: 'international' } : {};
        assert.deepEqual({ ...named(name) }, { id, name, cloud, region, ...site, source: 'stored' });
        const sites = fx.ui.asked.find((a) => a.title === 'Account site')?.items;
        if (cloud === 'huaweicloud') {
          assert.deepEqual(sites?.map((i) => `${i.label} ${i.description} ${i.picked}`), [
            'Chinese mainland site console.huaweicloud.com true',
            'International site console-intl.huaweicloud.com false',
          ], 'a mainland home region suggests the Chinese site');
        } else assert.equal(sites, undefined, 'only Huawei Cloud has two sites');
      });
    }
  });

  it('is one multi-step input: Back twice from the Secret Access Key keeps the answers, and a changed region is saved', async () => {
    const other = 'cn-north-1';
    fx.ui.inputAnswer(/Profile name/, 'add-back')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .endpointAnswer(true, hostOf(fx.emulator.endpointTemplate))
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .backAnswer(/Secret Access Key/)
      .backAnswer(/Access Key ID/)
      .pickAnswer(/Home region/, other)
      // The hosts are the same, so the endpoint question is not asked again.
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    const id = await add();
    fx.ui.assertDone();
    const steps = fx.ui.asked.map((a) => `${a.title} ${a.step?.step}/${a.step?.totalSteps} ${a.value ?? ''}`);
    // Six steps until Custom is chosen: then the endpoint is a step too.
    assert.deepEqual(steps, [
      'Profile name 1/6 ',
      'Cloud 2/6 ',
      'Endpoint template 3/7 ',
      `Home region 4/7 ${REGION}`,
      'Access Key ID 5/7 ',
      'Secret Access Key 6/7 ',
      `Access Key ID 5/7 ${fx.emulator.accessKey}`,
      `Home region 4/7 ${REGION}`,
      `Access Key ID 5/7 ${fx.emulator.accessKey}`,
      'Secret Access Key 6/7 ',
      'Security token 7/7 ',
    ]);
    const region = fx.ui.asked.find((a) => a.title === 'Home region');
    assert.ok(region?.items?.some((i) => i.label === other && i.description === 'CN North-Beijing1'), 'the regions are offered with their names');
    assert.ok(id);
    assert.equal(named('add-back')?.region, other);
    assert.deepEqual(await fx.api.store.getCredentials(id), { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
  });

  it('going back to a cloud answered before brings back the region typed for it', async () => {
    fx.ui.inputAnswer(/Profile name/, 'add-regions')
      .pickAnswer(/Cloud/, 'Huawei Cloud')
      .inputAnswer(/Home region/, 'ap-southeast-1')
      .backAnswer(/Account site/)
      .backAnswer(/Home region/)
      .pickAnswer(/Cloud/, 'Open Telekom Cloud')
      .backAnswer(/Home region/)
      .pickAnswer(/Cloud/, 'Huawei Cloud')
      .backAnswer(/Home region/)
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .endpointAnswer(true, hostOf(fx.emulator.endpointTemplate))
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    const id = await add();
    fx.ui.assertDone();
    const regions = fx.ui.asked.filter((a) => a.title === 'Home region').map((a) => a.value);
    // Huawei Cloud's default, Open Telekom Cloud's default, Huawei Cloud's typed region again, Custom's default.
    assert.deepEqual(regions, ['cn-north-4', 'ap-southeast-1', 'eu-de', 'ap-southeast-1', 'cn-north-4']);
    assert.ok(id);
    assert.equal(named('add-regions')?.region, REGION);
  });

  it('checks the keys again after Back fixed the endpoint they were refused at, with no stale reason and no Save Anyway', async () => {
    const dead = 'http://127.0.0.1:9/{service}/{region}';
    fx.ui.inputAnswer(/Profile name/, 'add-rerouted')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, dead)
      .inputAnswer(/Home region/, REGION)
      .endpointAnswer(true, '127.0.0.1:9')
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '')
      .backAnswer(/Secret Access Key/)
      .backAnswer(/Access Key ID/)
      .backAnswer(/Home region/)
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, REGION)
      .endpointAnswer(true, hostOf(fx.emulator.endpointTemplate))
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    const id = await add();
    fx.ui.assertDone();
    const problems = fx.ui.asked.filter((a) => a.title === 'Secret Access Key').map((a) => a.problem);
    assert.equal(problems.length, 3);
    assert.equal(problems[0], undefined);
    assert.match(problems[1] ?? '', /^The keys could not be checked: Cannot reach the endpoint/);
    assert.equal(problems[2], undefined, 'the reason was about the old endpoint');
    assert.ok(!fx.ui.shown.some((s) => s.startsWith('modal: The keys could not be checked')), 'the same keys were checked again, not saved unchecked');
    assert.ok(keyChecks().some((e) => e.status === 200 && e.accessKey === fx.emulator.accessKey), 'checked at the fixed endpoint');
    assert.ok(id);
    assert.equal(named('add-rerouted')?.endpointTemplate, fx.emulator.endpointTemplate);
  });

  it('shows the Access Key ID as it is typed and masks the secrets', async () => {
    scriptCustomProfile(fx.ui, { name: 'add-masks', template: fx.emulator.endpointTemplate, accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
    assert.ok(await add());
    fx.ui.assertDone();
    const password = (title: string) => fx.ui.asked.find((a) => a.title === title)?.password;
    assert.deepEqual([password('Access Key ID'), password('Secret Access Key'), password('Security token')], [false, true, true]);
  });

  it('takes a region id that is not in the list when it is valid', async () => {
    fx.ui.inputAnswer(/Profile name/, 'add-typed-region')
      .pickAnswer(/Cloud/, 'Custom endpoint')
      .inputAnswer(/Endpoint template/, fx.emulator.endpointTemplate)
      .inputAnswer(/Home region/, 'my-private-1')
      .endpointAnswer(true, hostOf(fx.emulator.endpointTemplate))
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    const id = await add();
    fx.ui.assertDone();
    assert.ok(!fx.ui.asked.find((a) => a.title === 'Home region')?.items?.some((i) => i.label === 'my-private-1'), 'not one of the offered regions');
    assert.equal(id && named('add-typed-region')?.region, 'my-private-1');
  });

  it('with a wrong Secret Access Key asks it again with the reason in that step, and saves the corrected one', async () => {
    scriptCustomProfile(fx.ui, { name: 'add-fixed', template: fx.emulator.endpointTemplate, accessKey: fx.emulator.accessKey, secretKey: WRONG_SECRET })
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    const id = await add();
    fx.ui.assertDone();
    const secrets = fx.ui.asked.filter((a) => a.title === 'Secret Access Key');
    assert.equal(secrets.length, 2);
    assert.equal(secrets[0]!.problem, undefined);
    assert.match(secrets[1]!.problem ?? '', /^The keys could not be checked: Authentication failed: check the Access Key ID and Secret Access Key/);
    assert.equal(secrets[1]!.value, WRONG_SECRET, 'the step opens with what was typed');
    assert.ok(!fx.ui.shown.some((s) => s.startsWith('modal: The keys could not be checked')), 'no dialog after the prompts');
    assert.ok(id);
    assert.deepEqual(await fx.api.store.getCredentials(id), { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
  });

  it('with a wrong Secret Access Key says so and saves nothing when the answer is no', async () => {
    scriptCustomProfile(fx.ui, { name: 'add-wrong', template: fx.emulator.endpointTemplate, accessKey: fx.emulator.accessKey, secretKey: WRONG_SECRET });
    scriptSameKeysAgain(fx.ui, WRONG_SECRET).confirmAnswer(
      /could not be checked/,
      false,
    );
    const before = fx.api.store.list().length;
    const id = await add();
    fx.ui.assertDone();
    assert.equal(id, undefined);
    const modal = fx.ui.shown.find((s) => s.startsWith('modal: The keys could not be checked'))!;
    assert.match(modal, /The keys could not be checked: Authentication failed: check the Access Key ID and Secret Access Key/);
    assert.match(modal, /Save the profile anyway\?/);
    assert.ok(keyChecks().some((e) => e.status === 401 && e.accessKey === null), 'the signed call was refused');
    assert.equal(named('add-wrong'), undefined);
    assert.equal(fx.api.store.list().length, before);
    assert.ok(!rootLabels().includes('add-wrong'));
  });

  it('with a wrong Secret Access Key saves the profile when the person says so', async () => {
    scriptCustomProfile(fx.ui, { name: 'add-anyway', template: fx.emulator.endpointTemplate, accessKey: fx.emulator.accessKey, secretKey: WRONG_SECRET });
    scriptSameKeysAgain(fx.ui, WRONG_SECRET).confirmAnswer(
      /could not be checked/,
      true,
    );
    const id = await add();
    fx.ui.assertDone();
    assert.ok(id);
    assert.equal(named('add-anyway')?.id, id);
    assert.equal((await fx.api.store.getCredentials(id))?.secretKey, WRONG_SECRET);
    assert.ok(rootLabels().includes('add-anyway'));
  });

  it("names a wrong clock as the reason when the signature's time is off", async () => {
    fx.emulator.setClockOffset(20 * 60_000);
    scriptCustomProfile(fx.ui, { name: 'add-clock', template: fx.emulator.endpointTemplate, accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey });
    scriptSameKeysAgain(fx.ui, fx.emulator.secretKey).confirmAnswer(
      /could not be checked/,
      false,
    );
    await add();
    fx.ui.assertDone();
    const modal = fx.ui.shown.find((s) => s.startsWith('modal: The keys could not be checked'))!;
    assert.match(modal, /clock is more than 15 minutes off/);
    assert.equal(named('add-clock'), undefined);
  });
});
