/**
 * One connection per profile, built on first use. A connection belongs to one generation of its profile:
 * the store's revision of it (endpoints, home region, keys) and of the endpoint settings. Once that moves,
 * the connection refuses every further request and work begun before (tree levels, walks) is refused a new
 * one, so old keys never go to new endpoints nor new keys to old ones. A connection to a host outside the
 * known clouds is opened only once the person has allowed it (the injected gate). Every key it loads is
 * handed to the log scrubber first, so it can never reach a log line.
 */
import type { ServiceLocation } from '../model/location';
import type { Logger } from '../log/logger';
import { foreignEndpoints, type ForeignEndpoint } from '../net/endpointHosts';
import { routeKey } from '../profiles/profileFields';
import type { ProfileStore } from '../profiles/profileStore';
import type { Profile } from '../profiles/profile';
import type { ServiceScope } from '../services/types';
import type { Settings } from '../model/settings';
import type { SecretScrubber } from '../log/scrubber';
import type { CloudBackend, ProfileConnection } from './backend';
import { profileEndpoints } from './profileEndpoints';
import { EndpointNotApprovedError, MissingCredentialsError, ProfileChangedError } from './sessionErrors';

/** Asks (once per host) whether the profile's keys may go to these endpoints; resolves to those not allowed. */
export type EndpointGate = (profile: Profile, endpoints: readonly ForeignEndpoint[]) => Promise<readonly ForeignEndpoint[]>;

export interface SessionsDeps {
  readonly backend: CloudBackend;
  readonly store: ProfileStore;
  readonly settings: () => Settings;
  readonly scrubber: SecretScrubber;
  readonly logger: Logger;
  readonly gate: EndpointGate;
}

interface Held {
  readonly generation: string;
  readonly connection: Promise<ProfileConnection>;
}

export class Sessions {
  private readonly connections = new Map<string, Held>();
  private overrides: string;
  private overridesRevision = 0;

  constructor(private readonly deps: SessionsDeps) {
    this.overrides = JSON.stringify(deps.settings().endpointOverrides);
  }

  get services(): CloudBackend['services'] {
    return this.deps.backend.services;
  }

  /**
   * What a profile's connection belongs to now; work records it when it begins. The stored route is part of
   * it, read afresh: another window's edit of the endpoints changes the shared state without any event here.
   */
  generation(profileId: string): string {
    const profile = this.deps.store.get(profileId);
    return `${this.deps.store.revision(profileId)}/${this.overridesRevision}/${profile ? routeKey(profile) : 'removed'}`;
  }

  /**
   * The profile's connection for work begun at `generation` (by default: now). Work begun before the
   * profile changed is refused with a `ProfileChangedError` instead of being handed the new keys.
   */
  connection(profile: Profile, generation = this.generation(profile.id)): Promise<ProfileConnection> {
    if (generation !== this.generation(profile.id)) return Promise.reject(new ProfileChangedError(profile.name));
    const held = this.connections.get(profile.id);
    if (held?.generation === generation) return held.connection;
    if (held) this.close(held);
    const fresh: Held = { generation, connection: this.open(profile.id, profile.name, generation) };
    this.connections.set(profile.id, fresh);
    // A failed open (no keys yet, a host not allowed) must not stick: the next use tries, and asks, again.
    fresh.connection.catch(() => {
      if (this.connections.get(profile.id) === fresh) this.connections.delete(profile.id);
    });
    return fresh.connection;
  }

  /** Where a service's calls for a location go: its profile's connection of the location's generation. */
  async scope(location: ServiceLocation, signal?: AbortSignal): Promise<ServiceScope> {
    const connection = await this.connection(location.profile, location.generation);
    return { client: connection.client, project: location.project, logger: this.deps.logger, ...(signal ? { signal } : {}) };
  }

  /** Registers the keys with the scrubber at once; callers use this before any prompt echoes them. */
  protectKeys(...values: ReadonlyArray<string | undefined>): void {
    this.deps.scrubber.add(...values);
  }

  /** Settings changed: when the endpoint overrides did, every connection belongs to an old generation. */
  settingsChanged(): void {
    const overrides = JSON.stringify(this.deps.settings().endpointOverrides);
    if (overrides === this.overrides) return;
    this.overrides = overrides;
    this.overridesRevision++;
  }

  /** Closes the connections of profiles that changed since they were opened. */
  dropOutdated(): void {
    for (const [id, held] of [...this.connections]) {
      if (held.generation === this.generation(id)) continue;
      this.connections.delete(id);
      this.close(held);
    }
  }

  /** Forgets every connection (closing their pools); the next use rebuilds them. */
  clear(): void {
    const old = [...this.connections.values()];
    this.connections.clear();
    for (const held of old) this.close(held);
  }

  private close(held: Held): void {
    held.connection
      .then(
        (connection) => connection.close(),
        () => undefined,
      )
      .catch((e: unknown) => this.deps.logger.debug('closing a connection failed:', e));
  }

  private async open(profileId: string, name: string, generation: string): Promise<ProfileConnection> {
    const { store, scrubber, settings, gate, backend, logger } = this.deps;
    // As stored now: the caller's copy may be older than `generation` says.
    const profile = store.get(profileId);
    if (!profile) throw new ProfileChangedError(name);
    const credentials = await store.getCredentials(profileId);
    if (!credentials) throw new MissingCredentialsError(profile.name);
    scrubber.add(credentials.accessKey, credentials.secretKey, credentials.securityToken);
    const current = settings();
    const foreign = foreignEndpoints(profileEndpoints(profile, current.endpointOverrides));
    const refused = foreign.length > 0 ? await gate(profile, foreign) : [];
    if (refused.length > 0) throw new EndpointNotApprovedError(profile.name, refused.map((e) => e.host));
    const outdated = (): void => {
      if (this.generation(profileId) !== generation) throw new ProfileChangedError(profile.name);
    };
    // The profile may have changed while its keys were read or the person was asked.
    outdated();
    return backend.connect(profile, credentials, current, logger, { beforeAttempt: outdated });
  }
}
