import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { ApiClient } from '../../../src/net/api';
import { CloudError } from '../../../src/net/errors';
import { checkCredentials, listProjects, listRegionNames } from '../../../src/services/iam';
import { allServices } from '../../../src/services/registry';
import { deleteOrThrow, sampleCodeArtsProject, sampleInstance, scopeWith, stubClient } from '../../helpers/servicesStub';

const TASK_ID = 'ff80808172bd9eab0172c18ad7cf0064';

/** Every read operation, each given the same answering client. */
function operations(client: ApiClient): Array<() => Promise<unknown>> {
  const scope = scopeWith(client);
  const ops: Array<() => Promise<unknown>> = [
    () => listProjects(client, 'cn-north-4'),
    () => listRegionNames(client, 'cn-north-4', 'zh-cn'),
    () => checkCredentials(client, 'cn-north-4'),
  ];
  for (const s of allServices) {
    const container = s.id === 'codeartsCheck' ? sampleCodeArtsProject : sampleInstance;
    ops.push(() => s.listContainers(scope), () => s.listTasks(scope, container), () => deleteOrThrow(s.deleteTask(scope, container, TASK_ID)));
    if (s.getTask) ops.push(() => s.getTask!(scope, container, TASK_ID));
    if (s.getProgress) ops.push(() => s.getProgress!(scope, container, TASK_ID));
  }
  return ops;
}

async function assertOnlyCloudErrors(body: unknown): Promise<void> {
  for (const op of operations(stubClient(() => body))) {
    try {
      await op();
    } catch (e) {
      assert.ok(e instanceof CloudError, `threw ${String(e)} for ${JSON.stringify(body)}`);
      assert.equal(e.kind, 'badResponse');
    }
  }
}

/** Bodies shaped like the real ones, with arbitrary values where the fields go. */
const anyValue = fc.oneof(fc.anything(), fc.constantFrom('4', 4, '', null, 'SUCCESS', '1585618587087', []));
const looseItem = fc.dictionary(
  fc.constantFrom('id', 'name', 'status', 'created_at', 'instance_id', 'engine', 'task_id', 'project_id', 'enabled',
    'locales', 'step_name', 'statue', 'begin_time', 'start_time', 'is_domain'),
  anyValue,
);
const looseBody = fc.record(
  {
    tasks: fc.oneof(fc.array(looseItem, { maxLength: 4 }), anyValue),
    task_count: anyValue,
    instances: fc.oneof(fc.array(looseItem, { maxLength: 4 }), anyValue),
    instance_num: anyValue,
    projects: fc.oneof(fc.array(looseItem, { maxLength: 4 }), anyValue),
    regions: fc.oneof(fc.array(looseItem, { maxLength: 4 }), anyValue),
    total: anyValue,
    step_details: fc.oneof(fc.array(looseItem, { maxLength: 3 }), anyValue),
    step_list: fc.oneof(fc.array(looseItem, { maxLength: 3 }), anyValue),
    progress: anyValue,
  },
  { requiredKeys: [] },
);

describe('services: fuzzed response bodies', () => {
  it('anything at all as a body fails only with CloudError', async () => {
    await fc.assert(fc.asyncProperty(fc.anything(), assertOnlyCloudErrors), { numRuns: 200 });
  });

  it('any JSON text, parsed, fails only with CloudError', async () => {
    await fc.assert(fc.asyncProperty(fc.json(), (text) => assertOnlyCloudErrors(JSON.parse(text))), { numRuns: 200 });
  });

  it('bodies shaped like the real ones with wrong values fail only with CloudError', async () => {
    await fc.assert(fc.asyncProperty(looseBody, assertOnlyCloudErrors), { numRuns: 300 });
  });
});
