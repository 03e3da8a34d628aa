/** Messages between the benchmark and the emulator it runs in a child process. */
import type { EmulatorOptions } from '../emulator/index';

export type InstanceKind = 'dcs' | 'kafka' | 'rocketmq' | 'rabbitmq';

export interface AccountProject {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly instances: Readonly<Record<InstanceKind, readonly string[]>>;
}

export interface EmulatorInfo {
  readonly url: string;
  readonly endpointTemplate: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly domainId: string;
  /** Region projects with their instances (the non-region `MOS` project is left out). */
  readonly projects: readonly AccountProject[];
}

/** What the emulator answered, by HTTP status, since the last count. */
export interface RequestCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
}

export type Command =
  | { readonly cmd: 'start'; readonly options: EmulatorOptions }
  | { readonly cmd: 'reset' }
  | { readonly cmd: 'taskIds'; readonly instanceIds: readonly string[] }
  | { readonly cmd: 'countRequests' }
  | { readonly cmd: 'stop' };

export interface Replies {
  start: EmulatorInfo;
  reset: null;
  taskIds: string[][];
  countRequests: RequestCounts;
  stop: null;
}

export interface Envelope {
  readonly id: number;
  readonly command: Command;
}

export type Answer = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly message: string };
