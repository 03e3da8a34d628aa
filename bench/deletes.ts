/** Deleting tasks in bulk: the targets (Kafka and RocketMQ, which both sides can delete) and both runners. */
import { runBulkDelete } from '../src/deletion/bulkDelete';
import type { ApiClient } from '../src/net/api';
import { kafkaService, rocketmqService } from '../src/services/dms';
import type { Container, Project } from '../src/services/types';
import { Limiter } from '../src/util/limiter';
import type { EmulatorHandle } from './emulatorHandle';
import type { EmulatorInfo } from './emulatorProtocol';
import { SDK_ENGINES, sdkClientsFor, sdkDeleteTask, SdkEngine, SdkEngineClients } from './sdkSide';

export interface DeleteTarget {
  readonly project: Project;
  readonly engine: SdkEngine;
  readonly instanceId: string;
  readonly taskId: string;
}

export interface DeleteRun {
  readonly succeeded: number;
  readonly failed: number;
}

/** The first `count` tasks of the account's Kafka and RocketMQ instances, instance by instance. */
export async function deleteTargets(emu: EmulatorHandle, count: number): Promise<DeleteTarget[]> {
  const instances = emu.info.projects.flatMap((p) =>
    SDK_ENGINES.flatMap((engine) => p.instances[engine].map((instanceId) => ({ project: { id: p.id, name: p.name, region: p.region }, engine, instanceId }))),
  );
  const ids = await emu.taskIds(instances.map((i) => i.instanceId));
  const targets = instances.flatMap((instance, i) => ids[i]!.map((taskId) => ({ ...instance, taskId })));
  if (targets.length < count) throw new Error(`the emulated account has only ${targets.length} Kafka and RocketMQ tasks`);
  return targets.slice(0, count);
}

const SERVICES = { kafka: kafkaService, rocketmq: rocketmqService } as const;

/** Only the id matters to a delete; the rest is what the tree would have from the instance list. */
const containerOf = (t: DeleteTarget): Container => ({ id: t.instanceId, name: t.instanceId, kind: 'instance', raw: {} });

/** Ours: the extension's bulk-delete engine over the services, capped at `concurrency`. */
export async function deleteOurs(client: ApiClient, targets: readonly DeleteTarget[], concurrency: number): Promise<DeleteRun> {
  const summary = await runBulkDelete(targets, (t) => SERVICES[t.engine].deleteTask({ client, project: t.project }, containerOf(t), t.taskId), { concurrency });
  return { succeeded: summary.deleted + summary.alreadyGone, failed: summary.failed + summary.unconfirmed + summary.skipped };
}

/** The SDK: one client pair per project, every delete through a pool of `concurrency`. */
export async function deleteSdk(info: EmulatorInfo, targets: readonly DeleteTarget[], concurrency: number): Promise<DeleteRun> {
  const clients = new Map<string, SdkEngineClients>();
  const clientsOf = (t: DeleteTarget): SdkEngineClients => {
    let c = clients.get(t.project.id);
    if (!c) clients.set(t.project.id, (c = sdkClientsFor(info, t.project)));
    return c;
  };
  const pool = new Limiter(concurrency);
  const settled = await Promise.allSettled(targets.map((t) => pool.run(() => sdkDeleteTask(clientsOf(t), t.engine, t.instanceId, t.taskId))));
  const failed = settled.filter((s) => s.status === 'rejected').length;
  return { succeeded: settled.length - failed, failed };
}
