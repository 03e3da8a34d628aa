import * as assert from 'node:assert/strict';
import { matchesTaskQuery, parseTaskQuery } from '../../../src/filter/taskQuery';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const task = { id: 'a1b2c3d4', name: 'restartInstance', status: 'SUCCESS', state: 'succeeded' as const, updatedAt: daysAgo(40) };
const where = 'production / cn-north-4 / DCS for Redis / redis-orders-01 (inst-9)';
const matches = (text: string, t = task) => matchesTaskQuery(parseTaskQuery(text), t, where, NOW);

describe('Find Tasks query', () => {
  it('matches a fragment of the name, the id or the status, ignoring case', () => {
    assert.equal(matches('RESTART'), true);
    assert.equal(matches('b2c3'), true);
    assert.equal(matches('success'), true);
    assert.equal(matches('succeeded'), true, 'the state as well as the API status');
    assert.equal(matches('extend'), false);
  });

  it('matches where the task lives: profile, region, service, instance', () => {
    assert.equal(matches('production'), true);
    assert.equal(matches('cn-north-4'), true);
    assert.equal(matches('redis-orders'), true);
    assert.equal(matches('inst-9'), true);
  });

  it('needs every word, in any field', () => {
    assert.equal(matches('restart redis-orders'), true);
    assert.equal(matches('restart kafka'), false);
  });

  it('empty text matches everything', () => {
    assert.deepEqual(parseTaskQuery('   '), { words: [] });
    assert.equal(matches(''), true);
  });

  it('"older than N days" keeps tasks by age; the rest of the text still has to match', () => {
    assert.deepEqual(parseTaskQuery('restart older than 30 days'), { words: ['restart'], olderThanDays: 30 });
    assert.equal(matches('older than 30 days'), true);
    assert.equal(matches('older than 50 days'), false);
    assert.equal(matches('restart older than 30 days'), true);
    assert.equal(matches('extend older than 30 days'), false);
    assert.equal(matches('older than 1 day', { ...task, updatedAt: undefined as unknown as Date }), false, 'a task without a time has no known age');
  });

  it('reads the age in Chinese too: "超过 30 天", "早于30天", "30 天前"', () => {
    assert.deepEqual(parseTaskQuery('restart 超过 30 天'), { words: ['restart'], olderThanDays: 30 });
    assert.deepEqual(parseTaskQuery('早于30天'), { words: [], olderThanDays: 30 });
    assert.deepEqual(parseTaskQuery('30 天前 失败'), { words: ['失败'], olderThanDays: 30 });
    assert.equal(matches('超过 30 天'), true);
    assert.equal(matches('超过 50 天'), false);
    assert.deepEqual(parseTaskQuery('30 天'), { words: ['30', '天'] }, 'a number of days alone is not an age');
  });

  it('matches the status word as the person reads it, besides the raw status', () => {
    const failed = { ...task, status: 'FAILED', state: 'failed' as const };
    const query = parseTaskQuery('失败');
    assert.equal(matchesTaskQuery(query, failed, where, NOW, '失败'), true);
    assert.equal(matchesTaskQuery(query, failed, where, NOW), false, 'without the word, only the raw status and state are known');
  });
});
