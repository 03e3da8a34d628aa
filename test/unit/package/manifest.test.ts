import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMAND_IDS } from './commandIds';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; category?: string; icon?: string }>;
    menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
    views: Record<string, Array<{ id: string }>>;
    viewsWelcome: Array<{ view: string; contents: string; when?: string }>;
    configuration: { properties: Record<string, { scope?: string }> };
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

describe('manifest', () => {
  it('activates lazily: only on the view and the commands', () => {
    assert.ok(!manifest.activationEvents.some((e) => e === '*' || e === 'onStartupFinished'));
    assert.ok(manifest.activationEvents.includes('onView:huaweicloudTasks.explorer'));
    for (const e of manifest.activationEvents) assert.match(e, /^(onView|onCommand):huaweicloudTasks\./);
  });

  it('contributes every registered command with a category and a codicon', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command);
    assert.deepEqual([...contributed].sort(), [...COMMAND_IDS].sort());
    for (const c of manifest.contributes.commands) {
      assert.ok(c.category, `${c.command} has a category`);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${c.command} has a codicon`);
    }
  });

  it('hides node-only commands from the palette', () => {
    const hidden = manifest.contributes.menus.commandPalette!.filter((m) => m.when === 'false').map((m) => m.command);
    assert.deepEqual(hidden.sort(), ['huaweicloudTasks.copyId', 'huaweicloudTasks.copyRequestId', 'huaweicloudTasks.copyTaskId', 'huaweicloudTasks.openInConsole', 'huaweicloudTasks.showTaskDetails']);
  });

  it('puts destructive item actions in their own group', () => {
    const items = manifest.contributes.menus['view/item/context']!;
    for (const id of ['huaweicloudTasks.deleteTask', 'huaweicloudTasks.removeProfile']) {
      const entry = items.find((m) => m.command === id);
      assert.match(entry?.group ?? '', /^9_delete/, id);
    }
  });

  it('welcomes a person without profiles with add and import links', () => {
    const [welcome] = manifest.contributes.viewsWelcome;
    assert.equal(welcome?.view, 'huaweicloudTasks.explorer');
    assert.equal(welcome?.when, '!huaweicloudTasks.hasProfiles');
    assert.equal(manifest.contributes.views.huaweicloudTasks?.[0]?.id, 'huaweicloudTasks.explorer');
  });

  it('gives every setting a scope, and keeps the ones that decide where keys go out of workspace settings', () => {
    const settings = manifest.contributes.configuration.properties;
    for (const [key, setting] of Object.entries(settings)) assert.ok(setting.scope, `${key} has a scope`);
    const routing = ['endpointOverrides', 'environment.cloud', 'environment.endpoint', 'environment.region', 'kooCliConfigPath'];
    for (const key of routing) assert.match(settings[`huaweicloudTasks.${key}`]?.scope ?? '', /^(machine|application)$/, key);
  });
});
