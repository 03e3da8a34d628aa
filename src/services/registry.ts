/**
 * Every task service the extension knows, in display order, and which of them a region offers.
 */
import { codeartsCheckService } from './codeartsCheck';
import { dcsService } from './dcs';
import { kafkaService, rabbitmqService, rocketmqService } from './dms';
import { regionsOf } from './regions';
import type { CloudId, ServiceId, TaskService } from './types';

export const allServices: readonly TaskService[] = [
  dcsService,
  kafkaService,
  rocketmqService,
  rabbitmqService,
  codeartsCheckService,
];

export function serviceById(id: ServiceId): TaskService {
  const service = allServices.find((s) => s.id === id);
  if (!service) throw new Error(`unknown service ${id}`);
  return service;
}

/** The services shown under a project of `region` on `cloud`. */
export function servicesOfferedIn(cloud: CloudId, region: string): TaskService[] {
  return allServices.filter((s) => s.isOfferedIn(cloud, region));
}

/** Whether a service, or IAM, exists in a region of a cloud; IAM is in every region of its cloud. */
export function isOfferedIn(id: ServiceId | 'iam', cloud: CloudId, region: string): boolean {
  if (id === 'iam') return cloud === 'custom' || regionsOf(cloud).includes(region);
  return serviceById(id).isOfferedIn(cloud, region);
}
