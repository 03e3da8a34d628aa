/** Each server variant holds to its own reading of the APIs, asked directly on the wire. */
import * as assert from 'node:assert/strict';
import { parseCli } from '../../../emulator/cli';
import { startEmulator, type Emulator, type ServerBehaviour } from '../../../emulator/index';
import { VARIANTS } from '../../../emulator/variants';
import { call, type CallOptions } from '../../helpers/emulatorClient';
import type { CheckTaskList, CodeArtsProjectList, DcsTaskList, DmsTaskList, GatewayError } from '../../helpers/emulatorShapes';

describe('emulator: server variants', () => {
  let emu: Emulator;
  let projectId: string;

  /** A fresh emulator with one rule set; the others stay lenient. */
  async function serving(behaviour: Partial<ServerBehaviour>): Promise<void> {
    await emu?.stop();
    emu = await startEmulator({ projects: 3, instances: 2, tasks: 12, behaviour });
    projectId = emu.data.projects[0]!.id;
  }
  after(() => emu?.stop());

  const get = (o: Omit<CallOptions, 'projectId'> & { projectId?: string }) => call(emu, { projectId, ...o });
  const ids = (tasks: Array<{ id?: string; task_id?: string }>) => tasks.map((t) => t.id ?? t.task_id);

  describe('DMS task paging', () => {
    const page = async (query: Record<string, number>) => {
      const instance = emu.data.dmsInstances(projectId, 'kafka')[0]!.id;
      return ((await get({ service: 'dms', path: ['v2', projectId, 'instances', instance, 'tasks'], query: { limit: 4, ...query } })).json as DmsTaskList).tasks;
    };

    it('honours only start (1-based) where the variant says start, ignoring offset', async () => {
      await serving({ dmsTaskPaging: 'start' });
      assert.deepEqual(ids(await page({ start: 5 })), ids((await page({ start: 1, limit: 12 })).slice(4, 8)));
      assert.deepEqual(ids(await page({ offset: 4 })), ids(await page({ start: 1 })), 'offset ignored: the first page');
    });

    it('honours only offset (0-based) where the variant says offset, ignoring start', async () => {
      await serving({ dmsTaskPaging: 'offset' });
      assert.deepEqual(ids(await page({ offset: 4 })), ids((await page({ offset: 0, limit: 12 })).slice(4, 8)));
      assert.deepEqual(ids(await page({ start: 5 })), ids(await page({ offset: 0 })), 'start ignored: the first page');
    });
  });

  describe('CodeArts Check page numbers', () => {
    const page = async (offset: number) => {
      const project = emu.data.codeArtsProjects('cn-north-4')[0]!.id;
      return ids(((await get({ service: 'codearts-check', path: ['v2', project, 'tasks'], query: { offset, limit: 5 } })).json as CheckTaskList).tasks);
    };
    const all = () => emu.data.tasks(emu.data.codeArtsProjects('cn-north-4')[0]!.id).map((t) => t.id);

    it('counts from 0 where the variant says so', async () => {
      await serving({ codeartsFirstPage: 0 });
      assert.deepEqual([await page(0), await page(1)], [all().slice(0, 5), all().slice(5, 10)]);
    });

    it('counts from 1 where the variant says so, reading 0 as the first page too', async () => {
      await serving({ codeartsFirstPage: 1 });
      assert.deepEqual([await page(0), await page(1), await page(2)], [all().slice(0, 5), all().slice(0, 5), all().slice(5, 10)]);
    });
  });

  describe('ProjectMan identity', () => {
    const status = async (identity: 'project' | 'domain' | 'none') => {
      const res = await call(emu, {
        service: 'projectman-ext',
        path: ['v4', 'projects'],
        query: { offset: 0, limit: 10 },
        ...(identity === 'project' ? { projectId } : identity === 'domain' ? { domainId: emu.data.domainId } : {}),
      });
      return res.status === 401 ? `401 ${(res.json as GatewayError).error_code}` : `${res.status} ${(res.json as CodeArtsProjectList).total}`;
    };

    for (const [rule, expected] of [
      ['project', ['200 4', '401 APIGW.0301', '401 APIGW.0301']],
      ['domain', ['401 APIGW.0301', '200 4', '401 APIGW.0301']],
      ['either', ['200 4', '200 4', '401 APIGW.0301']],
    ] as const) {
      it(`takes ${rule === 'either' ? 'either identity' : `only the ${rule} identity`} (X-Project-Id, X-Domain-Id, none)`, async () => {
        await serving({ projectmanIdentity: rule });
        assert.deepEqual([await status('project'), await status('domain'), await status('none')], expected);
      });
    }

    it('refuses a project of another region as the identity', async () => {
      await serving({ projectmanIdentity: 'project' });
      const other = emu.data.projects.find((p) => p.name === 'ap-southeast-3')!.id;
      const res = await call(emu, { service: 'projectman-ext', path: ['v4', 'projects'], query: { offset: 0, limit: 10 }, projectId: other });
      assert.equal(res.status, 401);
    });
  });

  it('sends DCS task_count as a JSON number or a string, as the variant says', async () => {
    for (const dcsTaskCount of ['number', 'string'] as const) {
      await serving({ dcsTaskCount });
      const instance = emu.data.dcsInstances(projectId)[0]!.id;
      const body = (await get({ service: 'dcs', path: ['v2', projectId, 'instances', instance, 'tasks'] })).json as DcsTaskList;
      assert.equal(typeof body.task_count, dcsTaskCount);
      assert.equal(Number(body.task_count), 12);
    }
  });

  it('answers DCS progress only for tasks with enable_show where the variant says so', async () => {
    await serving({ dcsProgress: 'shown' });
    const instance = emu.data.dcsInstances(projectId)[0]!.id;
    const body = (await get({ service: 'dcs', path: ['v2', projectId, 'instances', instance, 'tasks'], query: { limit: 100 } })).json as {
      tasks: Array<{ id: string; enable_show: boolean }>;
    };
    const statuses = await Promise.all(
      body.tasks.map(async (t) => [t.enable_show, (await get({ service: 'dcs', path: ['v2', projectId, 'instances', instance, 'tasks', t.id, 'progress'] })).status] as const),
    );
    assert.ok(statuses.some(([shown]) => shown) && statuses.some(([shown]) => !shown));
    assert.ok(statuses.every(([shown, status]) => (shown ? status === 200 : status === 400)));
  });

  it('answers every list with its first page when the variant ignores paging', async () => {
    await serving({ ignorePaging: true });
    const dcs = emu.data.dcsInstances(projectId)[0]!.id;
    const kafka = emu.data.dmsInstances(projectId, 'kafka')[0]!.id;
    const check = emu.data.codeArtsProjects('cn-north-4')[0]!.id;
    const twice = async (o: Omit<CallOptions, 'query' | 'projectId'>, field: string, first: Record<string, number>, later: Record<string, number>) => {
      const a = (await get({ ...o, query: { limit: 3, ...first } })).json as Record<string, Array<{ id?: string; task_id?: string; instance_id?: string; project_id?: string }>>;
      const b = (await get({ ...o, query: { limit: 3, ...later } })).json as typeof a;
      const key = (x: { id?: string; task_id?: string; instance_id?: string; project_id?: string }) => x.id ?? x.task_id ?? x.instance_id ?? x.project_id;
      assert.deepEqual(b[field]!.map(key), a[field]!.map(key), `${o.service} ${field}`);
      assert.equal(a[field]!.length, 3);
    };
    await twice({ service: 'dcs', path: ['v2', projectId, 'instances', dcs, 'tasks'] }, 'tasks', { offset: 0 }, { offset: 3 });
    await twice({ service: 'dms', path: ['v2', projectId, 'instances', kafka, 'tasks'] }, 'tasks', { start: 1 }, { start: 4 });
    await twice({ service: 'dms', path: ['v2', projectId, 'instances', kafka, 'tasks'] }, 'tasks', { offset: 0 }, { offset: 3 });
    await twice({ service: 'codearts-check', path: ['v2', check, 'tasks'] }, 'tasks', { offset: 1 }, { offset: 2 });
    await twice({ service: 'projectman-ext', path: ['v4', 'projects'] }, 'projects', { offset: 0 }, { offset: 3 });
  });

  it('names the variants on the command line and refuses an unknown one', () => {
    assert.deepEqual(parseCli(['--variant', 'sdk']), { variant: 'sdk' });
    assert.deepEqual(parseCli([]), {});
    assert.throws(() => parseCli(['--variant', 'cloud']), /--variant must be one of lenient, docs, sdk, ignore-paging/);
    assert.deepEqual(VARIANTS.sdk, { dmsTaskPaging: 'offset', codeartsFirstPage: 0, projectmanIdentity: 'project', dcsTaskCount: 'string', dcsProgress: 'shown', ignorePaging: false });
    assert.deepEqual(VARIANTS.docs, { dmsTaskPaging: 'start', codeartsFirstPage: 1, projectmanIdentity: 'domain', dcsTaskCount: 'number', dcsProgress: 'shown', ignorePaging: false });
  });
});
