/** #4: deleting while the gateway throttles (429 APIGW.0308 with Retry-After): nothing lost, the rate used. */
import type { EmulatorHandle } from './emulatorHandle';
import { deleteOurs, deleteTargets } from './deletes';
import { ourClient } from './ourSide';
import { atLeast, Row, row } from './rows';
import type { BenchSizes } from './sizes';
import { round, timed } from './stats';

export async function benchThrottled(sizes: BenchSizes, emu: EmulatorHandle): Promise<Row[]> {
  const targets = await deleteTargets(emu, sizes.throttledDeletes);
  const client = ourClient(emu.info);
  await emu.countRequests();
  let result;
  try {
    result = await timed(() => deleteOurs(client, targets, sizes.concurrency));
  } finally {
    await client.close();
  }
  const counts = await emu.countRequests();
  const throttled = counts.byStatus['429'] ?? 0;
  const rate = result.value.succeeded / (result.ms / 1000);
  const allowed = sizes.ratePerSecond;
  const work = `delete ${targets.length.toLocaleString('en')} tasks at ${allowed} req/s allowed, C = ${sizes.concurrency}`;
  return [
    row('4', `${work}: failed deletes`, result.value.failed, '', { text: '0', test: (f) => f === 0 }, `${throttled} answers were 429, ${counts.total} requests in all`),
    row('4', `${work}: deletes per second`, round(rate, 1), 'req/s', undefined, `${round(result.ms / 1000, 1)} s in all`),
    row('4', 'throttled delete rate ÷ allowed rate', round((rate / allowed) * 100, 0), '%', atLeast(90, ' %')),
  ];
}
