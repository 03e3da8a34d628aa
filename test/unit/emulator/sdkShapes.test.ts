/**
 * Every answer of the emulator, in every server variant, held to the official SDK's response models
 * (`sdkModels/*.ts`: field names and JSON types per model, each naming its Go SDK file), plus the formats
 * the models' comments state. A field the emulator invents, or sends with another JSON type, fails here.
 */
import * as assert from 'node:assert/strict';
import { startEmulator, VARIANT_NAMES, type Emulator, type VariantName } from '../../../emulator/index';
import { call, type CallOptions } from '../../helpers/emulatorClient';
import { CODEARTS_MODELS } from './sdkModels/codearts';
import { conform } from './sdkModels/conform';
import { DCS_MODELS } from './sdkModels/dcs';
import { DMS_MODELS } from './sdkModels/dms';
import { IAM_MODELS } from './sdkModels/iam';

const MODELS = { ...DCS_MODELS, ...DMS_MODELS, ...CODEARTS_MODELS, ...IAM_MODELS };

/**
 * Where a variant answers as the documents' examples do rather than as the SDK types it. Listed so each is
 * asserted to happen exactly as intended, not waved through.
 */
const DOCUMENTED_DEVIATIONS: Readonly<Partial<Record<VariantName, readonly string[]>>> = {
  docs: ['(body).task_count: number, the SDK has string'],
};

/** `2020-06-17T07:38:42.503Z`: the format the DCS models' comments give for task, step and instance times. */
const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** DMS `created_at`: epoch milliseconds as a string (`model_show_instance_resp.go`, `model_instance_detail.go`). */
const EPOCH_MS = /^\d{13}$/;

interface Json {
  readonly [key: string]: unknown;
}

