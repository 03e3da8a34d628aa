/** #2: walking a whole account, ours against the limit and against the SDK (pooled and sequential). */
import { dcsService } from '../src/services/dcs';
import { kafkaService, rabbitmqService, rocketmqService } from '../src/services/dms';
import type { TaskService } from '../src/services/types';
import { Limiter } from '../src/util/limiter';
import type { EmulatorHandle } from './emulatorHandle';
import { networkLimitMs } from './networkLimit';
import { capped, homeRegion, ourAccountApi, ourClient } from './ourSide';
import { atLeast, atMost, Row, row } from './rows';
import { SDK_ENGINES, sdkAccountApi } from './sdkSide';
import type { BenchSizes } from './sizes';
import { median, round, timed } from './stats';
import { countTasks, WALK_LEVELS, walkAccount } from './walk';

/** The four DCS/DMS services of the brief's account (CodeArts Check is not part of this walk). */
export const WALK_SERVICES: readonly TaskService[] = [dcsService, kafkaService, rocketmqService, rabbitmqService];
const SDK_SERVICES: readonly TaskService[] = [kafkaService, rocketmqService];

interface Measured {
  readonly ms: number[];
  tasks: number;
  requests: number;
  /** Answers other than 2xx. */
  failures: number;
}

async function measure(emu: EmulatorHandle, into: Measured, walk: () => Promise<(readonly unknown[])[]>): Promise<void> {
  await emu.countRequests();
  const { ms, value } = await timed(walk);
  const counts = await emu.countRequests();
  into.ms.push(ms);
  into.tasks = countTasks(value);
  into.requests = counts.total;
  into.failures = Object.entries(counts.byStatus).reduce((n, [status, k]) => (status.startsWith('2') ? n : n + k), 0);
}

const fresh = (): Measured => ({ ms: [], tasks: 0, requests: 0, failures: 0 });

export async function benchWalk(sizes: BenchSizes, emu: EmulatorHandle): Promise<Row[]> {
  const { info } = emu;
  const region = homeRegion(info);
  const C = sizes.concurrency;
  const client = ourClient(info);
  const ours = (services: readonly TaskService[]) => () => walkAccount(ourAccountApi(capped(client, new Limiter(C)), region), services);
  const sdk = (cap: number) => () => walkAccount(sdkAccountApi(info, region, new Limiter(cap)), SDK_ENGINES);

  const whole = fresh();
  const oursDms = fresh();
  const sdkPooled = fresh();
  const sdkSequential = fresh();
  try {
    // Warm-up: connections opened, code paths compiled, on both sides.
    await ours(WALK_SERVICES)();
    await sdk(C)();
    for (let run = 0; run < sizes.walkRuns; run++) {
      await measure(emu, whole, ours(WALK_SERVICES));
      await measure(emu, oursDms, ours(SDK_SERVICES));
      await measure(emu, sdkPooled, sdk(C));
    }
    for (let run = 0; run < sizes.sequentialRuns; run++) await measure(emu, sdkSequential, sdk(1));
  } finally {
    await client.close();
  }

  const L = sizes.latencyMs;
  const limit = networkLimitMs(L, WALK_LEVELS, whole.requests, C);
  const wholeMs = median(whole.ms);
  const dmsMs = median(oursDms.ms);
  const sdkMs = median(sdkPooled.ms);
  const seqMs = median(sdkSequential.ms);
  const failures = whole.failures + oursDms.failures + sdkPooled.failures + sdkSequential.failures;
  const shape = `${whole.tasks.toLocaleString('en')} tasks, ${whole.requests} requests`;
  return [
    row('2', `walk the account (${shape}), L = ${L} ms, C = ${C}: ours`, round(wholeMs, 0), 'ms', undefined, failures ? `${failures} non-2xx answers` : undefined),
    row('2', `network limit L × (${WALK_LEVELS} + ⌈${whole.requests}/${C}⌉)`, limit, 'ms'),
    row('2', 'walk: ours ÷ network limit', round(wholeMs / limit, 2), '×', atMost(1.2, '×')),
    row('2', `walk Kafka + RocketMQ (${oursDms.tasks.toLocaleString('en')} tasks; no DCS SDK): ours`, round(dmsMs, 0), 'ms'),
    row('2', `walk Kafka + RocketMQ: official SDK, C = ${C}`, round(sdkMs, 0), 'ms', undefined, sdkPooled.tasks === oursDms.tasks ? undefined : `SDK saw ${sdkPooled.tasks} tasks`),
    row('2', 'walk: ours ÷ SDK at the same C', round(dmsMs / sdkMs, 2), '×', atMost(1.0, '×')),
    row('2', 'walk Kafka + RocketMQ: official SDK, one request after another', round(seqMs, 0), 'ms'),
    row('2', 'walk: SDK sequential ÷ ours', round(seqMs / dmsMs, 1), '×', atLeast(8, '×')),
  ];
}
