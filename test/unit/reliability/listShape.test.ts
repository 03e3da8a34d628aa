import * as assert from 'node:assert/strict';
import { isCloudError } from '../../../src/net/errors';
import { allServices } from '../../../src/services/registry';
import { sampleCodeArtsProject, sampleInstance, scopeWith, stubClient } from '../../helpers/servicesStub';

/** Every list call of every service, answered with one body. */
function lists(body: unknown): Array<{ name: string; count: string; run: () => Promise<{ items: readonly unknown[] }> }> {
  const scope = scopeWith(stubClient(() => body));
  return allServices.flatMap((s) => {
    const codearts = s.id === 'codeartsCheck';
    const container = codearts ? sampleCodeArtsProject : sampleInstance;
    return [
      { name: `${s.id}.listContainers`, count: codearts ? 'total' : 'instance_num', run: () => s.listContainers(scope) },
      { name: `${s.id}.listTasks`, count: codearts ? 'total' : 'task_count', run: () => s.listTasks(scope, container) },
    ];
  });
}

describe('reliability: a list answer without its list is an error, not an empty list', () => {
  it('a 200 body with neither the list nor its count is badResponse naming the list field', async () => {
    for (const { name, run } of lists({ result: { items: 'not-a-list' }, count: 'many' })) {
      await assert.rejects(run(), (e) => isCloudError(e, 'badResponse') && typeof e.field === 'string' && e.operation !== undefined, name);
    }
  });

  it('a bare count of zero still reads as an empty page', async () => {
    for (const { name, count } of lists(undefined)) {
      const call = lists({ [count]: 0 }).find((l) => l.name === name)!;
      assert.equal((await call.run()).items.length, 0, `${name} with only ${count}`);
    }
  });
});
