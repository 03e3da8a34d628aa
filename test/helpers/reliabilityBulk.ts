/**
 * Bulk-delete targets across services, listed through the real services, and readers of the emulator's
 * log that say which task each DELETE named.
 */
import type { Emulator, LogEntry } from '../../emulator/index';
import type { ApiClient } from '../../src/net/api';
import { listAllTasks } from '../../src/services/listAll';
import { codeartsCheckService } from '../../src/services/codeartsCheck';
import { dcsService } from '../../src/services/dcs';
import { kafkaService } from '../../src/services/dms';
import type { DeleteVerdict } from '../../src/services/deletion';
import type { Container, Project, TaskService } from '../../src/services/types';
import { containerWithId, HOME_REGION } from './servicesEmulator';

export interface BulkTarget {
  readonly service: TaskService;
  readonly container: Container;
  readonly taskId: string;
}

/** Every task of every DCS, Kafka and CodeArts container of the project, in listing order. */
export async function listTargets(emulator: Emulator, client: ApiClient, project: Project): Promise<BulkTarget[]> {
  const data = emulator.data;
  const containers: Array<[TaskService, Container]> = [
    ...data.dcsInstances(project.id).map((i): [TaskService, Container] => [dcsService, containerWithId(i.id)]),
    ...data.dmsInstances(project.id, 'kafka').map((i): [TaskService, Container] => [kafkaService, containerWithId(i.id)]),
    ...data.codeArtsProjects(HOME_REGION).map((p): [TaskService, Container] => [codeartsCheckService, containerWithId(p.id, 'codeartsProject')]),
  ];
  const targets: BulkTarget[] = [];
  for (const [service, container] of containers) {
    const tasks = await listAllTasks(service, { client, project }, container);
    targets.push(...tasks.map((t) => ({ service, container, taskId: t.id })));
  }
  return targets;
}

export function deleterFor(client: ApiClient, project: Project): (t: BulkTarget) => Promise<DeleteVerdict> {
  return (t) => t.service.deleteTask({ client, project }, t.container, t.taskId);
}

/** The task id a DELETE named: the last path segment on every service. */
export function deletedTaskId(entry: LogEntry): string {
  return decodeURIComponent(entry.path.split('/').pop() ?? '');
}

/** DELETE log entries grouped by task id. */
export function deletesByTask(emulator: Emulator): Map<string, LogEntry[]> {
  const map = new Map<string, LogEntry[]>();
  for (const e of emulator.log()) {
    if (e.method !== 'DELETE') continue;
    const id = deletedTaskId(e);
    map.set(id, [...(map.get(id) ?? []), e]);
  }
  return map;
}

export function isLive(emulator: Emulator, t: BulkTarget): boolean {
  return emulator.data.task(t.container.id, t.taskId) !== undefined;
}
