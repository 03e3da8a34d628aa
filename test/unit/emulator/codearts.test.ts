import * as assert from 'node:assert/strict';
import { Emulator, startEmulator } from '../../../emulator/index';
import { call } from '../../helpers/emulatorClient';
import type { CheckTaskList, CheckTaskProgress, CodeArtsProjectList, GatewayError } from '../../helpers/emulatorShapes';

describe('emulator: CodeArts Check and ProjectMan', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ projects: 2, instances: 3, tasks: 25 });
  });
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  // The lenient server takes either identity; `variants.test.ts` holds each variant to its own.
  const projects = (query: Record<string, string | number>) =>
    call(emu, { service: 'projectman-ext', path: ['v4', 'projects'], query, projectId: emu.data.projects[0]!.id });
  const check = (path: string[], query?: Record<string, string | number>, method = 'GET') => call(emu, { service: 'codearts-check', method, path: ['v2', ...path], ...(query ? { query } : {}) });

  it('requires offset and limit on ProjectMan and lists the region\'s CodeArts projects', async () => {
    for (const q of [{ limit: 10 }, { offset: 0 }] as Array<Record<string, number>>) {
      const res = await projects(q);
      assert.equal(res.status, 400);
      assert.match((res.json as GatewayError).error_code, /^PM\./);
    }
    // cn-north-4 and its sub-project both hold CodeArts projects in that region.
    const body = (await projects({ offset: 0, limit: 100 })).json as CodeArtsProjectList;
    assert.equal(body.total, 6);
    assert.ok(body.projects.every((p) => /^[0-9a-f]{32}$/.test(p.project_id) && Number.isInteger(p.created_time)));
    const times = body.projects.map((p) => p.created_time);
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    const page2 = (await projects({ offset: 4, limit: 4 })).json as CodeArtsProjectList;
    assert.deepEqual(page2.projects.map((p) => p.project_id), body.projects.slice(4).map((p) => p.project_id));
  });

  it('pages check tasks by 1-based page number in offset, limit 1–100, with total', async () => {
    const pid = emu.data.codeArtsProjects('cn-north-4')[0]!.id;
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const body = (await check([pid, 'tasks'], { offset: page, limit: 10 })).json as CheckTaskList;
      assert.equal(body.total, 25);
      seen.push(...body.tasks.map((t) => t.task_id));
    }
    assert.equal(seen.length, 25);
    assert.equal(new Set(seen).size, 25);
    const zero = (await check([pid, 'tasks'], { offset: 0, limit: 10 })).json as CheckTaskList;
    assert.deepEqual(zero.tasks.map((t) => t.task_id), seen.slice(0, 10));
    assert.match(zero.tasks[0]!.created_at, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    assert.equal((await check([pid, 'tasks'], { limit: 101 })).status, 400);
    assert.equal((await check(['f'.repeat(32), 'tasks'])).status, 404);
  });

  it('reports each check task\'s last check as task_status 0–3, or null with no last check time when never checked', async () => {
    const pid = emu.data.codeArtsProjects('cn-north-4')[0]!.id;
    const listed = ((await check([pid, 'tasks'], { offset: 1, limit: 100 })).json as CheckTaskList).tasks;
    const seen = new Map<number | null, number>();
    for (const t of listed) {
      const body = (await check(['tasks', t.task_id, 'progress'])).json as CheckTaskProgress;
      seen.set(body.task_status, (seen.get(body.task_status) ?? 0) + 1);
      assert.equal(t.last_check_time === null, body.task_status === null, t.task_id);
      if (body.task_status === 0) assert.deepEqual(body.progress.info, 'running');
    }
    assert.deepEqual([...seen.keys()].sort(), [0, 1, 2, 3, null].sort(), 'every status appears');
    // An old job definition is often checked recently: its last check is later than its creation.
    assert.ok(listed.some((t) => t.last_check_time !== null && t.last_check_time > t.created_at));
    assert.equal((await check(['tasks', 'f'.repeat(32), 'progress'])).status, 404);
  });

  it('deletes a check task with 200 and body null; it is gone and a second delete is 404', async () => {
    const pid = emu.data.codeArtsProjects('cn-north-4')[1]!.id;
    const task = emu.data.tasks(pid)[0]!;
    const res = await check(['tasks', task.id], undefined, 'DELETE');
    assert.equal(res.status, 200);
    assert.equal(res.text, 'null');
    const body = (await check([pid, 'tasks'], { offset: 1, limit: 100 })).json as CheckTaskList;
    assert.equal(body.total, 24);
    assert.ok(!body.tasks.some((t) => t.task_id === task.id));
    const again = await check(['tasks', task.id], undefined, 'DELETE');
    assert.equal(again.status, 404);
    assert.match((again.json as GatewayError).error_code, /^CC\./);
  });
});
