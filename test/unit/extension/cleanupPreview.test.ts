import * as assert from 'node:assert/strict';
import type { Candidate } from '../../../src/cleanup/collect';
import { previewText } from '../../../src/cleanup/preview';
import { filterRule, olderThanRule } from '../../../src/cleanup/rule';
import { englishLocalizer } from '../../../src/util/localizer';

const c = (container: string, id: string): Candidate<string> => ({ container, id, name: `n-${id}`, status: 'FAILED', state: 'failed', createdAt: new Date('2025-01-02T03:04:05Z') });

describe('clean-up preview', () => {
  const info = { scope: 'prod / cn-north-4', rule: filterRule({ states: ['failed'], olderThanDays: 30 }), scanned: 40, unlisted: [] as string[], groupLabel: (x: string) => `instance ${x}` };

  it('lists every task once, grouped by instance with a count', () => {
    const text = previewText([c('a', 't1'), c('a', 't2'), c('b', 't3')], { ...info, dryRun: false }, englishLocalizer);
    const lines = text.split('\n');
    assert.equal(lines[0], 'Clean-up preview: 3 tasks would be deleted');
    assert.ok(lines.includes('instance a: 2 tasks') && lines.includes('instance b: 1 task'));
    const listed = lines.filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0]);
    assert.deepEqual(listed, ['t1', 't2', 't3']);
    assert.ok(text.includes('  t1  FAILED  n-t1  2025-01-02T03:04:05.000Z'));
  });

  it('says when it is a dry run and which instances could not be listed', () => {
    const text = previewText([], { ...info, dryRun: true, unlisted: ['kafka-1'] }, englishLocalizer);
    assert.match(text, /^Clean-up preview \(dry run, nothing is deleted\): 0 tasks would be deleted/);
    assert.match(text, /Not listed \(failed, see the log\): kafka-1/);
  });

  it('aligns the columns when statuses and names differ in length', () => {
    const mixed: Array<Candidate<string>> = [
      { ...c('a', 't1'), status: 'SUCCESS', name: 'AddWhitelist' },
      { ...c('a', 't2'), status: 'FAILED', name: 'modify' },
      { ...c('b', 'task-3'), status: 'CANCELLED', name: 'x' },
    ];
    const rows = previewText(mixed, { ...info, dryRun: true }, englishLocalizer).split('\n').filter((l) => l.startsWith('  '));
    assert.equal(rows.length, 3);
    // Each row's cells in this order: where every cell starts must be the same on all rows.
    for (const cells of [['SUCCESS', 'FAILED', 'CANCELLED'], ['AddWhitelist', 'modify', 'x'], ['2025-', '2025-', '2025-']]) {
      const at = rows.map((r, i) => r.indexOf(`  ${cells[i]!}`));
      assert.equal(new Set(at).size, 1, `one column for ${cells.join('/')}: ${JSON.stringify(rows)}`);
    }
  });

  it('shows each task\'s time as its row does: the last update when there is one', () => {
    const updated = { ...c('a', 't1'), updatedAt: new Date('2025-03-04T05:06:07Z') };
    const text = previewText([updated, c('a', 't2')], { ...info, dryRun: true }, englishLocalizer);
    assert.ok(text.includes('  t1  FAILED  n-t1  2025-03-04T05:06:07.000Z'), text);
    assert.ok(text.includes('  t2  FAILED  n-t2  2025-01-02T03:04:05.000Z'), text);
  });

  it('says which states the rule deletes, and that other and unknown statuses are left alone', () => {
    const age = previewText([], { ...info, rule: olderThanRule(30), dryRun: true }, englishLocalizer);
    assert.ok(age.includes('Only tasks in these states are deleted: finished, failed, cancelled. Other and unknown statuses are left alone.'), age);
    const named = previewText([], { ...info, rule: filterRule({ states: ['failed', 'other'] }), dryRun: true }, englishLocalizer);
    assert.ok(named.includes('Rule: failed, other status\n'), named);
    assert.ok(named.includes('Only tasks in these states are deleted: failed.'), named);
    const none = previewText([], { ...info, rule: filterRule({ states: ['other'] }), dryRun: true }, englishLocalizer);
    assert.match(none, /No task is deleted: the rule names no finished or running state/);
    assert.doesNotMatch(age + named, /running tasks/);
  });

  it('warns when the rule includes running tasks', () => {
    const text = previewText([], { ...info, rule: filterRule({ states: ['running', 'failed'] }), dryRun: false }, englishLocalizer);
    assert.ok(text.includes('Only tasks in these states are deleted: running, failed.'), text);
    assert.match(text, /Warning: the rule includes running tasks\. A task that is being executed cannot be viewed after being deleted\./);
  });

  it('reads "1 task", not "1 tasks"', () => {
    const text = previewText([c('a', 't1')], { ...info, dryRun: true }, englishLocalizer);
    assert.match(text, /^Clean-up preview \(dry run, nothing is deleted\): 1 task would be deleted\n/);
    assert.ok(text.split('\n').includes('instance a: 1 task'));
  });
});
