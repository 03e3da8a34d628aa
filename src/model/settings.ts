/** The extension's settings as the rest of it takes them: plain values, read in `src/settings.ts`. */
import type { ServiceLabel } from '../net/api';
import type { ProxySettings } from '../net/proxy';
import type { EnvironmentProfileSettings } from '../profiles/environmentProfile';
import type { ServiceId } from '../services/types';

export interface Settings {
  readonly services: readonly ServiceId[];
  /** Empty: every region the account has projects in. */
  readonly regions: readonly string[];
  readonly pageSize: number;
  readonly concurrency: number;
  readonly requestTimeoutMs: number;
  readonly confirmationThreshold: number;
  readonly endpointOverrides: Readonly<Partial<Record<ServiceLabel, string>>>;
  readonly environment: EnvironmentProfileSettings;
  readonly http: ProxySettings;
}
