import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeFilter, filterKey, isFilterActive, matchesFilter, normalizeFilter, TASK_STATES, type FilterableTask } from '../../../src/filter/taskFilter';
import { englishLocalizer } from '../../../src/util/localizer';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const task = (over: Partial<FilterableTask> = {}): FilterableTask => ({ id: 'a1b2c3', name: 'restartInstance', state: 'succeeded', createdAt: daysAgo(40), ...over });

describe('task filter', () => {
  it('an empty filter is inactive and matches every task', () => {
    assert.equal(isFilterActive({}), false);
    fc.assert(
      fc.property(fc.constantFrom(...TASK_STATES), fc.string(), fc.string(), (state, id, name) => matchesFilter(task({ state, id, name }), {}, NOW)),
    );
  });

  it('by state: only the listed states', () => {
    const f = { states: ['failed', 'succeeded'] as const };
    assert.equal(matchesFilter(task({ state: 'failed' }), f, NOW), true);
    assert.equal(matchesFilter(task({ state: 'running' }), f, NOW), false);
  });

  it('by name: any of the names, ignoring case, whole names only', () => {
    const f = { names: ['RESTARTINSTANCE', 'bindEip'] };
    assert.equal(matchesFilter(task(), f, NOW), true);
    assert.equal(matchesFilter(task({ name: 'restart' }), f, NOW), false);
  });

  it('by age: strictly older than N days; a task without a time is never old', () => {
    const f = { olderThanDays: 30 };
    assert.equal(matchesFilter(task({ createdAt: daysAgo(31) }), f, NOW), true);
    assert.equal(matchesFilter(task({ createdAt: daysAgo(29) }), f, NOW), false);
    assert.equal(matchesFilter(task({ createdAt: undefined, updatedAt: daysAgo(31) }), f, NOW), true);
    assert.equal(matchesFilter(task({ createdAt: undefined, updatedAt: undefined }), f, NOW), false);
  });

  it('by age: reads the time a task\'s row shows, its last update, not its creation', () => {
    const f = { olderThanDays: 30 };
    // A CodeArts check job made 40 days ago and last checked yesterday shows "1 day ago": it is not old.
    assert.equal(matchesFilter(task({ createdAt: daysAgo(40), updatedAt: daysAgo(1) }), f, NOW), false);
    assert.equal(matchesFilter(task({ createdAt: daysAgo(40), updatedAt: daysAgo(35) }), f, NOW), true);
  });

  it('by text: in the id or the name, ignoring case', () => {
    assert.equal(matchesFilter(task(), { text: 'B2C' }, NOW), true);
    assert.equal(matchesFilter(task(), { text: 'start' }, NOW), true);
    assert.equal(matchesFilter(task(), { text: 'zzz' }, NOW), false);
  });

  it('all parts must match together', () => {
    const f = { states: ['failed' as const], olderThanDays: 30 };
    assert.equal(matchesFilter(task({ state: 'failed' }), f, NOW), true);
    assert.equal(matchesFilter(task({ state: 'failed', createdAt: daysAgo(1) }), f, NOW), false);
    assert.equal(matchesFilter(task({ state: 'succeeded' }), f, NOW), false);
  });

  it('reads back only well-formed stored values', () => {
    assert.deepEqual(normalizeFilter(undefined), {});
    assert.deepEqual(normalizeFilter({ states: ['failed', 'bogus', 3], names: [' x ', ''], olderThanDays: -1, text: 7 }), { states: ['failed'], names: ['x'] });
    assert.deepEqual(normalizeFilter({ olderThanDays: 30.7, text: ' abc ' }), { olderThanDays: 30, text: 'abc' });
  });

  it('keys equal filters equally whatever the order', () => {
    assert.equal(filterKey({ states: ['failed', 'running'], names: ['A'] }), filterKey({ names: ['a'], states: ['running', 'failed'] }));
    assert.notEqual(filterKey({ olderThanDays: 1 }), filterKey({ olderThanDays: 2 }));
  });

  it('describes itself for the view', () => {
    assert.equal(describeFilter({}, englishLocalizer), '');
    assert.equal(describeFilter({ states: ['failed'], olderThanDays: 30 }, englishLocalizer), 'Filter: failed, older than 30 d');
    assert.equal(describeFilter({ states: ['succeeded'], names: ['a', 'b'], text: 'x' }, englishLocalizer), 'Filter: finished, name: a, b, “x”');
  });
});
