/** Per-cloud defaults for new profiles; templates and endpoint checks live in the network layer. */
import type { CloudId } from '../services/types';

export const DEFAULT_REGIONS: Readonly<Record<CloudId, string>> = {
  huaweicloud: 'cn-north-4',
  'huaweicloud-eu': 'eu-west-101',
  otc: 'eu-de',
  custom: 'cn-north-4',
};
