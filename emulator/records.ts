/** In-memory records of the sample account, kept compact (times as epoch ms) and rendered per service. */

export interface IamProject {
  readonly id: string;
  readonly name: string;
  readonly domain_id: string;
  readonly parent_id: string;
  readonly description: string;
  readonly enabled: boolean;
  readonly is_domain: boolean;
}

export type DmsEngine = 'kafka' | 'rocketmq' | 'rabbitmq';

interface ContainerBase {
  /** The IAM project the container lives in. */
  readonly projectId: string;
  readonly region: string;
  readonly id: string;
  readonly name: string;
  readonly createdMs: number;
}

export interface DcsInstance extends ContainerBase {
  readonly kind: 'dcs';
  readonly engine: 'Redis' | 'Memcached';
  readonly engineVersion: string;
  readonly status: string;
  readonly capacity: number;
  readonly port: number;
  readonly ip: string;
  readonly specCode: string;
  /** Real DCS answers a task delete with either; both are emulated, per instance. */
  readonly deleteStatus: 200 | 204;
}

export interface DmsInstance extends ContainerBase {
  readonly kind: 'dms';
  readonly engine: DmsEngine;
  /** What the instance reports as `engine`: older RocketMQ instances say `reliability`. */
  readonly reportedEngine: string;
  readonly engineVersion: string;
  readonly status: string;
  readonly type: string;
  readonly specification: string;
  readonly storageSpace: number;
  readonly usedStorageSpace: number;
  readonly brokerNum: number;
}

export interface CodeArtsProject extends ContainerBase {
  readonly kind: 'codearts';
  readonly projectType: 'scrum' | 'xboard';
  readonly numId: number;
  readonly updatedMs: number;
  readonly creator: { readonly id: string; readonly name: string };
}

export type Container = DcsInstance | DmsInstance | CodeArtsProject;

export interface TaskRecord {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly createdMs: number;
  readonly updatedMs: number;
  readonly userName: string;
  readonly userId: string;
  readonly params: string;
}
