/**
 * Shared set-up of the extension-host tests: an emulator per suite with the extension's internal test
 * API, a profile added through the real addProfile command against it, and walks down the tree. Tree
 * nodes come from the extension's own bundle, so they are recognised by their ids, never with instanceof.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index';
import { progressAvailable } from '../../src/services/progressAvailable';
import type { ExtensionTestApi } from '../../src/testApi';
import type { ContainerNode } from '../../src/tree/containerNode';
import type { TaskNode } from '../../src/tree/taskNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { ScriptedUserInput } from './scriptedUserInput';

export const EXTENSION_ID = 'huaweicloud-tasks.huaweicloud-tasks';
export const REGION = 'cn-north-4';

export async function testApi(): Promise<ExtensionTestApi> {
  const ext = vscode.extensions.getExtension<ExtensionTestApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

export interface SuiteOptions<U extends ScriptedUserInput> {
  /** The emulator's sample data and key pairs. */
  readonly emulator: EmulatorOptions;
  /** Adds a profile of this name for the emulator before the suite; removed after it. */
  readonly profile?: string;
  /** `huaweicloudTasks.*` settings for the whole suite: set before the profile is added, cleared after. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Before each test, a clean emulator (state and request log) and, with a profile, a refreshed tree. Default: true. */
  readonly resetEachTest?: boolean;
  /** Before each test, fresh scripted prompts of this kind replace the extension's. */
  readonly input?: () => U;
}

/** What a suite's tests use; filled in by the suite's hooks, so read it inside tests and hooks only. */
export interface SuiteFixture<U extends ScriptedUserInput> {
  readonly emulator: Emulator;
  readonly api: ExtensionTestApi;
  /** The suite's profile (empty without the `profile` option). */
  readonly profileId: string;
  /** This test's prompts (only with the `input` option). */
  readonly ui: U;
  /** The first instance of a service under the suite's profile, in the home region. */
  containerOf(service: string): Promise<ContainerNode>;
}

/**
 * Registers the mocha hooks of a suite against the emulator: call it first in `describe`, so the suite's
 * own `before` hooks run after these and find everything in place.
 */
export function emulatorSuite<U extends ScriptedUserInput = ScriptedUserInput>(options: SuiteOptions<U>): SuiteFixture<U> {
  const fx = {
    profileId: '',
    containerOf: (service: string) => containerOf(fx.api, fx.profileId, service, fx.emulator),
  } as { -readonly [K in keyof SuiteFixture<U>]: SuiteFixture<U>[K] };
  const settings = Object.entries(options.settings ?? {});
  const config = () => vscode.workspace.getConfiguration('huaweicloudTasks');

  before(async () => {
    fx.emulator = await startEmulator(options.emulator);
    fx.api = await testApi();
    for (const [key, value] of settings) await config().update(key, value, vscode.ConfigurationTarget.Global);
    if (options.profile) fx.profileId = await addEmulatorProfile(fx.api, fx.emulator, options.profile);
  });

  beforeEach(async () => {
    if (options.resetEachTest ?? true) {
      fx.emulator.reset();
      if (options.profile) await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    }
    if (options.input) {
      fx.ui = options.input();
      fx.api.setUserInput(fx.ui);
    }
  });

  after(async () => {
    if (fx.profileId) await fx.api.store.remove(fx.profileId);
    for (const [key] of settings) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await fx.emulator?.stop();
  });

  return fx;
}

export interface ProfileAnswers {
  readonly name: string;
  readonly template: string;
  readonly accessKey: string;
  readonly secretKey: string;
}

/** `host[:port]` of an endpoint template, as the question about it names it. */
export function hostOf(template: string): string {
  return /^[a-z]+:\/\/([^/]+)/i.exec(template)?.[1] ?? template;
}

/**
 * Scripts the addProfile prompts of a Custom-endpoint profile in the home region REGION, allowing its
 * (loopback) host when asked.
 */
export function scriptCustomProfile(ui: ScriptedUserInput, answers: ProfileAnswers): ScriptedUserInput {
  return ui
    .inputAnswer(/Profile name/, answers.name)
    .pickAnswer(/Cloud/, 'Custom endpoint')
    .inputAnswer(/Endpoint template/, answers.template)
    .inputAnswer(/Home region/, REGION)
    .endpointAnswer(true, hostOf(answers.template))
    .inputAnswer(/Access Key ID/, answers.accessKey)
    .inputAnswer(/Secret Access Key/, answers.secretKey)
    .inputAnswer(/Security token/, '');
}

/**
 * After the key check refused the keys, Add Profile asks the Secret Access Key again (then the token): this
 * gives the same ones again, so the flow asks whether to save them unchecked.
 */
