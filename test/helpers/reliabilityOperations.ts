/**
 * Every operation the extension makes, as the reliability matrix drives it: one service call each,
 * through the real services and client, against the emulator.
 */
import type { EmulatedService } from '../../emulator/index';
import type { ApiClient } from '../../src/net/api';
import { listProjects } from '../../src/services/iam';
import { codeartsCheckService } from '../../src/services/codeartsCheck';
import { dcsService } from '../../src/services/dcs';
import { kafkaService } from '../../src/services/dms';
import type { Container, TaskService } from '../../src/services/types';
import type { ReliabilityFixture } from './reliabilityFixture';
import { HOME_REGION } from './servicesEmulator';
import { deleteOrThrow } from './servicesStub';

export interface Operation {
  readonly name: string;
  readonly method: 'GET' | 'DELETE';
  /** The emulator service label the request goes to (fault rules match on it). */
  readonly service: EmulatedService;
  /** DMS only: flow control (`DMS.10240407`) exists there. */
  readonly dms: boolean;
  /** For deletes: the container whose task is deleted. */
  readonly container?: (fx: ReliabilityFixture) => Container;
  /**
   * Tells the operation's own request (by its path) from the others it makes: CodeArts listTasks also asks
   * each listed task's status. Faults, attempts and received requests are about this one only.
   */
  readonly request?: RegExp;
  run(fx: ReliabilityFixture, client: ApiClient, taskId: string): Promise<unknown>;
}

function serviceOps(
  prefix: string,
  service: TaskService,
  label: EmulatedService,
  pick: (fx: ReliabilityFixture) => Container,
  opts: { dms: boolean; listLabel?: EmulatedService; listTasksRequest?: RegExp },
): Operation[] {
  const scope = (fx: ReliabilityFixture, client: ApiClient) => ({ client, project: fx.targets.home });
  return [
    {
      name: `${prefix}.listContainers`,
      method: 'GET',
      service: opts.listLabel ?? label,
      dms: opts.dms,
      run: (fx, client) => service.listContainers(scope(fx, client)),
    },
    {
      name: `${prefix}.listTasks`,
      method: 'GET',
      service: label,
      dms: opts.dms,
      ...(opts.listTasksRequest ? { request: opts.listTasksRequest } : {}),
      run: (fx, client) => service.listTasks(scope(fx, client), pick(fx)),
    },
    {
      name: `${prefix}.deleteTask`,
      method: 'DELETE',
      service: label,
      dms: opts.dms,
      container: pick,
      run: (fx, client, taskId) => deleteOrThrow(service.deleteTask(scope(fx, client), pick(fx), taskId)),
    },
  ];
}

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'iam.listProjects',
    method: 'GET',
    service: 'iam',
    dms: false,
    run: (_fx, client) => listProjects(client, HOME_REGION),
  },
  // The fixture's DCS instance answers a delete with 200 {"message":""}; Kafka with 204; CodeArts with 200 null.
  ...serviceOps('dcs', dcsService, 'dcs', (fx) => fx.targets.dcs, { dms: false }),
  ...serviceOps('kafka', kafkaService, 'dms', (fx) => fx.targets.kafka, { dms: true }),
  ...serviceOps('codearts', codeartsCheckService, 'codearts-check', (fx) => fx.targets.codearts, {
    dms: false,
    listLabel: 'projectman-ext',
    listTasksRequest: /\/v2\/[0-9a-f]{32}\/tasks(\?|$)/,
  }),
];
