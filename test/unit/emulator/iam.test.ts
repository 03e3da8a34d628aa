import * as assert from 'node:assert/strict';
import { Emulator, startEmulator } from '../../../emulator/index';
import { call } from '../../helpers/emulatorClient';
import type { IamProjectList, KeystoneError } from '../../helpers/emulatorShapes';

describe('emulator: IAM', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ projects: 5, instances: 1, tasks: 1 });
  });
  after(() => emu.stop());

  const iam = (path: string[], query?: Record<string, string | number>, method = 'GET') => call(emu, { service: 'iam', method, path: ['v3', ...path], ...(query ? { query } : {}), domainId: emu.data.domainId });

  it('lists every project of the account, a sub-project and the non-region MOS included', async () => {
    const res = await iam(['auth', 'projects']);
    assert.equal(res.status, 200);
    const body = res.json as IamProjectList;
    const names = body.projects.map((p) => p.name);
    assert.deepEqual(names, emu.data.projects.map((p) => p.name));
    assert.ok(names.includes('cn-north-4_team') && names.includes('MOS'));
    const team = body.projects.find((p) => p.name === 'cn-north-4_team')!;
    assert.equal(team.parent_id, body.projects.find((p) => p.name === 'cn-north-4')!.id);
    assert.ok(body.projects.every((p) => /^[0-9a-f]{32}$/.test(p.id) && p.enabled === true && p.is_domain === false));
  });

  it('finds a project by exact name, as SDK project discovery does', async () => {
    const body = (await iam(['projects'], { name: 'ap-southeast-3' })).json as IamProjectList;
    assert.deepEqual(body.projects.map((p) => p.name), ['ap-southeast-3']);
    assert.deepEqual(((await iam(['projects'], { name: 'ap-southeast' })).json as IamProjectList).projects, []);
  });

  it('pages projects with page/per_page and links, and insists on both together', async () => {
    const all = emu.data.projects.length;
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const body = (await iam(['projects'], { page, per_page: 2 })).json as IamProjectList;
      seen.push(...body.projects.map((p) => p.id));
      if (!body.links.next) break;
    }
    assert.equal(seen.length, all);
    assert.equal(new Set(seen).size, all);
    const res = await iam(['projects'], { page: 1 });
    assert.equal(res.status, 400);
    assert.equal((res.json as KeystoneError).error.code, 400);
  });

  it('lists regions with locales and the account domain', async () => {
    const regions = (await iam(['regions'])).json as { regions: Array<{ id: string; type: string; locales: Record<string, string> }> };
    const beijing = regions.regions.find((r) => r.id === 'cn-north-4')!;
    assert.equal(beijing.type, 'public');
    assert.equal(beijing.locales['en-us'], 'CN North-Beijing4');
    assert.ok(beijing.locales['zh-cn']);
    const domains = (await iam(['auth', 'domains'])).json as { domains: Array<{ id: string }> };
    assert.equal(domains.domains[0]!.id, emu.data.domainId);
  });

  it('refuses to create a project (403, Keystone shape)', async () => {
    const res = await iam(['projects'], undefined, 'POST');
    assert.equal(res.status, 403);
    const body = res.json as KeystoneError;
    assert.deepEqual([body.error.code, body.error.title], [403, 'Forbidden']);
  });

  it('rejects a signed X-Domain-Id that is not the account', async () => {
    const res = await call(emu, { service: 'iam', path: ['v3', 'auth', 'projects'], domainId: '0'.repeat(32) });
    assert.equal(res.status, 401);
    assert.equal((res.json as KeystoneError).error.title, 'Unauthorized');
  });
});
