/**
 * One connection per profile, built on first use and dropped when the profile, its keys or the settings
 * change. Every key it loads is handed to the log scrubber first, so it can never reach a log line.
 */
import type { Logger } from '../net/logger';
import type { ProfileStore } from '../profiles/profileStore';
import type { Profile } from '../profiles/profile';
import type { Settings } from '../settings';
import type { SecretScrubber } from '../log/scrubber';
import type { CloudBackend, ProfileConnection } from './backend';

export class MissingCredentialsError extends Error {
  override readonly name = 'MissingCredentialsError';
  constructor(readonly profileName: string) {
    super(`No keys are stored for the profile "${profileName}"`);
  }
}

export class Sessions {
  private readonly connections = new Map<string, Promise<ProfileConnection>>();

  constructor(
    private readonly backend: CloudBackend,
    private readonly store: ProfileStore,
    private readonly settings: () => Settings,
    private readonly scrubber: SecretScrubber,
    private readonly logger: Logger,
  ) {}

  get services(): CloudBackend['services'] {
    return this.backend.services;
  }

  connection(profile: Profile): Promise<ProfileConnection> {
    let c = this.connections.get(profile.id);
    if (!c) {
      c = this.open(profile);
      this.connections.set(profile.id, c);
      // A failed lookup (no keys yet) must not stick: the person may add them next.
      c.catch(() => this.connections.delete(profile.id));
    }
    return c;
  }

  /** Registers the keys with the scrubber at once; callers use this before any prompt echoes them. */
  protectKeys(...values: ReadonlyArray<string | undefined>): void {
    this.scrubber.add(...values);
  }

  /** Forgets every connection (closing their pools); the next use rebuilds them. */
  clear(): void {
    const old = [...this.connections.values()];
    this.connections.clear();
    for (const c of old) {
      c.then(
        (connection) => connection.close(),
        () => undefined,
      ).catch((e: unknown) => this.logger.debug('closing a connection failed:', e));
    }
  }

  private async open(profile: Profile): Promise<ProfileConnection> {
    const credentials = await this.store.getCredentials(profile.id);
    if (!credentials) throw new MissingCredentialsError(profile.name);
    this.scrubber.add(credentials.accessKey, credentials.secretKey, credentials.securityToken);
    return this.backend.connect(profile, credentials, this.settings(), this.logger);
  }
}
