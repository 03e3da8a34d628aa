import * as assert from 'node:assert/strict';
import { checkCredentials, listProjects, loadAccount } from '../../../src/services/iam';
import { expectCloudError, HOME_REGION, startServiceFixture, type ServiceFixture } from '../../helpers/servicesEmulator';

describe('IAM against the emulator', () => {
  let fx: ServiceFixture;

  before(async () => {
    fx = await startServiceFixture({ projects: 4 });
  });
  after(() => fx.stop());
  beforeEach(() => fx.emulator.clearLog());

  it('lists the account\'s region projects, without MOS, sorted, with their region and domain', async () => {
    const projects = await listProjects(fx.client, HOME_REGION);
    const expected = fx.emulator.data.projects.filter((p) => p.name !== 'MOS');
    assert.deepEqual(projects.map((p) => p.id).sort(), expected.map((p) => p.id).sort());
    assert.deepEqual(projects.map((p) => p.name), [...projects.map((p) => p.name)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const team = projects.find((p) => p.name === 'cn-north-4_team');
    assert.equal(team?.region, 'cn-north-4');
    assert.ok(projects.every((p) => p.domainId === fx.emulator.data.domainId));
    assert.deepEqual(fx.requests('GET').map((e) => e.path), ['/iam/cn-north-4/v3/auth/projects']);
    assert.equal(fx.emulator.log().filter((e) => e.method !== 'GET').length, 0, 'nothing is created');
  });

  it('names regions from /v3/regions in the requested language', async () => {
    const { projects, regionNames } = await loadAccount(fx.client, HOME_REGION, 'zh-cn');
    assert.equal(regionNames.live, true);
    assert.equal(regionNames.names.get('cn-north-4'), '华北-北京四');
    assert.ok(projects.length > 0);
  });

  it('falls back to the built-in names when /v3/regions fails', async () => {
    fx.emulator.setFaults([{ service: 'iam', path: '^/v3/regions$', action: { kind: 'status', status: 500 } }]);
    try {
      const { projects, regionNames } = await loadAccount(fx.client, HOME_REGION, 'zh-cn');
      assert.equal(regionNames.live, false);
      assert.equal(regionNames.names.get('cn-north-4'), 'CN North-Beijing4');
      assert.ok(projects.length > 0, 'projects still load');
    } finally {
      fx.emulator.clearFaults();
    }
  });

  it('checks credentials with one signed call, and reports wrong keys as auth without the secret', async () => {
    await checkCredentials(fx.client, HOME_REGION);
    assert.equal(fx.emulator.log().length, 1);
    const e = await expectCloudError(checkCredentials(fx.wrongKeyClient(), HOME_REGION));
    assert.equal(e.kind, 'auth');
    assert.ok(!e.message.includes('not-the-secret-key'));
  });
});