export function scriptSameKeysAgain(ui: ScriptedUserInput, secretKey: string): ScriptedUserInput {
  return ui.inputAnswer(/Secret Access Key/, secretKey).inputAnswer(/Security token/, '');
}

/** Adds a profile for the emulator through the addProfile command, answering its prompts. */
export async function addEmulatorProfile(
  api: ExtensionTestApi,
  emulator: Emulator,
  name: string,
  keys: { readonly accessKey: string; readonly secretKey: string } = emulator,
): Promise<string> {
  const ui = scriptCustomProfile(new ScriptedUserInput(), { name, template: emulator.endpointTemplate, accessKey: keys.accessKey, secretKey: keys.secretKey });
  api.setUserInput(ui);
  const id = await vscode.commands.executeCommand<string>('huaweicloudTasks.addProfile');
  ui.assertDone();
  assert.ok(id, `addProfile failed: ${JSON.stringify(ui.messages)}`);
  return id;
}

async function child(api: ExtensionTestApi, parent: TreeNode, idSuffix: string): Promise<TreeNode> {
  const children = await api.tree.getChildren(parent);
  const found = children.find((c) => c.id.endsWith(idSuffix));
  assert.ok(found, `no ${idSuffix} under ${parent.id}: ${children.map((c) => c.id).join(', ')}`);
  return found;
}

export async function containerOf(api: ExtensionTestApi, profileId: string, service: string, emulator: Emulator): Promise<ContainerNode> {
  const profile = api.tree.profileNodes().find((p) => p.profile.id === profileId);
  assert.ok(profile, `no profile node ${profileId}`);
  const projectId = emulator.data.projects.find((p) => p.name === REGION)!.id;
  const project = await child(api, profile, `/project/${projectId}`);
  const serviceNode = await child(api, project, `/service/${service}`);
  const containers = await api.tree.getChildren(serviceNode);
  const first = containers.find((c) => c.id.includes('/container/'));
  assert.ok(first, `no instance under ${serviceNode.id}: ${containers.map((c) => c.id).join(', ')}`);
  return first as ContainerNode;
}

export async function tasksOf(api: ExtensionTestApi, container: ContainerNode): Promise<TaskNode[]> {
  return (await api.tree.getChildren(container)).filter((n): n is TaskNode => n.id.includes('/task/'));
}

/** Task ids of the DELETE requests the emulator received, in order. */
export function deletedTaskIds(emulator: Emulator): string[] {
  return emulator
    .log()
    .filter((e) => e.method === 'DELETE')
    .map((e) => decodeURIComponent(e.path.split('?')[0]!.split('/').pop()!));
}

/** Resolves once `check` holds, looking again at every change of the tree. */
export function treeSettles(api: ExtensionTestApi, check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = api.tree.onDidChangeTreeData(() => {
      if (!check()) return;
      sub.dispose();
      resolve();
    });
  });
}

/** Loads an instance's tasks and waits for the progress of its running ones that have one, which arrives on its own. */
export async function settledTasksOf(api: ExtensionTestApi, container: ContainerNode): Promise<TaskNode[]> {
  const tasks = await tasksOf(api, container);
  const running = tasks.filter((t) => t.task.state === 'running' && progressAvailable(container.location.service, t.task));
  await treeSettles(api, () => running.every((t) => t.progress !== undefined));
  return tasks;
}

/** Sets (or with `undefined` removes) a user setting outside `huaweicloudTasks`, such as `http.proxy`. */
export async function setUserSetting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

/** A full refresh (new connections, settings read again), then the rows under a profile. */
export async function refreshedProfileRows(api: ExtensionTestApi, profileId: string): Promise<TreeNode[]> {
  await vscode.commands.executeCommand('huaweicloudTasks.refresh');
  const profile = api.tree.profileNodes().find((p) => p.profile.id === profileId);
  assert.ok(profile, `no profile node ${profileId}`);
  return api.tree.getChildren(profile);
}

/** The single error row among `rows`: its label, tooltip and click. */
export function errorRow(rows: readonly TreeNode[]): vscode.TreeItem {
  const items = rows.map((r) => r.getTreeItem());
  assert.equal(items.length, 1, `one row expected: ${items.map((i) => String(i.label)).join(' | ')}`);
  assert.match(items[0]!.contextValue ?? '', /^error(;|$)/, `an error row expected: ${String(items[0]!.label)}`);
  return items[0]!;
}

/** Every log line written from now until `dispose()`, whatever the channel's level. */
export function captureLog(api: ExtensionTestApi): { readonly lines: string[]; dispose(): void } {
  const lines: string[] = [];
  const sub = api.log.onDidWrite((line) => lines.push(line));
  return { lines, dispose: () => sub.dispose() };
}
