import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { progressAvailable } from '../../src/services/progressAvailable';
import type { TaskNode } from '../../src/tree/taskNode';
import { emulatorSuite, settledTasksOf, tasksOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

describe('task commands', () => {
  const fx = emulatorSuite({
    emulator: { projects: 1, instances: 1, tasks: 10 },
    // No automatic refresh of running tasks: the request log must show only what the commands caused.
    settings: { runningTaskRefreshSeconds: 0 },
    profile: 'task-commands',
    input: () => new ScriptedUserInput(),
  });

  const tasksOfService = async (service: string): Promise<TaskNode[]> => tasksOf(fx.api, await fx.containerOf(service));
  /** API paths (after /{service}/{region}) of the requests the emulator received, in order. */
  const requested = () => fx.emulator.log().map((e) => `${e.method} ${e.service}${e.path.split('?')[0]!.replace(/^\/[^/]+\/[^/]+/, '')}`);

  it('copies the clicked task id, or every selected id one per line', async () => {
    const tasks = await tasksOfService('kafka');
    await vscode.commands.executeCommand('huaweicloudTasks.copyTaskId', tasks[1]);
    assert.equal(await vscode.env.clipboard.readText(), tasks[1]!.task.id);
    const chosen = tasks.slice(0, 3);
    await vscode.commands.executeCommand('huaweicloudTasks.copyTaskId', chosen[2], chosen);
    assert.equal(await vscode.env.clipboard.readText(), chosen.map((t) => t.task.id).join('\n'));
  });

  for (const service of ['kafka', 'dcs']) {
    it(`shows a running ${service} task as the API returned it, with its progress, read-only and without keys`, async () => {
      // A running task whose progress the service says can be read (DCS: `enable_show`).
      const running = (await tasksOfService(service)).find((t) => t.task.state === 'running' && progressAvailable(t.location.service, t.task));
      assert.ok(running, 'the sample data has a running task with a progress');
      const uri = await vscode.commands.executeCommand<vscode.Uri>('huaweicloudTasks.showTaskDetails', running);
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the document is shown');
      assert.equal(doc.languageId, 'json');
      assert.equal(uri.scheme, 'huaweicloud-tasks', 'a content provider: nothing on disk to save over');
      const shown = JSON.parse(doc.getText()) as { task: Record<string, unknown>; progress?: Record<string, unknown> };
      assert.deepEqual(shown.task, running.task.raw, 'the task body as the service returned it');
      assert.ok(shown.progress, 'the progress of a running task');
      for (const secret of [fx.emulator.accessKey, fx.emulator.secretKey]) assert.ok(!doc.getText().includes(secret));
    });
  }

  it('shows the log', async () => {
    const opened = new Promise<vscode.TextDocument>((resolve) => {
      const existing = vscode.workspace.textDocuments.find(isOurLog);
      if (existing) return resolve(existing);
      const sub = vscode.workspace.onDidOpenTextDocument((d) => {
        if (!isOurLog(d)) return;
        sub.dispose();
        resolve(d);
      });
    });
    await vscode.commands.executeCommand('huaweicloudTasks.showLog');
    assert.deepEqual(fx.ui.messages, []);
    const doc = await opened;
    assert.equal(doc.uri.scheme, 'output');
  });

  it('refreshes only the clicked level: its children are fetched again, nothing else', async () => {
    const kafka = await fx.containerOf('kafka');
    const dcs = await fx.containerOf('dcs');
    await settledTasksOf(fx.api, kafka);
    await settledTasksOf(fx.api, dcs);
    fx.emulator.clearLog();
    await vscode.commands.executeCommand('huaweicloudTasks.refresh', kafka);
    await tasksOf(fx.api, kafka);
    await tasksOf(fx.api, dcs);
    await fx.api.tree.getChildren(kafka.getParent());
    await fx.api.tree.getChildren(kafka.getParent().getParent());
    const project = fx.emulator.data.projects[0]!.id;
    const list = `GET dms/v2/${project}/instances/${kafka.container.id}/tasks`;
    // Besides the list, only the progress of its running tasks: everything within the refreshed level.
    assert.deepEqual(requested().filter((r) => !r.startsWith(`${list}/`)), [list]);
  });

  it('refreshes a task row’s instance, not the whole view', async () => {
    const kafka = await fx.containerOf('kafka');
    const dcs = await fx.containerOf('dcs');
    const [task] = await settledTasksOf(fx.api, kafka);
    await settledTasksOf(fx.api, dcs);
    fx.emulator.clearLog();
    await vscode.commands.executeCommand('huaweicloudTasks.refresh', task);
    await tasksOf(fx.api, await fx.containerOf('kafka'));
    await tasksOf(fx.api, await fx.containerOf('dcs'));
    const project = fx.emulator.data.projects[0]!.id;
    const list = `GET dms/v2/${project}/instances/${kafka.container.id}/tasks`;
    assert.deepEqual(requested().filter((r) => !r.startsWith(`${list}/`)), [list]);
  });

  it('redraws a refreshed instance once its tasks are back, so its unchanged count shows again', async () => {
    const kafka = await fx.containerOf('kafka');
    await settledTasksOf(fx.api, kafka);
    const before = String(kafka.getTreeItem().description);
    const redrawn: unknown[] = [];
    const sub = fx.api.tree.onDidChangeTreeData((node) => redrawn.push(node));
    try {
      await vscode.commands.executeCommand('huaweicloudTasks.refresh', kafka);
      // What the view draws right after the refresh: the level is reloading, so no count yet.
      assert.doesNotMatch(String(kafka.getTreeItem().description), /tasks/);
      redrawn.length = 0;
      await tasksOf(fx.api, kafka);
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      assert.ok(redrawn.includes(kafka), 'the instance is announced again after its tasks arrive');
      assert.equal(String(kafka.getTreeItem().description), before);
    } finally {
      sub.dispose();
    }
  });

  it('refreshes the whole view: the account and every level below are fetched again', async () => {
    await tasksOf(fx.api, await fx.containerOf('kafka'));
    fx.emulator.clearLog();
    await vscode.commands.executeCommand('huaweicloudTasks.refresh');
    const container = await fx.containerOf('kafka');
    await tasksOf(fx.api, container);
    const project = fx.emulator.data.projects[0]!.id;
    const seen = new Set(requested());
    for (const r of ['GET iam/v3/auth/projects', `GET dms/v2/${project}/instances`, `GET dms/v2/${project}/instances/${container.container.id}/tasks`]) {
      assert.ok(seen.has(r), `${r} not in ${[...seen].join(', ')}`);
    }
  });
});

function isOurLog(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'output' && decodeURIComponent(doc.uri.toString()).includes('Huawei Cloud Tasks');
}
