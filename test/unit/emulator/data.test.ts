import * as assert from 'node:assert/strict';
import { parseCli } from '../../../emulator/cli';
import { SampleData } from '../../../emulator/data';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const make = (seed: number, tasks = 20) => new SampleData({ projects: 3, instances: 4, tasks, seed, now: NOW });

describe('emulator: sample data', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = make(5);
    const b = make(5);
    const c = make(6);
    const ids = (d: SampleData) => d.projects.flatMap((p) => [p.id, ...d.dcsInstances(p.id).map((i) => i.id)]);
    assert.deepEqual(ids(a), ids(b));
    const inst = a.dcsInstances(a.projects[0]!.id)[0]!.id;
    assert.deepEqual(a.tasks(inst), b.tasks(inst));
    assert.notDeepEqual(ids(a), ids(c));
  });

  it('has id shapes of the real services: hex project ids, uuid instance ids', () => {
    const d = make(1);
    assert.ok(d.projects.every((p) => /^[0-9a-f]{32}$/.test(p.id)));
    for (const p of d.projects.filter((x) => x.name !== 'MOS')) {
      for (const i of [...d.dcsInstances(p.id), ...d.dmsInstances(p.id, 'kafka')]) assert.match(i.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('spreads task times over the last 90 days, updated not before created', () => {
    const d = make(2, 200);
    const inst = d.dmsInstances(d.projects[0]!.id, 'rocketmq')[0]!.id;
    const tasks = d.tasks(inst);
    assert.equal(tasks.length, 200);
    assert.ok(tasks.every((t) => t.createdMs <= NOW && t.createdMs > NOW - 90 * DAY && t.updatedMs >= t.createdMs));
    const spanDays = (tasks[0]!.createdMs - tasks.at(-1)!.createdMs) / DAY;
    assert.ok(spanDays > 60, `spread over ${spanDays} days`);
  });

  it('scales to many tasks because they are generated per container on first use', () => {
    const d = new SampleData({ projects: 4, instances: 50, tasks: 5000, seed: 3, now: NOW });
    const project = d.projects[0]!.id;
    const instances = d.dcsInstances(project);
    assert.equal(instances.length, 50);
    assert.equal(d.tasks(instances[49]!.id).length, 5000);
    // Deleting one of them is remembered.
    const victim = d.tasks(instances[49]!.id)[1234]!.id;
    assert.equal(d.deleteTask(instances[49]!.id, victim), true);
    assert.equal(d.task(instances[49]!.id, victim), undefined);
    assert.equal(d.deleteTask(instances[49]!.id, victim), false);
  });

  it('offers CodeArts projects only in regions where CodeArts exists', () => {
    const d = make(1);
    assert.ok(d.codeArtsProjects('cn-north-4').length > 0);
    assert.deepEqual(d.codeArtsProjects('eu-west-101'), []);
  });
});

describe('emulator: command line', () => {
  it('parses sizes, port, latency, rate, keys and faults', () => {
    const o = parseCli(['--port', '8443', '--projects', '2', '--instances', '10', '--tasks', '50', '--seed', '9', '--latency', '5', '--rate', '100', '--ak', 'AK1', '--sk', 'SK1', '--fault', '{"service":"dms","action":{"kind":"status","status":429},"count":2}']);
    assert.deepEqual(o, { port: 8443, projects: 2, instances: 10, tasks: 50, seed: 9, latencyMs: 5, ratePerSecond: 100, keys: [{ accessKey: 'AK1', secretKey: 'SK1' }], faults: [{ service: 'dms', action: { kind: 'status', status: 429 }, count: 2 }] });
  });

  it('rejects bad numbers, a lone --ak and unknown fault kinds', () => {
    assert.throws(() => parseCli(['--tasks', 'many']), /--tasks/);
    assert.throws(() => parseCli(['--ak', 'AK1']), /--ak and --sk/);
    assert.throws(() => parseCli(['--fault', '{"action":{"kind":"meteor"}}']), /unknown fault kind/);
  });
});
