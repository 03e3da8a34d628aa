/**
 * The official SDK's side: its Kafka, RocketMQ and IAM clients against the same emulator, each call
 * through the same kind of cap as ours (or one at a time). There is no DCS SDK package, so the SDK
 * walks Kafka and RocketMQ only.
 */
import { BasicCredentials, GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { IamClient, KeystoneListAuthProjectsRequest } from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api';
import * as kafka from '@huaweicloud/huaweicloud-sdk-kafka';
import * as rocketmq from '@huaweicloud/huaweicloud-sdk-rocketmq';
import { regionOfProjectName } from '../src/services/iam';
import { isKnownRegion } from '../src/services/regions';
import type { Limiter } from '../src/util/limiter';
import type { EmulatorInfo } from './emulatorProtocol';
import type { AccountApi } from './walk';

export type SdkEngine = 'kafka' | 'rocketmq';
export const SDK_ENGINES: readonly SdkEngine[] = ['kafka', 'rocketmq'];

export interface SdkProject {
  readonly id: string;
  readonly name: string;
  readonly region: string;
}

// The SDK types its responses as model classes, but hands back the parsed JSON as is: the wire
// names (`instance_id`, `task_count`) are what is there at run time.
interface InstancesBody {
  readonly instances?: ReadonlyArray<{ readonly instance_id: string }>;
  readonly instance_num?: number | string;
}
interface TasksBody {
  readonly tasks?: ReadonlyArray<{ readonly id: string }>;
  readonly task_count?: number | string;
}
const wire = <T>(response: unknown): T => response as T;

const INSTANCE_PAGE = 50;
const TASK_PAGE = 100;

export interface SdkEngineClients {
  readonly kafka: kafka.KafkaClient;
  readonly rocketmq: rocketmq.RocketMQClient;
}

/** Project-scoped clients, as SDK users build them: credentials carry the project id. */
export function sdkClientsFor(info: EmulatorInfo, project: SdkProject): SdkEngineClients {
  const credentials = new BasicCredentials().withAk(info.accessKey).withSk(info.secretKey).withProjectId(project.id);
  const endpoint = `${info.url}/dms/${project.region}`;
  return {
    kafka: kafka.KafkaClient.newBuilder().withCredential(credentials).withEndpoint(endpoint).build(),
    rocketmq: rocketmq.RocketMQClient.newBuilder().withCredential(credentials).withEndpoint(endpoint).build(),
  };
}

async function listInstances(clients: SdkEngineClients, engine: SdkEngine, limiter: Limiter): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; ) {
    const body = await limiter.run(async () =>
      wire<InstancesBody>(
        engine === 'kafka'
          ? await clients.kafka.listInstances(new kafka.ListInstancesRequest().withEngine('kafka').withOffset(String(offset)).withLimit(String(INSTANCE_PAGE)))
          : await clients.rocketmq.listInstances(new rocketmq.ListInstancesRequest().withEngine('rocketmq').withOffset(offset).withLimit(INSTANCE_PAGE)),
      ),
    );
    const page = body.instances ?? [];
    ids.push(...page.map((i) => i.instance_id));
    offset += page.length;
    if (page.length === 0 || offset >= Number(body.instance_num ?? 0)) return ids;
  }
}

async function listTasks(clients: SdkEngineClients, engine: SdkEngine, instanceId: string, limiter: Limiter): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 1; ; ) {
    const body = await limiter.run(async () =>
      wire<TasksBody>(
        engine === 'kafka'
          ? await clients.kafka.listBackgroundTasks(new kafka.ListBackgroundTasksRequest().withInstanceId(instanceId).withStart(start).withLimit(TASK_PAGE))
          : await clients.rocketmq.listBackgroundTasks(new rocketmq.ListBackgroundTasksRequest().withInstanceId(instanceId).withStart(start).withLimit(TASK_PAGE)),
      ),
    );
    const page = body.tasks ?? [];
    ids.push(...page.map((t) => t.id));
    start += page.length;
    if (page.length === 0 || ids.length >= Number(body.task_count ?? 0)) return ids;
  }
}

export function sdkAccountApi(info: EmulatorInfo, homeRegion: string, limiter: Limiter): AccountApi<SdkProject, SdkEngine, string, string> {
  const clients = new Map<string, SdkEngineClients>();
  const clientsOf = (p: SdkProject): SdkEngineClients => {
    let c = clients.get(p.id);
    if (!c) clients.set(p.id, (c = sdkClientsFor(info, p)));
    return c;
  };
  return {
    projects: async () => {
      const credentials = new GlobalCredentials().withAk(info.accessKey).withSk(info.secretKey).withDomainId(info.domainId);
      const iam = IamClient.newBuilder().withCredential(credentials).withEndpoint(`${info.url}/iam/${homeRegion}`).build();
      const body = await limiter.run(() => iam.keystoneListAuthProjects(new KeystoneListAuthProjectsRequest()));
      // The same rule as ours: projects of known regions only (not `MOS`).
      return (body.projects ?? [])
        .map((p) => ({ id: p.id ?? '', name: p.name ?? '', region: regionOfProjectName(p.name ?? '') }))
        .filter((p) => isKnownRegion(p.region));
    },
    containers: (project, engine) => listInstances(clientsOf(project), engine, limiter),
    tasks: (project, engine, instanceId) => listTasks(clientsOf(project), engine, instanceId, limiter),
  };
}

export async function sdkDeleteTask(clients: SdkEngineClients, engine: SdkEngine, instanceId: string, taskId: string): Promise<void> {
  if (engine === 'kafka') await clients.kafka.deleteBackgroundTask(new kafka.DeleteBackgroundTaskRequest().withInstanceId(instanceId).withTaskId(taskId));
  else await clients.rocketmq.deleteBackgroundTask(new rocketmq.DeleteBackgroundTaskRequest().withInstanceId(instanceId).withTaskId(taskId));
}
