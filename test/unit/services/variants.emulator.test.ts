/**
 * Every service against every server variant (emulator/variants.ts): where the documents and the SDKs
 * disagree on paging, an instance with three pages of tasks lists every task once, without looping, and a
 * server that ignores paging gives the visible signal instead of a shorter list.
 */
import * as assert from 'node:assert/strict';
import { VARIANT_NAMES } from '../../../emulator/index';
import { codeartsCheckService } from '../../../src/services/codeartsCheck';
import { dcsService } from '../../../src/services/dcs';
import { kafkaService, rabbitmqService, rocketmqService } from '../../../src/services/dms';
import { listAllTasks } from '../../../src/services/listAll';
import { isPagingIgnored } from '../../../src/services/pagingIgnored';
import type { Container, Page, Task, TaskService } from '../../../src/services/types';
import { startServiceFixture, type ServiceFixture } from '../../helpers/servicesEmulator';

const SERVICES: readonly TaskService[] = [dcsService, kafkaService, rocketmqService, rabbitmqService, codeartsCheckService];
const TASKS = 25;
const PAGE = 10;
/** Three pages, and at most one more request where the listing had to move to the other paging parameter. */
const MOST_LIST_REQUESTS = 4;
/** Far beyond any honest listing of three pages: reaching it means a loop. */
const LOOP_GUARD = 20;

/** Pages as the tree's "Load more…" asks for them: each cursor handed back as it came. */
async function pageByPage(service: TaskService, fx: ServiceFixture, container: Container): Promise<Array<Page<Task>>> {
  const pages: Array<Page<Task>> = [];
  let cursor: string | undefined;
  do {
    const page = await service.listTasks(fx.scope(), container, cursor, PAGE);
    pages.push(page);
    cursor = page.next;
  } while (cursor !== undefined && pages.length < LOOP_GUARD);
  assert.ok(pages.length < LOOP_GUARD, 'the listing ends');
  return pages;
}

for (const variant of VARIANT_NAMES) {
  describe(`services against the ${variant} server variant`, () => {
    let fx: ServiceFixture;
    let ignoresPaging: boolean;

    before(async () => {
      fx = await startServiceFixture({ instances: 3, tasks: TASKS, variant });
      ignoresPaging = fx.emulator.behaviour.ignorePaging;
    });
    after(() => fx.stop());
    beforeEach(() => {
      fx.emulator.clearLog();
      fx.logLines.length = 0;
    });

    /** Task-list requests only (CodeArts also asks each listed task for its status). */
    const listRequests = (container: Container): number =>
      fx.requests('GET').filter((e) => e.path.endsWith(`/${container.id}/tasks`)).length;

    for (const service of SERVICES) {
      describe(service.label, () => {
        let container: Container;
        let expected: string[];

        before(async () => {
          container = (await service.listContainers(fx.scope())).items[0]!;
          expected = fx.emulator.data.tasks(container.id).map((t) => t.id);
          assert.equal(expected.length, TASKS);
        });

        it('lists every task of an instance with three pages once, in the server order, or says the service ignored paging', async () => {
          const handed: string[] = [];
          const walk = listAllTasks(service, fx.scope(), container, { pageSize: PAGE, onPage: (tasks) => handed.push(...tasks.map((t) => t.id)) });
          if (!ignoresPaging) {
            const all = await walk;
            assert.deepEqual(all.map((t) => t.id), expected, 'every task, none twice');
            assert.ok(listRequests(container) <= MOST_LIST_REQUESTS, `${listRequests(container)} list requests`);
            return;
          }
          await assert.rejects(walk, (e: unknown) => isPagingIgnored(e) && e.listed === PAGE && e.total === TASKS);
          assert.deepEqual(handed, expected.slice(0, PAGE), 'what was listed reached the caller before the error');
          assert.ok(listRequests(container) <= 3, 'one retry per paging parameter, no loop');
          assert.ok(fx.logLines.some((l) => l.level === 'warn' && /ignored paging/.test(l.text)), 'a log line says so');
        });

        it('pages the same way through the cursors "Load more…" hands back', async () => {
          const pages = await pageByPage(service, fx, container);
          const ids = pages.flatMap((p) => p.items.map((t) => t.id));
          if (!ignoresPaging) {
            assert.deepEqual(ids, expected);
            assert.ok(pages.every((p) => p.pagingIgnored === undefined && p.total === TASKS));
            return;
          }
          assert.deepEqual(ids, expected.slice(0, PAGE));
          const last = pages[pages.length - 1]!;
          assert.deepEqual([pages.length, last.pagingIgnored, last.items.length, last.next, last.total], [2, true, 0, undefined, TASKS]);
        });
      });
    }

    it('lists the CodeArts projects of the region page by page, signing the identity ProjectMan takes', async () => {
      const expected = fx.emulator.data.codeArtsProjects('cn-north-4').map((p) => p.id).sort();
      assert.ok(expected.length >= 6, 'three pages of two');
      const seen: string[] = [];
      let cursor: string | undefined;
      let last: Page<Container> | undefined;
      for (let i = 0; i < LOOP_GUARD; i++) {
        last = await codeartsCheckService.listContainers(fx.scope(), cursor, 2);
        seen.push(...last.items.map((c) => c.id));
        cursor = last.next;
        if (!cursor) break;
      }
      if (ignoresPaging) assert.deepEqual([seen.length, last?.pagingIgnored], [2, true]);
      else assert.deepEqual([...seen].sort(), expected);
      const accepted = fx.requests('GET').filter((e) => e.service === 'projectman-ext' && e.status === 200);
      assert.ok(accepted.length > 0);
    });
  });
}

// A server that caps its pages below the size asked and reports no total: a walk at the service's largest page
// gets a page shorter than it asked for, which without a total would read as the end of the list.
describe('a DMS that caps its task pages and reports no total', () => {
  let fx: ServiceFixture;
  let container: Container;
  const CAP = 7;

  before(async () => {
    fx = await startServiceFixture({ projects: 1, instances: 1, tasks: TASKS, behaviour: { dmsTaskPageCapWithoutTotal: CAP } });
    [container] = (await kafkaService.listContainers(fx.scope())).items;
  });
  after(() => fx.stop());

  it('a walk at the largest page lists every task: a short page without a total is followed by one more request', async () => {
    fx.emulator.clearLog();
    const all = await listAllTasks(kafkaService, fx.scope(), container!);
    assert.deepEqual(all.map((t) => t.id), fx.emulator.data.tasks(container!.id).map((t) => t.id));
    // ⌈25 / 7⌉ = 4 pages, then the one that comes back empty.
    assert.equal(fx.requests('GET').filter((e) => e.path.endsWith('/tasks')).length, Math.ceil(TASKS / CAP) + 1);
  });
});

describe('a DMS that ignores paging and reports no total', () => {
  let fx: ServiceFixture;
  let container: Container;

  before(async () => {
    fx = await startServiceFixture({ projects: 1, instances: 1, tasks: 5, behaviour: { ignorePaging: true, dmsTaskPageCapWithoutTotal: 100 } });
    [container] = (await kafkaService.listContainers(fx.scope())).items;
  });
  after(() => fx.stop());

  it('takes the one short page as the whole list: the page asked after it repeats it, which is no sign of more', async () => {
    const all = await listAllTasks(kafkaService, fx.scope(), container!);
    assert.equal(all.length, 5);
  });
});

