import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { createDmsService } from '../../../src/services/dms';
import { listAllTasks, walkTasks } from '../../../src/services/listAll';
import { isPagingIgnored } from '../../../src/services/pagingIgnored';
import { sampleInstance, scopeWith, stubClient } from '../../helpers/servicesStub';

const kafka = createDmsService('kafka');
const ids = Array.from({ length: 25 }, (_, i) => `task${String(i).padStart(2, '0')}`);
const task = (id: string) => ({ id, name: 'bindInstancePublicIp', status: 'SUCCESS', created_at: '2020-05-15T03:19:51.046Z' });
const startOf = (r: ApiRequest): number => Number(r.query?.['start']);

/**
 * These servers misbehave in ways the emulator (which follows the documented rules) cannot be made
 * to, so they answer from memory.
 */
describe('services/listAll: walking every page', () => {
  it('keeps going when the server returns fewer tasks than asked for, until task_count', async () => {
    const capped = stubClient((r) => ({ task_count: '25', tasks: ids.slice(startOf(r) - 1, startOf(r) - 1 + 7).map(task) }));
    const all = await listAllTasks(kafka, scopeWith(capped), sampleInstance);
    assert.deepEqual(all.map((t) => t.id), ids);
    assert.deepEqual(capped.requests.map(startOf), [1, 8, 15, 22]);
  });

  it('rejects with the ignored-paging error when a server repeats the first page under start and offset alike', async () => {
    const stuck = stubClient(() => ({ task_count: 25, tasks: ids.slice(0, 10).map(task) }));
    const handed: string[] = [];
    await assert.rejects(
      listAllTasks(kafka, scopeWith(stuck), sampleInstance, { pageSize: 10, onPage: (tasks) => handed.push(...tasks.map((t) => t.id)) }),
      (e: unknown) => isPagingIgnored(e) && e.listed === 10 && e.total === 25,
    );
    assert.deepEqual(handed, ids.slice(0, 10), 'the first page still reached the caller');
    assert.deepEqual(stuck.requests.map((r) => Object.entries(r.query ?? {}).filter(([k, v]) => k !== 'limit' && v !== undefined).map(([k]) => k)), [['start'], ['start'], ['offset']]);
  });

  it('rejects the same way when a later page holds only tasks already listed, in another order', async () => {
    // Not the same page byte for byte, but it holds the first page's first task again: the service layer
    // takes it for a repeat, tries offset as well, and gives up when that repeats too.
    const shuffling = stubClient((r) => ({ task_count: 25, tasks: (r.query?.['start'] === 1 ? ids.slice(0, 10) : ids.slice(0, 10).reverse()).map(task) }));
    await assert.rejects(listAllTasks(kafka, scopeWith(shuffling), sampleInstance, { pageSize: 10 }), (e: unknown) => isPagingIgnored(e) && e.listed === 10);
    assert.equal(shuffling.requests.length, 3, 'no loop: start twice, then offset once');
  });

  it('lists a task once when pages overlap', async () => {
    // A task created meanwhile shifts the list by one: the next page repeats the last task seen.
    const shifting = stubClient((r) => {
      const from = startOf(r) === 1 ? 0 : startOf(r) - 2;
      return { task_count: 25, tasks: ids.slice(from, from + 10).map(task) };
    });
    const all = await listAllTasks(kafka, scopeWith(shifting), sampleInstance, { pageSize: 10 });
    assert.equal(new Set(all.map((t) => t.id)).size, all.length);
  });

  it('stops with cancelled once the signal fires, and reports each page as it comes', async () => {
    const controller = new AbortController();
    const client = stubClient((r) => ({ task_count: 25, tasks: ids.slice(startOf(r) - 1, startOf(r) + 4).map(task) }));
    const counts: number[] = [];
    await assert.rejects(
      listAllTasks(kafka, scopeWith(client), sampleInstance, {
        pageSize: 5,
        signal: controller.signal,
        onPage: (_tasks, soFar) => {
          counts.push(soFar);
          if (soFar >= 10) controller.abort();
        },
      }),
      (e: unknown) => isCloudError(e, 'cancelled'),
    );
    assert.deepEqual(counts, [5, 10]);
    assert.ok(client.requests.every((r) => r.signal === controller.signal), 'the signal reaches each request');
  });

  it('streams: hands over each page, each task once, before asking for the next', async () => {
    // Overlapping pages, as in the test above: the repeated task must reach the caller once.
    const shifting = stubClient((r) => {
      const from = startOf(r) === 1 ? 0 : startOf(r) - 2;
      return { task_count: 25, tasks: ids.slice(from, from + 10).map(task) };
    });
    const handed: string[] = [];
    const requestsWhenHanded: number[] = [];
    const count = await walkTasks(kafka, scopeWith(shifting), sampleInstance, {
      pageSize: 10,
      onPage: (tasks) => {
        handed.push(...tasks.map((t) => t.id));
        requestsWhenHanded.push(shifting.requests.length);
      },
    });
    assert.deepEqual(handed, ids);
    assert.equal(count, ids.length);
    assert.deepEqual(requestsWhenHanded, requestsWhenHanded.map((_, i) => i + 1), 'each page arrives before the next request');
  });
});
