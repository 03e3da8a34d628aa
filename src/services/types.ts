/**
 * One interface for every service whose background tasks the tree shows. The tree and commands walk
 * profile → project → service → container → task through it and never see a service's wire format.
 */
import type { ApiClient } from '../net/api';
import type { CloudId } from '../net/endpoints';
import type { Logger } from '../log/logger';
import type { DeleteVerdict } from './deletion';

export type ServiceId = 'dcs' | 'kafka' | 'rocketmq' | 'rabbitmq' | 'codeartsCheck';

/** An IAM project of the account: the scope of DCS/DMS calls. */
export interface Project {
  readonly id: string;
  /** `cn-north-4` or a sub-project `cn-north-4_team`. */
  readonly name: string;
  /** Region id: the project name up to the first `_`. */
  readonly region: string;
  readonly description?: string;
  /** The account (IAM domain) id, sent as `X-Domain-Id` to a ProjectMan that refuses a project-scoped call. */
  readonly domainId?: string;
}

/** Everything a service call needs to know about where it runs. */
export interface ServiceScope {
  readonly client: ApiClient;
  readonly project: Project;
  readonly signal?: AbortSignal;
  /** Where a listing says that it changed how it pages, or that the service ignored paging. */
  readonly logger?: Logger;
}

/** A service instance (DCS/DMS) or a CodeArts project (CodeArts Check). */
export interface Container {
  readonly id: string;
  readonly name: string;
  readonly kind: 'instance' | 'codeartsProject';
  readonly status?: string;
  /** e.g. `Redis 6.0`, `kafka 3.x`. */
  readonly engine?: string;
  readonly createdAt?: Date;
  /** The object as the API returned it, unknown fields included (for the details view). */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** Coarse status for filters, icons and the running-task warning. */
export type TaskState = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'other';

/** What is known of a task without its raw body: enough to name it, judge it and delete it. */
export interface TaskSummary {
  readonly id: string;
  readonly name: string;
  /** The status string as the API gave it (`SUCCESS`, `EXECUTING`, …). */
  readonly status: string;
  readonly state: TaskState;
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
}

export interface Task extends TaskSummary {
  readonly user?: string;
  readonly raw: Readonly<Record<string, unknown>>;
}

/** One page of a list; `next` is an opaque cursor for the following page, absent on the last. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next?: string;
  /** The total the API reported, when it reports one. */
  readonly total?: number;
  /**
   * Set on the page where listing stopped because the service did not page as asked: it answered a later
   * page with the previous page again, under every paging parameter it was tried with. The list is known to
   * be incomplete; `items` is empty and `next` absent. `walkTasks` turns this into a `PagingIgnoredError`.
   */
  readonly pagingIgnored?: true;
}


export interface TaskProgress {
  /** 0–100 when the API reports it. */
  readonly percent?: number;
  readonly remainingSeconds?: number;
  readonly steps: ReadonlyArray<{ readonly name: string; readonly status: string; readonly start?: Date; readonly end?: Date }>;
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface TaskService {
  readonly id: ServiceId;
  /** English display name; the UI localises by `id`. */
  readonly label: string;
  /** The endpoint template label this service's calls go to. */
  readonly endpointService: 'dcs' | 'dms' | 'codearts-check';
  /** Whether the service exists in a region of a cloud (a service not offered is not shown). */
  isOfferedIn(cloud: CloudId, region: string): boolean;
  listContainers(scope: ServiceScope, cursor?: string, pageSize?: number): Promise<Page<Container>>;
  listTasks(
    scope: ServiceScope,
    container: Container,
    cursor?: string,
    pageSize?: number,
    options?: TaskListOptions,
  ): Promise<Page<Task>>;
  /** Never rejects: a failure is a verdict too (see `services/deletion.ts`, the one place that decides). */
  deleteTask(scope: ServiceScope, container: Container, taskId: string): Promise<DeleteVerdict>;
  /** The task as the API returns it on its own, where the API has such a call. */
  getTask?(scope: ServiceScope, container: Container, taskId: string): Promise<Task | undefined>;
  /** Progress of a running task, where the API has it (DCS, Kafka, RocketMQ). */
  getProgress?(scope: ServiceScope, container: Container, taskId: string): Promise<TaskProgress>;
  /**
   * Whether `getProgress` can answer for this task; absent means for every task. DCS reports it per task
   * (`enable_show`), and asking for the others only fails and spends the throttling budget.
   */
  hasProgress?(task: Task): boolean;
  /** Which containers `listContainers` lists, when it is not all of them (CodeArts: the projects the user joined). */
  readonly containerSelection?: ContainerSelection;
}

/** `joined`: only the CodeArts projects the keys' user is a member of (ProjectMan's default `query_type`). */
export type ContainerSelection = 'joined';

/** Server-side filters; a service whose API has no such filter ignores them. Pass the same on every page. */
export interface TaskListOptions {
  /** Only tasks created at or after this time (DCS `start_time`, DMS `begin_time`). */
  readonly from?: Date;
  /** Only tasks created at or before this time (`end_time`). */
  readonly to?: Date;
}

/** The clouds a profile can be on; defined with the endpoint templates, in the network layer. */
export type { CloudId };