for (const variant of VARIANT_NAMES) {
  describe(`emulator answers as the SDK models say (${variant} variant)`, () => {
    let emu: Emulator;
    let projectId: string;
    const deviations: string[] = [];
    let fields = 0;

    before(async () => {
      emu = await startEmulator({ projects: 2, instances: 3, tasks: 12, variant });
      projectId = emu.data.projects[0]!.id;
    });
    after(async () => {
      await emu.stop();
      console.log(`      ${variant}: ${fields} answered fields compared with the SDK models`);
    });

    /** Calls the API (signed with both identities, which every variant takes) and holds the answer to a model. */
    async function answer(model: string, options: Omit<CallOptions, 'projectId' | 'domainId'>): Promise<Json> {
      const res = await call(emu, { ...options, projectId, domainId: emu.data.domainId });
      assert.ok(res.status >= 200 && res.status < 300, `${options.service} ${options.path.join('/')}: ${res.status} ${res.text}`);
      const result = conform(MODELS, model, res.json);
      fields += result.checked;
      for (const m of result.mismatches) deviations.push(`${model} ${m}`);
      return (res.json ?? {}) as Json;
    }
    const list = (body: Json, field: string): Json[] => body[field] as Json[];

    it('IAM: projects, a project by name, regions, domains', async () => {
      await answer('iam.KeystoneListAuthProjectsResponse', { service: 'iam', path: ['v3', 'auth', 'projects'] });
      await answer('iam.KeystoneListProjectsResponse', { service: 'iam', path: ['v3', 'projects'], query: { name: 'cn-north-4' } });
      await answer('iam.KeystoneListRegionsResponse', { service: 'iam', path: ['v3', 'regions'] });
      await answer('iam.KeystoneListAuthDomainsResponse', { service: 'iam', path: ['v3', 'auth', 'domains'] });
    });

    it('DCS: instances, tasks, progress and delete, with the times the models state', async () => {
      const base = ['v2', projectId, 'instances'];
      const instances = list(await answer('dcs.ListInstancesResponse', { service: 'dcs', path: base }), 'instances');
      assert.ok(instances.every((i) => ISO_MS.test(String(i['created_at']))));
      const instanceId = String(instances[0]!['instance_id']);
      const tasks = await answer('dcs.ListBackgroundTaskResponse', { service: 'dcs', path: [...base, instanceId, 'tasks'] });
      assert.equal(typeof tasks['task_count'], emu.behaviour.dcsTaskCount);
      assert.ok(list(tasks, 'tasks').every((t) => ISO_MS.test(String(t['created_at'])) && ISO_MS.test(String(t['updated_at']))));
      const detailed = list(tasks, 'tasks').find((t) => t['enable_show'] === true)!;
      assert.ok(detailed, 'the sample data has a task with details');
      const progress = await answer('dcs.ShowBackgroundTaskProgressResponse', { service: 'dcs', path: [...base, instanceId, 'tasks', String(detailed['id']), 'progress'] });
      const times = list(progress, 'step_details').flatMap((s) => [s['begin_time'], s['end_time']]).filter((t) => t !== undefined);
      assert.ok(times.length > 0 && times.every((t) => ISO_MS.test(String(t))), 'step times as 2020-06-17T07:38:42.503Z');
      for (const id of emu.data.dcsInstances(projectId).map((i) => i.id)) {
        const taskId = emu.data.tasks(id)[0]!.id;
        await answer('dcs.DeleteBackgroundTaskResponse', { service: 'dcs', method: 'DELETE', path: [...base, id, 'tasks', taskId] });
      }
    });

    for (const [engine, listModel] of [
      ['kafka', 'kafka.ListInstancesResponse'],
      ['rocketmq', 'rocketmq.ListInstancesResponse'],
      ['rabbitmq', 'rabbitmq.ListInstancesDetailsResponse'],
    ] as const) {
      it(`DMS ${engine}: instances, tasks, one task${engine === 'rabbitmq' ? '' : ', progress'}`, async () => {
        const base = ['v2', projectId, 'instances'];
        const instances = list(await answer(listModel, { service: 'dms', path: base, query: { engine } }), 'instances');
        assert.ok(instances.every((i) => EPOCH_MS.test(String(i['created_at']))));
        const instanceId = String(instances[0]!['instance_id']);
        const tasks = list(await answer(`${engine}.ListBackgroundTasksResponse`, { service: 'dms', path: [...base, instanceId, 'tasks'] }), 'tasks');
        const taskPath = [...base, instanceId, 'tasks', String(tasks[0]!['id'])];
        await answer(`${engine}.ShowBackgroundTaskResponse`, { service: 'dms', path: taskPath });
        if (engine !== 'rabbitmq') await answer(`${engine}.ShowBackgroundTaskProgressResponse`, { service: 'dms', path: [...taskPath, 'progress'] });
      });
    }

    it('RocketMQ: an instance\'s type names its version (4.8.0: single, cluster; 5.x: *.basic, cluster.professional)', () => {
      const instances = emu.data.projects.flatMap((p) => emu.data.dmsInstances(p.id, 'rocketmq'));
      assert.ok(instances.some((i) => i.engineVersion === '4.8.0') && instances.some((i) => i.engineVersion === '5.x'), 'both versions sampled');
      for (const i of instances) {
        const expected = i.engineVersion === '4.8.0' ? ['single', 'cluster'] : ['single.basic', 'cluster.basic', 'cluster.professional'];
        assert.ok(expected.includes(i.type), `${i.engineVersion} ${i.type}`);
      }
    });

    it('CodeArts Check and ProjectMan: projects, tasks, a task\'s status, delete', async () => {
      const projects = list(await answer('projectman.ListProjectsV4Response', { service: 'projectman-ext', path: ['v4', 'projects'], query: { offset: 0, limit: 10 } }), 'projects');
      const id = String(projects[0]!['project_id']);
      const tasks = list(await answer('codeartscheck.ShowTaskListByProjectIdResponse', { service: 'codearts-check', path: ['v2', id, 'tasks'] }), 'tasks');
      const taskId = String(tasks[0]!['task_id']);
      await answer('codeartscheck.ShowProgressDetailResponse', { service: 'codearts-check', path: ['v2', 'tasks', taskId, 'progress'] });
      await answer('codeartscheck.DeleteTaskResponse', { service: 'codearts-check', method: 'DELETE', path: ['v2', 'tasks', taskId] });
    });

    it('deviates from the SDK models only where the variant follows the documents on purpose', () => {
      const expected = (DOCUMENTED_DEVIATIONS[variant] ?? []).map((d) => `dcs.ListBackgroundTaskResponse ${d}`);
      assert.deepEqual([...new Set(deviations)], expected);
      assert.ok(fields > 500, `${fields} fields compared`);
    });
  });
}
