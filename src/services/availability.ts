/**
 * Where each service exists: the official SDKs' region tables (`net/sdkHosts.ts`) for the Huawei clouds, and
 * the OTC documents for Open Telekom Cloud. A service that is not offered in a region is not shown there:
 * listing it would only ever produce a DNS error row.
 */
import { sdkRegions } from '../net/sdkHosts';
import type { CloudId, ServiceId } from './types';

type HuaweiCloud = 'huaweicloud' | 'huaweicloud-eu';
type Table = Readonly<Record<Exclude<CloudId, 'custom'>, ReadonlySet<string>>>;

const OTC: ReadonlySet<string> = new Set(['eu-de', 'eu-nl']);
const none: ReadonlySet<string> = new Set();

function fromSdk(pick: (cloud: HuaweiCloud) => readonly string[], otc: ReadonlySet<string>): Table {
  return { huaweicloud: new Set(pick('huaweicloud')), 'huaweicloud-eu': new Set(pick('huaweicloud-eu')), otc };
}

const dms = (cloud: HuaweiCloud): readonly string[] => sdkRegions('dms', cloud);
/** CodeArts lists its projects through ProjectMan, so both hosts must exist (ProjectMan has none in Europe). */
const check = (cloud: HuaweiCloud): readonly string[] => {
  const projectman = new Set(sdkRegions('projectman-ext', cloud));
  return sdkRegions('codearts-check', cloud).filter((r) => projectman.has(r));
};

const TABLE: Readonly<Record<ServiceId, Table>> = {
  dcs: fromSdk((cloud) => sdkRegions('dcs', cloud), OTC),
  kafka: fromSdk(dms, OTC),
  // OTC documents only scheduled tasks for RocketMQ and has no RabbitMQ: not offered there.
  rocketmq: fromSdk(dms, none),
  rabbitmq: fromSdk(dms, none),
  codeartsCheck: fromSdk(check, none),
};

/** Custom endpoints (private clouds, proxies, the emulator) are assumed to offer everything. */
export function isServiceOffered(service: ServiceId, cloud: CloudId, region: string): boolean {
  if (cloud === 'custom') return true;
  return TABLE[service][cloud].has(region);
}
