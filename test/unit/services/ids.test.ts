import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { encodePath, percentDecode } from '../../../src/net/encoding';
import { isCloudError } from '../../../src/net/errors';
import { checkId, isValidId, type IdKind } from '../../../src/services/ids';
import { allServices } from '../../../src/services/registry';
import type { TaskService } from '../../../src/services/types';
import { deleteOrThrow, sampleCodeArtsProject, sampleInstance, scopeWith, stubClient } from '../../helpers/servicesStub';

const kinds: IdKind[] = ['iamProject', 'instance', 'task', 'codeartsProject', 'codeartsTask'];

/** Real ids from the reference's examples. */
const real: ReadonlyArray<[IdKind, string]> = [
  ['iamProject', '0605767d2a00d5d92f47c00bf3b53c7c'],
  ['instance', '3c49dd03-1c1b-4b8d-ba5e-6ae7f1d5b5f4'],
  ['task', 'ff80808172bd9eab0172c18ad7cf0064'],
  ['codeartsProject', '0b9a1b1f7e7c4f0e8e1f1a6b2c3d4e5f'],
  ['codeartsTask', '2b31ed520d9f4ba28b9c4a3b0c2f1e7d'],
];

const hostile = ['', '.', '..', '../x', 'a/b', 'a%2Fb', 'a?b', 'a#b', 'a b', 'a\tb', 'a\nb', '\u0000', 'x'.repeat(129), 'é'];

function assertBadInput(fn: () => unknown): void {
  assert.throws(fn, (e: unknown) => isCloudError(e, 'badInput'));
}

/**
 * Calls every id-taking operation of every service with `id` in each id position: each call is
 * either refused with badInput before sending anything, or sends one request whose path holds the
 * id as one whole segment, and whose wire form decodes back to the same segments.
 */
async function assertIdIsRefusedOrOneSegment(service: TaskService, id: string): Promise<void> {
  const client = stubClient(() => ({ tasks: [], task_count: 0, instances: [], projects: [], total: 0 }));
  const scope = scopeWith(client);
  const container = { ...(service.id === 'codeartsCheck' ? sampleCodeArtsProject : sampleInstance), id };
  const calls: Array<() => Promise<unknown>> = [
    () => deleteOrThrow(service.deleteTask(scope, sampleInstance, id)),
    () => service.listTasks(scope, container),
  ];
  if (service.getProgress) calls.push(() => service.getProgress!(scope, sampleInstance, id));
  if (service.getTask) calls.push(() => service.getTask!(scope, sampleInstance, id));
  for (const call of calls) {
    const before = client.requests.length;
    try {
      await call();
    } catch (e) {
      if (!isCloudError(e, 'badInput')) throw e;
      assert.equal(client.requests.length, before, 'a refused id sends nothing');
      continue;
    }
    const request = client.requests[before]!;
    assert.ok(request.path.includes(id), 'the id is one whole segment');
    const decoded = encodePath(request.path).split('/').slice(1).map(percentDecode);
    assert.deepEqual(decoded, [...request.path]);
  }
}

describe('services/ids', () => {
  it('accepts real ids of each kind', () => {
    for (const [kind, id] of real) assert.equal(checkId(kind, id), id);
  });

  it('refuses ids that could change the URL, without echoing them', () => {
    for (const kind of kinds) {
      for (const id of hostile) assertBadInput(() => checkId(kind, id));
      assert.throws(
        () => checkId(kind, 'secret/../value'),
        (e: unknown) => isCloudError(e) && !e.message.includes('secret'),
      );
    }
    assertBadInput(() => checkId('instance', 42));
  });

  it('accepts exactly ids whose encoded form is the id itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.string({ unit: 'binary', maxLength: 140 }), (kind, id) => {
        if (!isValidId(kind, id)) return true;
        return encodePath([id]) === `/${id}` && id !== '.' && id !== '..';
      }),
    );
  });

  it('puts any accepted id into requests as exactly one path segment, and sends nothing for a refused one', async () => {
    const ids = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom(...hostile, ...real.map(([, id]) => id)),
      fc.stringMatching(/^[0-9a-f]{32}$/),
      fc.uuid(),
    );
    await fc.assert(
      fc.asyncProperty(ids, async (id) => {
        for (const service of allServices) await assertIdIsRefusedOrOneSegment(service, id);
      }),
      { numRuns: 150 },
    );
  });
});
