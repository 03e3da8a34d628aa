import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contextValue, taskContextValue, type ContextToken } from '../../../src/tree/contextValue';

const hasToken = (value: string, token: ContextToken): boolean => value.split(';').includes(token);

interface MenuEntry {
  readonly command: string;
  readonly when?: string;
}

/** The `viewItem =~ /…/` regexes of the manifest's item menus, by command. */
function viewItemRegexes(): Map<string, RegExp> {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { menus: Record<string, MenuEntry[]> } };
  const out = new Map<string, RegExp>();
  for (const entry of pkg.contributes.menus['view/item/context'] ?? []) {
    const m = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(entry.when ?? '');
    if (m) out.set(entry.command, new RegExp(m[1]!));
  }
  return out;
}

describe('contextValue tokens', () => {
  it('marks a task deletable, and running when it runs; "Deleting…" is not deletable', () => {
    assert.equal(taskContextValue('running', false), 'task;deletable;running');
    assert.equal(taskContextValue('succeeded', false), 'task;deletable');
    assert.equal(taskContextValue('running', true), 'task;deleting;running');
    assert.ok(!hasToken(taskContextValue('failed', true), 'deletable'));
  });

  it('joins only the tokens given, in order', () => {
    assert.equal(contextValue('profile', false, undefined, 'refreshable'), 'profile;refreshable');
  });

  it('has menu regexes anchored so one token never matches inside another', () => {
    const regexes = viewItemRegexes();
    const del = regexes.get('huaweicloudTasks.deleteTask');
    assert.ok(del, 'deleteTask is in the item context menu');
    assert.ok(del.test(taskContextValue('running', false)));
    assert.ok(del.test(taskContextValue('other', false)));
    assert.ok(!del.test(taskContextValue('running', true)));
    assert.ok(!del.test('task;undeletable'));
    assert.ok(!del.test('task;deletables'));
    for (const [command, regex] of regexes) {
      assert.match(regex.source, /^\(\^\|;\)\w+\(;\|\$\)$/, `${command} uses an anchored token regex`);
    }
  });
});
