/**
 * One descriptor per service: what the UI says and shows of it, in one place. The tree, the confirmations,
 * the settings' list of services and the registry all read it; nothing else switches on a service id to
 * decide a name, an icon or what its containers are called. What a service can do beyond listing and
 * deleting is declared by the optional operations of its `TaskService` (`getTask`, `getProgress`).
 */
import type { ServiceId } from './types';

export interface ServiceDescriptor {
  readonly id: ServiceId;
  /** The English name; the UI shows it through the translation bundle (every one has an entry). */
  readonly displayName: string;
  /** Codicon of the service's rows. */
  readonly icon: string;
  /** What the service's containers are: DCS/DMS instances, or CodeArts projects. */
  readonly containerKind: 'instance' | 'codeartsProject';
  /** Codicon of its container rows. */
  readonly containerIcon: string;
}

const instance = { containerKind: 'instance', containerIcon: 'server' } as const;

/** In display order; the settings' enum of services must list exactly these ids (a test checks it). */
export const SERVICE_DESCRIPTORS: Readonly<Record<ServiceId, ServiceDescriptor>> = {
  dcs: { id: 'dcs', displayName: 'DCS (Redis/Memcached)', icon: 'database', ...instance },
  kafka: { id: 'kafka', displayName: 'DMS for Kafka', icon: 'mail', ...instance },
  rocketmq: { id: 'rocketmq', displayName: 'DMS for RocketMQ', icon: 'mail', ...instance },
  rabbitmq: { id: 'rabbitmq', displayName: 'DMS for RabbitMQ', icon: 'mail', ...instance },
  codeartsCheck: { id: 'codeartsCheck', displayName: 'CodeArts Check', icon: 'checklist', containerKind: 'codeartsProject', containerIcon: 'project' },
};

export const SERVICE_IDS: readonly ServiceId[] = Object.keys(SERVICE_DESCRIPTORS) as ServiceId[];

export function descriptorOf(id: ServiceId): ServiceDescriptor {
  return SERVICE_DESCRIPTORS[id];
}
