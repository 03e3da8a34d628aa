/**
 * Hosts as the official SDKs' region tables give them (Go SDK @1cd70eb, `services/<svc>/<v>/region/region.go`;
 * the Node and .NET tables agree). They win over a cloud's host pattern because the pattern is not what the
 * services use everywhere: in Huawei Cloud Europe, DMS and IAM answer on `….myhuaweicloud.eu` but DCS on
 * `dcs.eu-west-101.myhuaweicloud.com`. Regions are listed in each table's own order.
 */
import type { ServiceLabel } from './api';

type HuaweiCloud = 'huaweicloud' | 'huaweicloud-eu';

const DOMAIN: Readonly<Record<HuaweiCloud, string>> = { huaweicloud: 'myhuaweicloud.com', 'huaweicloud-eu': 'myhuaweicloud.eu' };

/** The SDK tables cover both Huawei clouds; a region belongs to Europe only if it is one of these. */
const EUROPE_REGIONS: ReadonlySet<string> = new Set(['eu-west-101']);

/** `services/{kafka,rocketmq,rabbitmq}/v2/region/region.go`: the three DMS engines share one table. */
const DMS = [
  'eu-west-101', 'cn-north-1', 'cn-north-2', 'cn-north-4', 'cn-east-3', 'cn-east-2', 'cn-south-1', 'cn-south-2',
  'cn-southwest-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'ru-northwest-2', 'cn-north-9',
  'la-south-2', 'sa-brazil-1', 'la-north-2', 'na-mexico-1', 'ap-southeast-4', 'tr-west-1', 'ae-ad-1', 'eu-west-0',
  'me-east-1', 'cn-east-5', 'my-kualalumpur-1', 'cn-east-4', 'af-north-1', 'ap-southeast-5', 'ru-moscow-1', 'cn-south-4',
  'cn-north-12', 'cn-north-11', 'cn-southwest-3',
];

interface SdkTable {
  readonly regions: readonly string[];
  /** Regions whose host is not on their own cloud's domain (every SDK agrees on these). */
  readonly domainOf?: Readonly<Record<string, string>>;
}

const TABLES: Readonly<Record<ServiceLabel, SdkTable>> = {
  // services/dcs/v2/region/region.go
  dcs: {
    regions: [
      'af-south-1', 'cn-north-2', 'cn-north-4', 'cn-north-1', 'cn-east-2', 'cn-east-3', 'cn-south-1', 'cn-south-2',
      'cn-southwest-2', 'ap-southeast-2', 'ap-southeast-1', 'ap-southeast-3', 'ru-northwest-2', 'sa-brazil-1', 'la-north-2',
      'la-south-2', 'cn-north-9', 'na-mexico-1', 'ae-ad-1', 'tr-west-1', 'ap-southeast-4', 'eu-west-101', 'me-east-1',
      'eu-west-0', 'cn-east-5', 'my-kualalumpur-1', 'ru-moscow-1', 'cn-east-4', 'ap-southeast-5', 'cn-north-12',
    ],
    domainOf: { 'eu-west-101': DOMAIN.huaweicloud },
  },
  dms: { regions: DMS },
  // services/codeartscheck/v2/region/region.go lists `.cn` second for five China regions; that is the SDK's
  // fallback on a DNS or connection error, not a host of its own, so the first (`.com`) is the one used.
  'codearts-check': {
    regions: ['cn-north-4', 'cn-north-1', 'cn-east-2', 'cn-south-1', 'cn-east-3', 'la-north-2', 'sa-brazil-1', 'ap-southeast-3'],
  },
  // services/projectman/v4/region/region.go
  'projectman-ext': {
    regions: ['cn-north-4', 'cn-north-1', 'cn-east-2', 'cn-south-1', 'cn-southwest-2', 'cn-east-3', 'ap-southeast-3', 'la-north-2', 'sa-brazil-1'],
  },
  // services/iam/v3/region/region.go
  iam: {
    regions: [
      'cn-north-2', 'cn-north-4', 'cn-north-1', 'cn-east-2', 'cn-east-3', 'cn-south-1', 'cn-south-2', 'cn-southwest-2',
      'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'af-south-1', 'sa-brazil-1', 'la-south-2', 'na-mexico-1',
      'la-north-2', 'cn-north-9', 'eu-west-101', 'eu-west-0', 'my-kualalumpur-1', 'ru-moscow-1', 'me-east-1',
      'ap-southeast-4', 'ae-ad-1', 'cn-east-4', 'cn-east-5', 'tr-west-1', 'cn-north-12',
    ],
  },
};

/**
 * The global IAM endpoint, for regions the IAM table lacks (af-north-1, ap-southeast-5, cn-north-11, …): the
 * SDKs' own project-id lookup goes there (`core/auth/internal/iam_helper.go`, `DefaultIamEndpoint`), and a
 * region without a regional IAM host may not resolve at all. Europe's is the EU documents' global host.
 */
const GLOBAL_IAM: Readonly<Record<HuaweiCloud, string>> = {
  huaweicloud: 'https://iam.myhuaweicloud.com',
  'huaweicloud-eu': 'https://iam.myhuaweicloud.eu',
};

export function cloudOfSdkRegion(region: string): HuaweiCloud {
  return EUROPE_REGIONS.has(region) ? 'huaweicloud-eu' : 'huaweicloud';
}

/** The regions of one cloud that an SDK table lists for a service label, in the table's order. */
export function sdkRegions(service: ServiceLabel, cloud: HuaweiCloud): readonly string[] {
  return TABLES[service].regions.filter((r) => cloudOfSdkRegion(r) === cloud);
}

/**
 * The SDK's URL for a service in a region of a Huawei cloud; the global IAM host for a region the IAM table
 * lacks; undefined when the tables say nothing (the cloud's pattern applies).
 */
export function sdkEndpoint(cloud: HuaweiCloud, service: ServiceLabel, region: string): string | undefined {
  const table = TABLES[service];
  if (table.regions.includes(region) && cloudOfSdkRegion(region) === cloud) {
    return `https://${service}.${region}.${table.domainOf?.[region] ?? DOMAIN[cloud]}`;
  }
  return service === 'iam' ? GLOBAL_IAM[cloud] : undefined;
}
