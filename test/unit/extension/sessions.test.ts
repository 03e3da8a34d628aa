import * as assert from 'node:assert/strict';
import type { CloudBackend, ConnectOptions, ProfileConnection } from '../../../src/cloud/backend';
import { Sessions } from '../../../src/cloud/sessions';
import { ProfileChangedError } from '../../../src/cloud/sessionErrors';
import { SecretScrubber } from '../../../src/log/scrubber';
import { silentLogger } from '../../../src/net/logger';
import type { Credentials } from '../../../src/net/signer';
import type { Profile, ProfileSettings } from '../../../src/profiles/profile';
import { credentialsSecretKey, ProfileStore } from '../../../src/profiles/profileStore';
import type { Settings } from '../../../src/settings';
import { MemorySecrets, MemoryState } from './storageFakes';

const OLD_KEYS: Credentials = { accessKey: 'OLDAK0000000000001', secretKey: 'OldSecretKey000000000000000001' };
const NEW_KEYS: Credentials = { accessKey: 'NEWAK0000000000002', secretKey: 'NewSecretKey000000000000000002' };
const A = 'http://127.0.0.1:1001/{service}/{region}';
const B = 'http://127.0.0.1:1002/{service}/{region}';

interface Opened {
  readonly profile: Profile;
  readonly credentials: Credentials;
  readonly options?: ConnectOptions;
}

/** Records each connection it is asked for: which profile version, keys and guard. */
class RecordingBackend implements CloudBackend {
  readonly services = [];
  readonly opened: Opened[] = [];
  connect(profile: Profile, credentials: Credentials, _settings: Settings, _logger: unknown, options?: ConnectOptions): ProfileConnection {
    this.opened.push({ profile, credentials, options });
    return { client: { send: () => Promise.reject(new Error('not used')) }, loadAccount: () => Promise.reject(new Error('not used')), checkCredentials: () => Promise.resolve(), close: () => Promise.resolve() };
  }
}

describe('sessions', () => {
  let store: ProfileStore;
  let secrets: MemorySecrets;
  let backend: RecordingBackend;
  let settings: Settings;
  let sessions: Sessions;

  beforeEach(() => {
    secrets = new MemorySecrets();
    store = new ProfileStore(new MemoryState(), secrets, undefined, () => 'p1');
    backend = new RecordingBackend();
    settings = { endpointOverrides: {} } as unknown as Settings;
    sessions = new Sessions({ backend, store, settings: () => settings, scrubber: new SecretScrubber(), logger: silentLogger });
  });

  const add = (fields: Partial<ProfileSettings> = {}) => store.add({ name: 'p', cloud: 'custom', endpointTemplate: A, region: 'cn-north-4', ...fields }, OLD_KEYS);
  const current = (p: Profile) => store.get(p.id)!;

  it('after an edit of endpoint and keys: the old connection refuses, old work is refused a new one, new work pairs new keys with the new endpoint', async () => {
    const p = await add();
    const before = sessions.generation(p.id);
    await sessions.connection(p, before);
    const [old] = backend.opened;

    await store.update(p.id, { endpointTemplate: B }, NEW_KEYS);

    assert.throws(() => old!.options!.beforeAttempt!(), ProfileChangedError);
    await assert.rejects(sessions.connection(p, before), ProfileChangedError);
    assert.equal(backend.opened.length, 1, 'nothing was opened for the old work');
    await sessions.connection(current(p));
    const fresh = backend.opened[1]!;
    assert.deepEqual([fresh.profile.endpointTemplate, fresh.credentials], [B, NEW_KEYS]);
    assert.doesNotThrow(() => fresh.options!.beforeAttempt!());
  });

  it('refuses the old connection when another window changes only the keys', async () => {
    const p = await add();
    await sessions.connection(p);
    await secrets.store(credentialsSecretKey(p.id), JSON.stringify(NEW_KEYS));
    assert.throws(() => backend.opened[0]!.options!.beforeAttempt!(), ProfileChangedError);
    await sessions.connection(current(p));
    assert.deepEqual(backend.opened[1]!.credentials, NEW_KEYS);
  });

  it('keeps the connection through a rename, and through settings that do not move endpoints', async () => {
    const p = await add();
    const before = sessions.generation(p.id);
    await sessions.connection(p, before);
    await store.update(p.id, { name: 'renamed' });
    sessions.settingsChanged();
    assert.doesNotThrow(() => backend.opened[0]!.options!.beforeAttempt!());
    await sessions.connection(p, before);
    assert.equal(backend.opened.length, 1);
  });

  it('refuses old work once an endpoint override in settings changes', async () => {
    const p = await add();
    const before = sessions.generation(p.id);
    await sessions.connection(p, before);
    settings = { endpointOverrides: { dcs: B } } as unknown as Settings;
    sessions.settingsChanged();
    assert.throws(() => backend.opened[0]!.options!.beforeAttempt!(), ProfileChangedError);
    await assert.rejects(sessions.connection(p, before), ProfileChangedError);
  });
});
