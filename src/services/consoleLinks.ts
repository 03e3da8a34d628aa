/**
 * Where the web console shows an instance or a task, so a person can go on there. Pure: built from the
 * cloud, the region and ids only — nothing that holds keys is ever an input, so no key can reach a URL.
 *
 * Verified hosts and paths are in the README's table of console links. No instance-detail deep link could be
 * confirmed from public material, so DCS and DMS links open the service's instance list in the region; the
 * CodeArts Check task link follows the shape of links the service itself publishes (badges).
 */
import type { CloudId, ServiceId } from './types';

export interface ConsoleTarget {
  readonly cloud: CloudId;
  /** Huawei Cloud: the site of the account (see `consoleHost`). */
  readonly site?: 'china' | 'international';
  readonly region: string;
  readonly service: ServiceId;
  /** The instance, or for CodeArts Check the CodeArts project. */
  readonly containerId: string;
  readonly taskId?: string;
}

/**
 * Huawei Cloud runs two sites, each with its own accounts and console: the Chinese mainland site on
 * `console.huaweicloud.com` and the international one on `console-intl.huaweicloud.com`; both offer regions
 * in and out of the mainland, so the account's site decides. When it is not known, the region is the guess:
 * mainland regions (`cn-…`) the Chinese site, every other (Hong Kong `ap-southeast-1`, Singapore, …) the
 * international one. A custom endpoint has no known console.
 */
export function consoleHost(cloud: CloudId, region: string, site?: 'china' | 'international'): string | undefined {
  switch (cloud) {
    case 'huaweicloud':
      return (site ?? likelySite(region)) === 'china' ? 'console.huaweicloud.com' : 'console-intl.huaweicloud.com';
    case 'huaweicloud-eu':
      return 'console.eu.huaweicloud.com';
    case 'otc':
      return 'console.otc.t-systems.com';
    case 'custom':
      return undefined;
  }
}

/** The Huawei Cloud site a region suggests when the account's is not known: mainland regions the Chinese one. */
export function likelySite(region: string): 'china' | 'international' {
  return region.startsWith('cn-') ? 'china' : 'international';
}

const DMS_ENGINE: Readonly<Partial<Record<ServiceId, string>>> = { kafka: 'kafka', rocketmq: 'rocketmq', rabbitmq: 'rabbitmq' };

/** The console page for the target, or undefined where there is none to link to (custom endpoints). */
export function consoleUrl(target: ConsoleTarget): string | undefined {
  const host = consoleHost(target.cloud, target.region, target.site);
  if (!host) return undefined;
  const region = encodeURIComponent(target.region);
  if (target.service === 'dcs') return `https://${host}/dcs/?region=${region}`;
  if (target.service === 'codeartsCheck') return codeArtsUrl(target);
  const engine = DMS_ENGINE[target.service]!;
  // The Kafka list's route is published in many how-tos; the other engines' routes are not, so their link
  // stops at the engine's console, which opens on its instance list.
  const route = engine === 'kafka' ? '#/queue/manager/newKafkaList' : '';
  return `https://${host}/dms/?region=${region}&engine=${engine}${route}`;
}

/** CodeArts is served from a per-region `devcloud` host rather than the console's. */
function codeArtsUrl(target: ConsoleTarget): string | undefined {
  if (target.cloud !== 'huaweicloud') return undefined;
  const base = `https://devcloud.${encodeURIComponent(target.region)}.huaweicloud.com/codecheck/project/${encodeURIComponent(target.containerId)}/codecheck`;
  return target.taskId === undefined ? `${base}/home` : `${base}/task/${encodeURIComponent(target.taskId)}`;
}
