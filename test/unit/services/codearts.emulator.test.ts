import * as assert from 'node:assert/strict';
import { codeartsCheckService as service } from '../../../src/services/codeartsCheck';
import { listAllTasks } from '../../../src/services/listAll';
import type { Container } from '../../../src/services/types';
import { containerWithId, expectCloudError, startServiceFixture, type ServiceFixture } from '../../helpers/servicesEmulator';

describe('CodeArts Check service against the emulator', () => {
  let fx: ServiceFixture;
  let projects: Container[];

  before(async () => {
    fx = await startServiceFixture({ instances: 3 });
    projects = [...(await service.listContainers(fx.scope())).items];
  });
  after(() => fx.stop());
  beforeEach(() => fx.emulator.clearLog());

  it('lists the region\'s CodeArts projects from ProjectMan, paging by item offset', async () => {
    const expected = fx.emulator.data.codeArtsProjects('cn-north-4').map((p) => p.id).sort();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.listContainers(fx.scope(), cursor, 4);
      assert.equal(page.total, expected.length);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.next;
    } while (cursor);
    assert.deepEqual([...seen].sort(), expected);
    assert.equal(new Set(seen).size, seen.length, 'no project twice');
    const log = fx.requests('GET');
    assert.ok(log.every((e) => e.path === '/projectman-ext/cn-north-4/v4/projects'));
    assert.deepEqual(log.map((e) => e.query['offset']), [['0'], ['4']]);
    assert.ok(projects.every((p) => p.kind === 'codeartsProject' && p.createdAt instanceof Date));
  });

  it('lists check tasks by page number from 0, moving to 1-based pages when page 1 repeats page 0', async () => {
    const project = projects[0]!;
    const all = await listAllTasks(service, fx.scope(), project, { pageSize: 10 });
    assert.deepEqual(all.map((t) => t.id), fx.emulator.data.tasks(project.id).map((t) => t.id));
    const log = fx.requests('GET').filter((e) => !e.path.endsWith('/progress'));
    // This server counts pages from 1 and reads 0 as 1: the second request repeats the first page.
    assert.deepEqual(log.map((e) => e.query['offset']), [['0'], ['1'], ['2'], ['3']]);
    assert.ok(fx.logLines.some((l) => l.level === 'info' && /offset=1 repeated the page before; asking with offset=2/.test(l.text)));
    assert.ok(log.every((e) => e.path === `/codearts-check/cn-north-4/v2/${project.id}/tasks`));
    assert.ok(all.every((t) => t.createdAt instanceof Date), 'yyyy-MM-dd HH:mm:ss times are parsed');
  });

  it('gives each check task the state of its last check, read from the task\'s progress', async () => {
    const project = projects[0]!;
    const tasks = await listAllTasks(service, fx.scope(), project, { pageSize: 100 });
    const expected: Record<string, string> = { CHECKING: 'running', FAILED: 'failed', SUCCESS: 'succeeded', STOPPED: 'cancelled', NOT_CHECKED: 'other' };
    const records = new Map(fx.emulator.data.tasks(project.id).map((t) => [t.id, t.status]));
    assert.deepEqual(
      tasks.map((t) => [t.id, t.state]),
      tasks.map((t) => [t.id, expected[records.get(t.id)!]]),
    );
    assert.ok(tasks.some((t) => t.state === 'running'), 'the sample data has a check in progress');
    const progress = fx.requests('GET').filter((e) => e.path.endsWith('/progress')).map((e) => e.path);
    assert.deepEqual([...progress].sort(), tasks.map((t) => `/codearts-check/cn-north-4/v2/tasks/${t.id}/progress`).sort());
  });

  it('leaves a task whose status cannot be read in the unknown state, neither running nor finished', async () => {
    const project = projects[0]!;
    const [first] = fx.emulator.data.tasks(project.id);
    fx.emulator.setFaults([{ service: 'codearts-check', path: `/tasks/${first!.id}/progress$`, action: { kind: 'status', status: 500 } }]);
    try {
      const page = await service.listTasks(fx.scope(), project, undefined, 5);
      const task = page.items.find((t) => t.id === first!.id)!;
      assert.deepEqual([task.state, task.status], ['other', '']);
      assert.ok(page.items.filter((t) => t.id !== first!.id).some((t) => t.state !== 'other'), 'the others still have theirs');
    } finally {
      fx.emulator.clearFaults();
    }
  });

  it('deletes a task (200 null) at /v2/tasks/{id}; a second delete finds it already gone', async () => {
    const project = projects[1]!;
    const task = (await service.listTasks(fx.scope(), project, undefined, 1)).items[0]!;
    fx.emulator.clearLog();
    const result = await service.deleteTask(fx.scope(), project, task.id);
    assert.deepEqual([result.status, result.outcome], [200, 'deleted']);
    assert.deepEqual(fx.requests('DELETE').map((e) => e.path), [`/codearts-check/cn-north-4/v2/tasks/${task.id}`]);
    assert.equal(fx.emulator.data.task(project.id, task.id), undefined);
    assert.equal((await service.deleteTask(fx.scope(), project, task.id)).outcome, 'alreadyGone');
  });

  it('returns an empty list for a project without tasks left', async () => {
    const project = projects[2]!;
    for (const t of fx.emulator.data.tasks(project.id)) fx.emulator.data.deleteTask(project.id, t.id);
    const page = await service.listTasks(fx.scope(), project);
    assert.deepEqual([page.items.length, page.total, page.next], [0, 0, undefined]);
  });

  it('reports an unknown CodeArts project as notFound', async () => {
    const e = await expectCloudError(service.listTasks(fx.scope(), containerWithId('0'.repeat(32), 'codeartsProject')));
    assert.equal(e.kind, 'notFound');
    assert.equal(e.errorCode, 'CC.00000404');
  });
});

describe('CodeArts Check service against a server counting pages from 0', () => {
  let fx: ServiceFixture;
  before(async () => {
    fx = await startServiceFixture({ instances: 1, behaviour: { codeartsFirstPage: 0 } });
  });
  after(() => fx.stop());

  it('lists the newest tasks too: page 0 is the first page, and no page is asked twice', async () => {
    const project = (await service.listContainers(fx.scope())).items[0]!;
    fx.emulator.clearLog();
    const all = await listAllTasks(service, fx.scope(), project, { pageSize: 10 });
    assert.deepEqual(all.map((t) => t.id), fx.emulator.data.tasks(project.id).map((t) => t.id));
    const log = fx.requests('GET').filter((e) => !e.path.endsWith('/progress'));
    assert.deepEqual(log.map((e) => e.query['offset']), [['0'], ['1'], ['2']]);
  });
});
