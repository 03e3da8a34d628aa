/** Every task service the extension knows, in display order; each says which regions offer it. */
import { codeartsCheckService } from './codeartsCheck';
import { dcsService } from './dcs';
import { kafkaService, rabbitmqService, rocketmqService } from './dms';
import type { TaskService } from './types';

export const allServices: readonly TaskService[] = [
  dcsService,
  kafkaService,
  rocketmqService,
  rabbitmqService,
  codeartsCheckService,
];
