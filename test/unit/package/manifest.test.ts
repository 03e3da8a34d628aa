import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isValidRegion, validateEndpointTemplate } from '../../../src/net/endpoints';
import { COMMAND_IDS } from './commandIds';

/** A setting's JSON schema, as far as these tests read it. */
interface Schema {
  scope?: string;
  type?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  pattern?: string;
  patternErrorMessage?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
}

interface Manifest {
  engines: { vscode: string };
  activationEvents?: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string; icon?: string }>;
    menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
    viewsContainers: { activitybar: Array<{ id: string; title: string }> };
    views: Record<string, Array<{ id: string; name: string }>>;
    viewsWelcome: Array<{ view: string; contents: string; when?: string }>;
    configuration: { properties: Record<string, Schema> };
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const nlsZh = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8')) as Record<string, string>;
const LANGUAGES = [['en', nls], ['zh-cn', nlsZh]] as const;

const id = (name: string): string => `huaweicloudTasks.${name}`;
/** A manifest string in one language: a `%key%` looked up in that language's package.nls. */
const resolve = (value: string, table: Record<string, string>): string => {
  const key = /^%(.+)%$/.exec(value)?.[1];
  return key === undefined ? value : (table[key] ?? '');
};

/** Commands that ask something (a prompt, a picker or a confirmation) before they act: "…" ends their titles. */
const PROMPTING = ['addProfile', 'editProfile', 'renameProfile', 'removeProfile', 'importKooCliProfiles', 'deleteTask', 'filterTasks', 'cleanUpTasks', 'findTasks', 'exportDeletionHistory', 'selectProjects'].map(id);
/** Commands with nothing to do without a profile: the palette offers them only when there is one. */
const NEED_A_PROFILE = ['editProfile', 'renameProfile', 'removeProfile', 'refresh', 'deleteTask', 'filterTasks', 'cleanUpTasks', 'findTasks', 'selectProjects'].map(id);
/** Commands that work, or make the first profile, without one. */
const WITHOUT_A_PROFILE = ['addProfile', 'importKooCliProfiles', 'showLog', 'showDeletionHistory', 'exportDeletionHistory'].map(id);

/** Every schema in a setting's, with its path: the setting's own, its items' and its properties'. */
function schemasOf(path: string, schema: Schema): Array<[string, Schema]> {
  return [
    [path, schema],
    ...(schema.items ? schemasOf(`${path}[]`, schema.items) : []),
    ...Object.entries(schema.properties ?? {}).flatMap(([k, s]) => schemasOf(`${path}.${k}`, s)),
  ];
}
const allSchemas = Object.entries(manifest.contributes.configuration.properties).flatMap(([k, s]) => schemasOf(k, s));
const settings = manifest.contributes.configuration.properties;

