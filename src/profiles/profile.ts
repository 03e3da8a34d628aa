/** The profile model: where an account lives and how to reach it. Keys are never part of it. */
import type { ServiceLabel } from '../net/api';
import type { CloudId } from '../services/types';

export const CLOUD_IDS: readonly CloudId[] = ['huaweicloud', 'huaweicloud-eu', 'otc', 'custom'];

/** The fields a person chooses; stored in `globalState`. */
export interface ProfileSettings {
  readonly name: string;
  readonly cloud: CloudId;
  /** Only for `custom`: a template with `{service}` and `{region}`. */
  readonly endpointTemplate?: string;
  /** The region IAM calls go to, and the default for everything else. */
  readonly region: string;
  /** Hosts that deviate from the template, per endpoint label. */
  readonly endpointOverrides?: Readonly<Partial<Record<ServiceLabel, string>>>;
  /** Remembered from a KooCLI import; informational. */
  readonly projectId?: string;
  /**
   * Huawei Cloud only: the site the account is registered on, whose console *Open in Console* opens (the
   * Chinese mainland site and the international one are separate accounts, each with regions in and out of
   * the mainland). Absent: guessed from the region of what is opened.
   */
  readonly consoleSite?: ConsoleSite;
}

export type ConsoleSite = 'china' | 'international';

export function isConsoleSite(value: unknown): value is ConsoleSite {
  return value === 'china' || value === 'international';
}

export interface Profile extends ProfileSettings {
  readonly id: string;
  /** `environment` profiles come from process.env and settings, and cannot be edited or removed here. */
  readonly source: 'stored' | 'environment';
}

export const ENVIRONMENT_PROFILE_ID = 'environment';

export function isCloudId(value: unknown): value is CloudId {
  return typeof value === 'string' && (CLOUD_IDS as readonly string[]).includes(value);
}
