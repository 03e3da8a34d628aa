/**
 * Handing a resource over to someone or something else: Copy ID on every level, the request ids support asks
 * for (from a delete's summary and an error row), Open in Console, and a refused key fixed from its error row.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BulkDeleteSummary } from '../../src/deletion/bulkDelete';
import type { ProfileNode } from '../../src/tree/profileNode';
import type { TaskNode } from '../../src/tree/taskNode';
import type { TreeNode } from '../../src/tree/treeNode';
import { containerOf, emulatorSuite, hostOf, REGION, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const clipboard = () => vscode.env.clipboard.readText();

describe('hand-off: ids, request ids, the console, keys', () => {
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 1, tasks: 4 },
    settings: { runningTaskRefreshSeconds: 0 },
    profile: 'handoff',
    input: () => new ScriptedUserInput(),
  });
  const created: string[] = [];
  /** What Open in Console handed to the browser (VS Code's own opener asks in a modal first, refused in tests). */
  const browsed: string[] = [];
  let restoreOpener: ((uri: vscode.Uri) => Thenable<boolean>) | undefined;
  before(() => {
    restoreOpener = fx.api.setOpenExternal((uri) => {
      browsed.push(uri.toString(true));
      return Promise.resolve(true);
    });
  });
  after(() => {
    if (restoreOpener) fx.api.setOpenExternal(restoreOpener);
  });
  afterEach(async () => {
    for (const id of created.splice(0)) if (fx.api.store.get(id)) await fx.api.store.remove(id);
  });

  const profileRow = (id: string): ProfileNode => fx.api.tree.profileNodes().find((n) => n.profile.id === id)!;
  const projectRow = async (id: string): Promise<TreeNode> => (await fx.api.tree.getChildren(profileRow(id))).find((n) => n.getTreeItem().label === REGION)!;

  it('copies the id of a project, an instance, a CodeArts project and a task, and a selection one per line', async () => {
    const project = await projectRow(fx.profileId);
    await vscode.commands.executeCommand('huaweicloudTasks.copyId', project);
    assert.equal(await clipboard(), fx.emulator.data.projects.find((p) => p.name === REGION)!.id);

    const instance = await fx.containerOf('dcs');
    await vscode.commands.executeCommand('huaweicloudTasks.copyId', instance);
    assert.equal(await clipboard(), instance.container.id);
    const codearts = await fx.containerOf('codeartsCheck');
    await vscode.commands.executeCommand('huaweicloudTasks.copyId', codearts);
    assert.equal(await clipboard(), codearts.container.id);

    const tasks = await tasksOf(fx.api, instance);
    await vscode.commands.executeCommand('huaweicloudTasks.copyId', tasks[0]);
    assert.equal(await clipboard(), tasks[0]!.task.id);
    await vscode.commands.executeCommand('huaweicloudTasks.copyId', tasks[1], [instance, tasks[1], tasks[2]]);
    assert.equal(await clipboard(), [instance.container.id, tasks[1]!.task.id, tasks[2]!.task.id].join('\n'));

    // The old name still copies task ids, and only those.
    await vscode.commands.executeCommand('huaweicloudTasks.copyTaskId', tasks[1], [instance, tasks[1], tasks[3]]);
    assert.equal(await clipboard(), [tasks[1]!.task.id, tasks[3]!.task.id].join('\n'));
  });

  it('offers the request ids in the summary of a delete with a failure, the failed one first, as the emulator logged them', async () => {
    const [ok, refused] = (await tasksOf(fx.api, await fx.containerOf('kafka'))).filter((t) => t.task.state !== 'running') as [TaskNode, TaskNode];
    fx.emulator.setFaults([{ method: 'DELETE', taskId: refused.task.id, action: { kind: 'status', status: 403, errorCode: 'DMS.00403000', errorMsg: 'Forbidden' } }]);
    fx.ui.confirmAnswer(/Delete 2 tasks/, true);
    const summary = await vscode.commands.executeCommand<BulkDeleteSummary<TaskNode>>('huaweicloudTasks.deleteTask', ok, [ok, refused]);
    fx.ui.assertDone();
    assert.equal(summary.failed, 1);

    const deletes = fx.emulator.log().filter((e) => e.method === 'DELETE');
    const idOf = (task: TaskNode) => deletes.find((e) => e.path.endsWith(`/${task.task.id}`))!.requestId;
    const message = fx.ui.messages.at(-1)!;
    assert.equal(message.level, 'warn');
    const actions = fx.ui.actionsOf(message);
    assert.deepEqual(actions.map((a) => a.label), ['Copy Request IDs', 'Show Log']);
    await actions[0]!.run();
    assert.equal(await clipboard(), [idOf(refused), idOf(ok)].join('\n'));
  });

  it('shows refused keys (401) as a row that offers Edit Keys and the request id; Edit Keys checks and saves the new keys', async () => {
    const { id } = await fx.api.store.add(
      { name: 'handoff-wrong', cloud: 'custom', endpointTemplate: fx.emulator.endpointTemplate, region: REGION },
      { accessKey: fx.emulator.accessKey, secretKey: 'not-the-secret-key' },
    );
    created.push(id);
    fx.ui.endpointAnswer(true, hostOf(fx.emulator.endpointTemplate));
    const [row] = await fx.api.tree.getChildren(profileRow(id));
    const item = row!.getTreeItem();
    assert.match(item.contextValue ?? '', /^error;authError;requestId$/);
    // The row's listing may be one of two refused at once (projects and region names): either is its own.
    const refused = fx.emulator.log().filter((e) => e.status === 401).map((e) => e.requestId);
    assert.ok(refused.length > 0, 'the emulator refused the signature');
    const copied = await vscode.commands.executeCommand<string>('huaweicloudTasks.copyRequestId', row);
    assert.ok(refused.includes(copied), `${copied} is not among ${refused.join(', ')}`);
    assert.equal(await clipboard(), copied);

    // Its click is Edit Keys: only the keys are asked, checked with one signed call, then saved.
    assert.equal(item.command?.command, 'huaweicloudTasks.editKeys');
    fx.emulator.clearLog();
    fx.ui
      .inputAnswer(/Access Key ID/, fx.emulator.accessKey)
      .inputAnswer(/Secret Access Key/, fx.emulator.secretKey)
      .inputAnswer(/Security token/, '');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    fx.ui.assertDone();
    assert.deepEqual(fx.ui.messages.filter((m) => m.level === 'error'), []);
    assert.ok(fx.emulator.log().some((e) => e.service === 'iam' && e.status === 200), 'the new keys were checked');
    assert.equal((await fx.api.store.getCredentials(id))?.secretKey, fx.emulator.secretKey);
    assert.equal(fx.api.store.get(id)?.endpointTemplate, fx.emulator.endpointTemplate, 'nothing else changed');
    const rows = await fx.api.tree.getChildren(profileRow(id));
    assert.ok(rows.some((r) => r.getTreeItem().label === REGION), rows.map((r) => String(r.getTreeItem().label)).join(', '));
  });

  it('says where the Environment profile keys come from instead of asking for them', async () => {
    const environment = { location: { profile: { id: 'environment', name: 'Environment', source: 'environment' } } };
    // Not a real row: the command reads only the location a row carries.
    await vscode.commands.executeCommand('huaweicloudTasks.editKeys', environment);
    fx.ui.assertDone();
    assert.match(fx.ui.messages.at(-1)?.text ?? '', /HUAWEICLOUD_SDK_AK/);
  });

  it('opens a Huawei Cloud instance and task in the console of their region; a custom endpoint has none', async () => {
    const labels = ['iam', 'dcs', 'dms', 'codearts-check', 'projectman-ext'];
    const endpointOverrides = Object.fromEntries(labels.map((l) => [l, `${fx.emulator.url}/${l}/{region}`]));
    const { id } = await fx.api.store.add(
      { name: 'handoff-huawei', cloud: 'huaweicloud', region: REGION, endpointOverrides },
      { accessKey: fx.emulator.accessKey, secretKey: fx.emulator.secretKey },
    );
    created.push(id);
    fx.ui.endpointAnswer(true);
    const kafka = await containerOf(fx.api, id, 'kafka', fx.emulator);
    assert.match(kafka.getTreeItem().contextValue ?? '', /(^|;)inConsole(;|$)/);
    const opened = await vscode.commands.executeCommand<string>('huaweicloudTasks.openInConsole', kafka);
    assert.equal(fx.ui.messages.length, 0, fx.ui.messages.map((m) => m.text).join('; '));
    assert.equal(opened, `https://console.huaweicloud.com/dms/?region=${REGION}&engine=kafka#/queue/manager/newKafkaList`);
    const check = await containerOf(fx.api, id, 'codeartsCheck', fx.emulator);
    const [task] = await tasksOf(fx.api, check);
    const taskUrl = await vscode.commands.executeCommand<string>('huaweicloudTasks.openInConsole', task);
    assert.equal(taskUrl, `https://devcloud.${REGION}.huaweicloud.com/codecheck/project/${encodeURIComponent(check.container.id)}/codecheck/task/${encodeURIComponent(task!.task.id)}`);
    assert.deepEqual(browsed, [opened, taskUrl], 'the very URLs went to the browser');
    for (const url of [opened, taskUrl]) assert.ok(!url.includes(fx.emulator.accessKey) && !url.includes(fx.emulator.secretKey), url);

    const custom = await fx.containerOf('dcs');
    assert.doesNotMatch(custom.getTreeItem().contextValue ?? '', /inConsole/);
    assert.equal(await vscode.commands.executeCommand('huaweicloudTasks.openInConsole', custom), undefined);
    assert.match(fx.ui.messages.at(-1)?.text ?? '', /no known web console/);
  });
});
