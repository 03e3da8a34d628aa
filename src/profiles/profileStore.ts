/**
 * Profiles: the chosen fields in `globalState`, the keys in `SecretStorage` only, keyed by profile id.
 * Another window changing a profile's keys arrives through `secrets.onDidChange` and is re-announced.
 * Each profile has a revision that moves whenever where its requests go or what signs them changes, so
 * work begun before can tell it is out of date. Typed against the small parts of the VS Code API it uses,
 * so it runs in unit tests too.
 */
import type { Credentials } from '../net/signer';
import { ENVIRONMENT_PROFILE_ID, isCloudId, type Profile, type ProfileSettings } from './profile';
import { applyPatch, sameRoute, storedFields, type ProfilePatch } from './profileFields';

export interface StateLike {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

export interface SecretsLike {
  get(key: string): Thenable<string | undefined>;
  store(key: string, value: string): Thenable<void>;
  delete(key: string): Thenable<void>;
  onDidChange(listener: (e: { readonly key: string }) => unknown): { dispose(): unknown };
}

/** Reads the Environment profile (variables and settings); the store calls it again only after `reloadEnvironment`. */
export type EnvironmentSource = () => EnvironmentProfile | undefined;

interface EnvironmentProfile {
  readonly profile: Profile;
  readonly credentials: Credentials;
}

const PROFILES_KEY = 'huaweicloudTasks.profiles';
const SECRET_PREFIX = 'huaweicloudTasks.credentials.';

/** Where a stored profile's keys live in SecretStorage. */
export function credentialsSecretKey(profileId: string): string {
  return SECRET_PREFIX + profileId;
}

type Stored = ProfileSettings & { readonly id: string };

export class ProfileStore {
  private readonly listeners = new Set<() => void>();
  private readonly subscription: { dispose(): unknown };
  /** `list()` runs on every render of the tree's top level and every keystroke of a name prompt. */
  private environmentCache?: { readonly value: EnvironmentProfile | undefined };
  private readonly revisions = new Map<string, number>();
  /** Profiles whose keys this store is writing: the echo of its own write is not another window's change. */
  private readonly writing = new Set<string>();

  constructor(
    private readonly state: StateLike,
    private readonly secrets: SecretsLike,
    private readonly environment: EnvironmentSource = () => undefined,
    private readonly newId: () => string = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36),
  ) {
    this.subscription = secrets.onDidChange((e) => {
      if (!e.key.startsWith(SECRET_PREFIX)) return;
      const id = e.key.slice(SECRET_PREFIX.length);
      if (this.writing.has(id)) return;
      this.bump(id);
      this.fire();
    });
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /**
   * Reads the Environment profile again: its settings changed, or a full refresh was asked for. Its
   * revision moves when what it was read as differs now (a profile nobody has read yet stays unread).
   */
  reloadEnvironment(): void {
    const before = this.environmentCache;
    this.environmentCache = undefined;
    if (before && !sameEnvironment(before.value, this.currentEnvironment())) this.bump(ENVIRONMENT_PROFILE_ID);
  }

  /** Moves on every change of the profile's endpoints, home region or keys, and on its removal; not on a rename. */
  revision(id: string): number {
    return this.revisions.get(id) ?? 0;
  }

  /** The Environment profile first (when its variables are set), then the stored ones by name. */
  list(): Profile[] {
    const env = this.currentEnvironment();
    const stored = this.stored()
      .map((p): Profile => ({ ...p, source: 'stored' }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return env ? [env.profile, ...stored] : stored;
  }

  get(id: string): Profile | undefined {
    return this.list().find((p) => p.id === id);
  }

  async getCredentials(id: string): Promise<Credentials | undefined> {
    const env = this.currentEnvironment();
    if (env && env.profile.id === id) return env.credentials;
    const text = await this.secrets.get(credentialsSecretKey(id));
    if (!text) return undefined;
    try {
      const c = JSON.parse(text) as Partial<Credentials>;
      if (typeof c.accessKey !== 'string' || typeof c.secretKey !== 'string') return undefined;
      return { accessKey: c.accessKey, secretKey: c.secretKey, ...(c.securityToken ? { securityToken: c.securityToken } : {}) };
    } catch {
      return undefined;
    }
  }

  async add(settings: ProfileSettings, credentials: Credentials): Promise<Profile> {
    const id = this.newId();
    // Keys first: a profile without keys would show up in other windows as broken.
    await this.secrets.store(credentialsSecretKey(id), JSON.stringify(credentials));
    await this.save([...this.stored(), { ...storedFields(settings), id }]);
    this.fire();
    return { ...storedFields(settings), id, source: 'stored' };
  }

  /**
   * Applies the patch to the profile as stored when it is saved (not as it was read before a prompt), so a
   * change made meanwhile elsewhere survives; with `credentials`, replaces the keys too.
   */
  async update(id: string, patch: ProfilePatch, credentials?: Credentials): Promise<void> {
    const before = this.stored().find((p) => p.id === id);
    if (!before) throw new Error(`no stored profile ${id}`);
    const reroutes = credentials !== undefined || !sameRoute(before, patched(before, patch));
    // Moved before anything is written, so nothing begun with the old keys and endpoints sends another request.
    if (reroutes) this.bump(id);
    this.writing.add(id);
    try {
      if (credentials) await this.secrets.store(credentialsSecretKey(id), JSON.stringify(credentials));
      await this.save(this.stored().map((p) => (p.id === id ? patched(p, patch) : p)));
    } finally {
      this.writing.delete(id);
      // And again once written: a connection opened in between may have paired old settings with new keys.
      if (reroutes) this.bump(id);
    }
    this.fire();
  }

  async remove(id: string): Promise<void> {
    this.bump(id);
    await this.save(this.stored().filter((p) => p.id !== id));
    await this.secrets.delete(credentialsSecretKey(id));
    this.fire();
  }

  isNameTaken(name: string, exceptId?: string): boolean {
    const wanted = name.trim().toLowerCase();
    return this.list().some((p) => p.id !== exceptId && p.name.trim().toLowerCase() === wanted);
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }

  private currentEnvironment(): EnvironmentProfile | undefined {
    this.environmentCache ??= { value: this.environment() };
    return this.environmentCache.value;
  }

  private stored(): Stored[] {
    const raw = this.state.get<unknown>(PROFILES_KEY);
    return Array.isArray(raw) ? raw.filter(isStored) : [];
  }

  private async save(profiles: Stored[]): Promise<void> {
    await this.state.update(PROFILES_KEY, profiles);
  }

  private bump(id: string): void {
    this.revisions.set(id, this.revision(id) + 1);
  }

  private fire(): void {
    for (const l of [...this.listeners]) l();
  }
}

function patched(current: Stored, patch: ProfilePatch): Stored {
  return { ...applyPatch(current, patch), id: current.id };
}

function sameEnvironment(a: EnvironmentProfile | undefined, b: EnvironmentProfile | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = (c: Credentials) => [c.accessKey, c.secretKey, c.securityToken ?? ''];
  return sameRoute(a.profile, b.profile) && keys(a.credentials).every((k, i) => k === keys(b.credentials)[i]);
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.region === 'string' && isCloudId(v.cloud);
}
