/** Every task service the extension knows, in its descriptors' display order; each says which regions offer it. */
import { codeartsCheckService } from './codeartsCheck';
import { dcsService } from './dcs';
import { SERVICE_IDS } from './descriptors';
import { kafkaService, rabbitmqService, rocketmqService } from './dms';
import type { ServiceId, TaskService } from './types';

const BY_ID: Readonly<Record<ServiceId, TaskService>> = {
  dcs: dcsService,
  kafka: kafkaService,
  rocketmq: rocketmqService,
  rabbitmq: rabbitmqService,
  codeartsCheck: codeartsCheckService,
};

export const allServices: readonly TaskService[] = SERVICE_IDS.map((id) => BY_ID[id]);
