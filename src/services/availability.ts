/**
 * Where each service exists (reference §5–§6, from the Go SDK region tables). A service that is not
 * offered in a region is not shown there: listing it would only ever produce a DNS error row.
 */
import type { CloudId, ServiceId } from './types';

const DCS_HUAWEI = [
  'cn-north-1', 'cn-north-2', 'cn-north-4', 'cn-north-9', 'cn-north-12',
  'cn-east-2', 'cn-east-3', 'cn-east-4', 'cn-east-5', 'cn-south-1', 'cn-south-2', 'cn-southwest-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
  'af-south-1', 'me-east-1', 'ae-ad-1', 'tr-west-1', 'sa-brazil-1', 'la-north-2', 'na-mexico-1',
  'la-south-2', 'my-kualalumpur-1', 'ru-moscow-1', 'ru-northwest-2', 'eu-west-0',
];
const DMS_HUAWEI = [...DCS_HUAWEI, 'af-north-1', 'cn-north-11', 'cn-south-4', 'cn-southwest-3'];
const CHECK_HUAWEI = [
  'cn-north-1', 'cn-north-4', 'cn-east-2', 'cn-east-3', 'cn-south-1', 'ap-southeast-3', 'sa-brazil-1', 'la-north-2',
];
const EU = ['eu-west-101'];
const OTC = ['eu-de', 'eu-nl'];

type Table = Readonly<Record<Exclude<CloudId, 'custom'>, ReadonlySet<string>>>;

const none: ReadonlySet<string> = new Set();

const TABLE: Readonly<Record<ServiceId, Table>> = {
  dcs: { huaweicloud: new Set(DCS_HUAWEI), 'huaweicloud-eu': new Set(EU), otc: new Set(OTC) },
  kafka: { huaweicloud: new Set(DMS_HUAWEI), 'huaweicloud-eu': new Set(EU), otc: new Set(OTC) },
  // OTC documents only scheduled tasks for RocketMQ and has no RabbitMQ: not offered there.
  rocketmq: { huaweicloud: new Set(DMS_HUAWEI), 'huaweicloud-eu': new Set(EU), otc: none },
  rabbitmq: { huaweicloud: new Set(DMS_HUAWEI), 'huaweicloud-eu': new Set(EU), otc: none },
  // CodeArts lists its projects through ProjectMan, which has no known host in Europe.
  codeartsCheck: { huaweicloud: new Set(CHECK_HUAWEI), 'huaweicloud-eu': none, otc: none },
};

/** Custom endpoints (private clouds, proxies, the emulator) are assumed to offer everything. */
export function isServiceOffered(service: ServiceId, cloud: CloudId, region: string): boolean {
  if (cloud === 'custom') return true;
  return TABLE[service][cloud].has(region);
}
