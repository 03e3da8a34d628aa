import * as assert from 'node:assert/strict';
import type { Candidate, ContainerFailure } from '../../../src/cleanup/collect';
import type { UnlistedLevel } from '../../../src/cleanup/unlisted';
import { CloudError } from '../../../src/net/errors';
import { previewText } from '../../../src/cleanup/preview';
import { filterRule, olderThanRule } from '../../../src/cleanup/rule';
import { englishLocalizer } from '../../../src/util/localizer';

const c = (container: string, id: string): Candidate<string> => ({ container, id, name: `n-${id}`, status: 'FAILED', state: 'failed', createdAt: new Date('2025-01-02T03:04:05Z') });

describe('clean-up preview', () => {
  const info = {
    scope: 'prod / cn-north-4',
    rule: filterRule({ states: ['failed'], olderThanDays: 30 }),
    scanned: 40,
    unlisted: [] as UnlistedLevel[],
    partly: [] as Array<ContainerFailure<string>>,
    groupLabel: (x: string) => `instance ${x}`,
  };

  it('lists every task once, grouped by instance with a count', () => {
    const text = previewText([c('a', 't1'), c('a', 't2'), c('b', 't3')], { ...info, dryRun: false }, englishLocalizer);
    const lines = text.split('\n');
    assert.equal(lines[0], 'Clean-up preview: 3 tasks would be deleted');
    assert.ok(lines.includes('instance a: 2 tasks') && lines.includes('instance b: 1 task'));
    const listed = lines.filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0]);
    assert.deepEqual(listed, ['t1', 't2', 't3']);
    assert.ok(text.includes('  t1  FAILED  n-t1  2025-01-02T03:04:05.000Z'));
  });

  it('says when it is a dry run and names every level that could not be fully listed, with why', () => {
    const unlisted: UnlistedLevel[] = [
      { name: 'prod', error: new CloudError('auth', 'refused', { status: 401 }) },
      { name: 'prod / cn-north-4 / DMS for Kafka', error: new CloudError('forbidden', 'no', { status: 403 }), partly: { looked: 50, failedPage: 2, what: 'instances' } },
      { name: 'prod / cn-north-4 / DCS / redis-1', error: new CloudError('server', 'down', { status: 500 }), partly: { looked: 1, failedPage: 2, what: 'tasks' } },
    ];
    const text = previewText([], { ...info, dryRun: true, unlisted }, englishLocalizer);
    assert.match(text, /^Clean-up preview \(dry run, nothing is deleted\): 0 tasks would be deleted/);
    const lines = text.split('\n');
    assert.ok(lines.includes('- prod: not listed (Authentication failed: check the Access Key ID and Secret Access Key)'), text);
    assert.ok(lines.includes('- prod / cn-north-4 / DMS for Kafka: partly listed: 50 instances looked at before page 2 failed (Permission denied (HTTP 403))'), text);
    assert.ok(lines.includes('- prod / cn-north-4 / DCS / redis-1: partly listed: 1 task looked at before page 2 failed (The service reported an error (HTTP 500))'), text);
  });

  it('lists what matched in partly listed instances apart, marked, after the tasks that will be deleted', () => {
    const partly: Array<ContainerFailure<string>> = [{ container: 'p', error: new Error('x'), scanned: 5, failedPage: 2, candidates: [c('p', 't9')] }];
    const text = previewText([c('a', 't1')], { ...info, dryRun: false, partly }, englishLocalizer);
    const lines = text.split('\n');
    assert.equal(lines[0], 'Clean-up preview: 1 task would be deleted');
    const section = lines.indexOf('Partly listed instances: what matched there is deleted only if you choose to include it');
    assert.ok(section > lines.indexOf('  t1  FAILED  n-t1  2025-01-02T03:04:05.000Z'), text);
    assert.ok(lines.includes('instance p: 1 task (partly listed: 5 tasks looked at before page 2 failed)'), text);
    assert.deepEqual(lines.filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/\s+/)[0]), ['t1', 't9']);
  });

  it('names the projects of the scope the tree hides, which were not looked at, under the scope', () => {
    const lines = previewText([], { ...info, dryRun: true, hiddenProjects: ['eu-west-0 (EU-Paris)', 'cn-south-1 (CN South-Guangzhou)'] }, englishLocalizer).split('\n');
    const scope = lines.indexOf('Scope: prod / cn-north-4');
    assert.equal(lines[scope + 1], 'Not looked at, as the tree hides them: eu-west-0 (EU-Paris), cn-south-1 (CN South-Guangzhou)');
    assert.ok(!previewText([], { ...info, dryRun: true }, englishLocalizer).includes('Not looked at'), 'no line when nothing is hidden');
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
