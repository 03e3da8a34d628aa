import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FINISHED_STATES, filterRule, includesRunning, listWindow, olderThanRule, ruleMatches } from '../../../src/cleanup/rule';
import { TASK_STATES, type FilterableTask } from '../../../src/filter/taskFilter';
import { formatCompactUtc } from '../../../src/services/time';
import { compactTime } from '../../../emulator/routes/params';

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

  it('a filter rule without states takes only finished, failed and cancelled tasks the filter matches', () => {
    const rule = filterRule({ text: 'keep' });
    for (const state of FINISHED_STATES) assert.equal(ruleMatches(task({ name: 'keep-me', state }), rule, NOW), true, state);
    assert.equal(ruleMatches(task({ name: 'keep-me', state: 'other' }), rule, NOW), false, 'a task of another or unknown status');
    assert.equal(ruleMatches(task({ name: 'keep-me', state: 'running' }), rule, NOW), false);
    assert.equal(ruleMatches(task({ name: 'other' }), rule, NOW), false);
  });

  it('a filter rule takes the finished and running states the filter names, never other or unknown statuses', () => {
    assert.deepEqual(filterRule({ states: ['other', 'failed'] }).states, ['failed']);
    assert.deepEqual(filterRule({ states: ['other'] }).states, []);
    fc.assert(
      fc.property(fc.subarray([...TASK_STATES]), fc.constantFrom(...TASK_STATES), (states, state) => {
        const rule = filterRule({ states, olderThanDays: 0 });
        const matched = ruleMatches(task({ state }), rule, NOW);
        const named = states.length === 0 ? FINISHED_STATES.includes(state) : states.includes(state);
        return matched === (state !== 'other' && named) && includesRunning(rule) === states.includes('running');
      }),
    );
  });

  it('asks the server only for tasks created before the age limit', () => {
    assert.deepEqual(listWindow(olderThanRule(30), NOW), { to: daysAgo(30) });
    assert.deepEqual(listWindow(filterRule({ states: ['failed'] }), NOW), {});
  });

  it('the server-side window holds every task the rule matches, at the second the server filters by', () => {
    // Any created/updated order (servers are not trusted to keep created <= updated) and millisecond times,
    // while the server reads `end_time` in whole seconds.
    // Times are drawn around the age limit, where a second's rounding decides.
    const offset = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }));
    fc.assert(
      fc.property(offset, fc.option(offset, { nil: undefined }), fc.nat(365), fc.integer({ min: 0, max: 999 }), (created, updated, days, ms) => {
        const now = new Date(NOW.getTime() + ms);
        const limit = now.getTime() - days * 86_400_000;
        const createdAt = new Date(limit + created);
        const rule = olderThanRule(days);
        const t = task({ createdAt, updatedAt: updated === undefined ? undefined : new Date(limit + updated) });
        if (!ruleMatches(t, rule, now)) return true;
        const to = listWindow(rule, now).to!;
        const serverTo = compactTime(formatCompactUtc(to))!;
        return createdAt.getTime() <= serverTo;
      }),
    );
  });
});
