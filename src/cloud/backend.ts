/**
 * What the tree and commands need from the network layer for one profile, independent of how the
 * client is built. `RealBackend` wires it to the HTTP client, IAM and the service registry.
 */
import type { ApiClient } from '../net/api';
import type { Logger } from '../log/logger';
import type { Credentials } from '../net/signer';
import type { Profile } from '../profiles/profile';
import type { Settings } from '../model/settings';
import type { Project, TaskService } from '../services/types';

export interface Account {
  /** The account's IAM projects (one per enabled region, plus sub-projects), in display order. */
  readonly projects: readonly Project[];
  /** Region id → display name. */
  readonly regionNames: ReadonlyMap<string, string>;
}

export interface ProfileConnection {
  readonly client: ApiClient;
  loadAccount(signal?: AbortSignal): Promise<Account>;
  /** One signed call; rejects with a CloudError when the keys (or the clock) are wrong. */
  checkCredentials(signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Called before every request attempt; throws to refuse it (see `ApiClientOptions.beforeAttempt`). */
  readonly beforeAttempt?: () => void;
}

export interface CloudBackend {
  readonly services: readonly TaskService[];
  connect(profile: Profile, credentials: Credentials, settings: Settings, logger: Logger, options?: ConnectOptions): ProfileConnection;
}