describe('manifest', () => {
  it('activates lazily, on the events VS Code generates from the contributions, and declares none of those itself', () => {
    // Since VS Code 1.74 every contributed command and view activates the extension on its own.
    assert.match(manifest.engines.vscode, /^\^1\.(7[4-9]|[89]\d|\d{3,})\./);
    const events = manifest.activationEvents ?? [];
    assert.ok(!events.some((e) => e === '*' || e === 'onStartupFinished'));
    assert.deepEqual(events.filter((e) => /^(onCommand|onView):/.test(e)), []);
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
    for (const [key, setting] of Object.entries(settings)) assert.ok(setting.scope, `${key} has a scope`);
    const routing = ['endpointOverrides', 'environment.cloud', 'environment.endpoint', 'environment.region', 'kooCliConfigPath'];
    for (const key of routing) assert.match(settings[`huaweicloudTasks.${key}`]?.scope ?? '', /^(machine|application)$/, key);
  });

  it('keeps the filter commands in the view title, not on every row', () => {
    const title = manifest.contributes.menus['view/title']!.map((m) => m.command);
    const rows = manifest.contributes.menus['view/item/context']!.map((m) => m.command);
    for (const command of [id('filterTasks'), id('clearFilter')]) {
      assert.ok(title.includes(command), `${command} is in the view title`);
      assert.ok(!rows.includes(command), `${command} is not in the rows' context menu`);
    }
  });

  it('offers the commands that need a profile in the palette only when there is one', () => {
    const palette = manifest.contributes.menus.commandPalette!;
    const whenOf = (command: string): string => palette.find((m) => m.command === command)?.when ?? '';
    // The key as a condition of its own, not negated (`!huaweicloudTasks.hasProfiles` is the welcome view's).
    const needsProfiles = (when: string): boolean => /(^|\|\||&&|\()\s*huaweicloudTasks\.hasProfiles\b/.test(when);
    for (const command of NEED_A_PROFILE) assert.ok(needsProfiles(whenOf(command)), `${command} when "${whenOf(command)}"`);
    for (const command of WITHOUT_A_PROFILE) assert.ok(!/hasProfiles/.test(whenOf(command)), `${command} when "${whenOf(command)}"`);
    // Every key a when-clause reads is one the extension sets: a misspelt key would hide the command for good.
    const declared = readFileSync('src/ui/contextKeys.ts', 'utf8');
    for (const key of new Set(palette.flatMap((m) => [...(m.when ?? '').matchAll(/huaweicloudTasks\.\w+/g)].map((k) => k[0])))) {
      assert.ok(declared.includes(`'${key}'`), `${key} is declared in src/ui/contextKeys.ts`);
    }
  });

  it('ends the titles of commands that ask before they act with "…", and only those, in both languages', () => {
    for (const c of manifest.contributes.commands) {
      for (const [language, table] of LANGUAGES) {
        const title = resolve(c.title, table);
        assert.ok(title.trim() !== '', `${c.command} has a ${language} title`);
        assert.equal(title.endsWith('…'), PROMPTING.includes(c.command), `${language} "${title}" of ${c.command}`);
        assert.ok(!title.endsWith('...'), `${language} "${title}" uses the ellipsis character`);
      }
    }
  });

  it('names the view container and its one view so the side bar reads "HUAWEI CLOUD TASKS: TASKS"', () => {
    const container = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === 'huaweicloudTasks')!;
    const [view] = manifest.contributes.views.huaweicloudTasks!;
    // A view alone in its container is shown under "CONTAINER: VIEW"; the same name twice would read as one.
    assert.equal(`${resolve(container.title, nls)}: ${resolve(view!.name, nls)}`.toUpperCase(), 'HUAWEI CLOUD TASKS: TASKS');
    assert.equal(`${resolve(container.title, nlsZh)}: ${resolve(view!.name, nlsZh)}`, '华为云后台任务: 任务');
  });

  it('describes each value of every enum setting, in both languages', () => {
    const enums = allSchemas.filter(([, s]) => s.enum);
    assert.ok(enums.length >= 2);
    for (const [path, schema] of enums) {
      assert.equal(schema.enumDescriptions?.length, schema.enum!.length, `${path} has a description per value`);
      for (const [language, table] of LANGUAGES) {
        for (const d of schema.enumDescriptions!) assert.ok(/^%.+%$/.test(d) && resolve(d, table).trim() !== '', `${path}: ${language} "${d}"`);
      }
    }
  });

  it('explains in both languages why a setting value does not fit its pattern', () => {
    const patterned = allSchemas.filter(([, s]) => s.pattern !== undefined);
    assert.ok(patterned.length > 0);
    for (const [path, schema] of patterned) {
      const message = schema.patternErrorMessage ?? '';
      for (const [language, table] of LANGUAGES) assert.ok(/^%.+%$/.test(message) && resolve(message, table).trim() !== '', `${path}: ${language} "${message}"`);
    }
  });

  it('checks the form of regions and endpoints in settings, never refusing what the extension accepts', () => {
    const patternOf = (path: string): RegExp => {
      const schema = allSchemas.find(([p]) => p === path)?.[1];
      assert.ok(schema?.pattern, `${path} has a pattern`);
      // VS Code compiles setting patterns with the u flag.
      return new RegExp(schema.pattern, 'u');
    };
    const regions = ['cn-north-4', 'ap-southeast-1', 'eu-west-101', 'eu-de', 'eu-ch2', 'la-south-2', 'cn-north-4 ', ''];
    const notRegions = ['CN-North-4', 'cn north 4', '-cn-north-4', 'https://dcs.cn-north-4.myhuaweicloud.com'];
    for (const path of [id('regions[]'), id('environment.region')]) {
      const pattern = patternOf(path);
      for (const r of regions) {
        assert.ok(r.trim() === '' || isValidRegion(r.trim()), `the extension takes "${r}"`);
        assert.match(r, pattern, `${path} takes "${r}"`);
      }
      for (const r of notRegions) {
        assert.ok(!isValidRegion(r.trim()), `the extension refuses "${r}"`);
        assert.doesNotMatch(r, pattern, `${path} refuses "${r}"`);
      }
    }
    const templates = [
      'https://{service}.{region}.myhuaweicloud.com',
      'https://{service}.{region}.myhuaweicloud.eu',
      'https://{service}.{region}.otc.t-systems.com',
      'http://127.0.0.1:8443/{service}/{region}',
      'https://dcs.example.com',
      'HTTPS://{service}.{region}.example.com/',
      ' https://{service}.{region}.example.com ',
    ];
    const notTemplates = ['{service}.{region}.myhuaweicloud.com', 'dcs.cn-north-4.myhuaweicloud.com', 'ftp://{service}.{region}.example.com'];
    const endpointSettings = [id('environment.endpoint'), ...['iam', 'dcs', 'dms', 'codearts-check', 'projectman-ext'].map((l) => id(`endpointOverrides.${l}`))];
    for (const path of endpointSettings) {
      const pattern = patternOf(path);
      // Empty: the cloud's own endpoints.
      assert.match('', pattern, `${path} may be empty`);
      for (const t of templates) {
        assert.equal(validateEndpointTemplate(t), undefined, `the extension takes "${t}"`);
        assert.match(t, pattern, `${path} takes "${t}"`);
      }
      for (const t of notTemplates) {
        assert.notEqual(validateEndpointTemplate(t), undefined, `the extension refuses "${t}"`);
        assert.doesNotMatch(t, pattern, `${path} refuses "${t}"`);
      }
    }
  });
});
