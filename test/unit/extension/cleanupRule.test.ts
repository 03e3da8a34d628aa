import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { filterRule, listWindow, olderThanRule, ruleMatches } from '../../../src/cleanup/rule';
import { TASK_STATES, type FilterableTask } from '../../../src/filter/taskFilter';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const task = (over: Partial<FilterableTask> = {}): FilterableTask => ({ id: 't1', name: 'n', state: 'succeeded', createdAt: daysAgo(40), ...over });

describe('clean-up rules', () => {
  it('"older than N days" takes finished, failed and cancelled tasks past the age, nothing else', () => {
    const rule = olderThanRule(30);
    for (const state of ['succeeded', 'failed', 'cancelled'] as const) assert.equal(ruleMatches(task({ state }), rule, NOW), true, state);
    for (const state of ['running', 'other'] as const) assert.equal(ruleMatches(task({ state }), rule, NOW), false, state);
    assert.equal(ruleMatches(task({ createdAt: daysAgo(10) }), rule, NOW), false);
  });

  it('never takes a running task unless the rule names the running state', () => {
    fc.assert(
      fc.property(fc.subarray([...TASK_STATES]), fc.option(fc.nat(100), { nil: undefined }), (states, days) => {
        const filter = { states, ...(days !== undefined ? { olderThanDays: days } : {}) };
        const matched = ruleMatches(task({ state: 'running', createdAt: daysAgo(500) }), filterRule(filter), NOW);
        return matched === states.includes('running');
      }),
    );
  });

  it('a filter rule without states takes any non-running task the filter matches', () => {
    const rule = filterRule({ text: 'keep' });
    assert.equal(ruleMatches(task({ name: 'keep-me', state: 'other' }), rule, NOW), true);
    assert.equal(ruleMatches(task({ name: 'keep-me', state: 'running' }), rule, NOW), false);
    assert.equal(ruleMatches(task({ name: 'other' }), rule, NOW), false);
  });

  it('asks the server only for tasks created before the age limit', () => {
    assert.deepEqual(listWindow(olderThanRule(30), NOW), { to: daysAgo(30) });
    assert.deepEqual(listWindow(filterRule({ states: ['failed'] }), NOW), {});
  });
});
