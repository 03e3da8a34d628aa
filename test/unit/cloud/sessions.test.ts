import * as assert from 'node:assert/strict';
import type { CloudBackend, ConnectOptions, ProfileConnection } from '../../../src/cloud/backend';
import { Sessions, type EndpointGate } from '../../../src/cloud/sessions';
import { EndpointNotApprovedError, ProfileChangedError } from '../../../src/cloud/sessionErrors';
import { SecretScrubber } from '../../../src/log/scrubber';
import { silentLogger } from '../../../src/log/logger';
import type { Credentials } from '../../../src/net/signer';
import type { Profile, ProfileSettings } from '../../../src/profiles/profile';
import { credentialsSecretKey, ProfileStore } from '../../../src/profiles/profileStore';
import type { Settings } from '../../../src/settings';
import { MemorySecrets, MemoryState } from '../../helpers/storageFakes';

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
  let asked: string[][];
  let answer: 'allow' | 'refuse';
  let sessions: Sessions;

  const gate: EndpointGate = (_profile, endpoints) => {
    asked.push(endpoints.map((e) => e.host));
    return Promise.resolve(answer === 'allow' ? [] : endpoints);
  };

  beforeEach(() => {
    secrets = new MemorySecrets();
    store = new ProfileStore(new MemoryState(), secrets, undefined, () => 'p1');
    backend = new RecordingBackend();
    settings = { endpointOverrides: {} } as unknown as Settings;
    asked = [];
    answer = 'allow';
    sessions = new Sessions({ backend, store, settings: () => settings, scrubber: new SecretScrubber(), logger: silentLogger, gate });
  });

  const add = (fields: Partial<ProfileSettings> = {}) => store.add({ name: 'p', cloud: 'custom', endpointTemplate: A, region: 'cn-north-4', ...fields }, OLD_KEYS);
  const current = (p: Profile) => store.get(p.id)!;

  it('asks nothing for a profile on a known cloud', async () => {
    const p = await add({ cloud: 'huaweicloud', endpointTemplate: undefined });
    await sessions.connection(p);
    assert.deepEqual(asked, []);
    assert.equal(backend.opened.length, 1);
  });

  it('asks before connecting to another host; refused, it connects nothing and asks again next time', async () => {
    const p = await add();
    answer = 'refuse';
    const refusal = await sessions.connection(p).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(refusal instanceof EndpointNotApprovedError);
    assert.deepEqual(refusal.hosts, ['127.0.0.1:1001']);
    assert.equal(backend.opened.length, 0, 'no connection, so no request, was made');
    answer = 'allow';
    await sessions.connection(p);
    assert.deepEqual(asked, [['127.0.0.1:1001'], ['127.0.0.1:1001']]);
    assert.equal(backend.opened.length, 1);
  });

  it('asks about a host an override in settings sends a service to', async () => {
    const p = await add({ cloud: 'huaweicloud', endpointTemplate: undefined });
    settings = { endpointOverrides: { iam: B } } as unknown as Settings;
    sessions.settingsChanged();
    await sessions.connection(p);
    assert.deepEqual(asked, [['127.0.0.1:1002']]);
  });

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

  it('refuses old work when another window changes only the endpoint (the shared state, no event here)', async () => {
    const state = new MemoryState();
    store = new ProfileStore(state, secrets, undefined, () => 'p1');
    sessions = new Sessions({ backend, store, settings: () => settings, scrubber: new SecretScrubber(), logger: silentLogger, gate });
    const p = await add();
    const before = sessions.generation(p.id);
    await sessions.connection(p);
    // Another window's store writes the shared globalState; this window's store hears nothing of it.
    const stored = state.get<Array<Record<string, unknown>>>('huaweicloudTasks.profiles')!;
    await state.update('huaweicloudTasks.profiles', stored.map((s) => ({ ...s, endpointTemplate: B })));
    assert.notEqual(sessions.generation(p.id), before, 'the generation follows the stored endpoint');
    assert.throws(() => backend.opened[0]!.options!.beforeAttempt!(), ProfileChangedError);
    await assert.rejects(sessions.connection(p, before), ProfileChangedError);
    await sessions.connection(current(p));
    assert.equal(backend.opened.at(-1)!.profile.endpointTemplate, B);
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

  it('does not hand out a connection opened while the profile changed', async () => {
    const p = await add();
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    answer = 'allow';
    sessions = new Sessions({
      backend,
      store,
      settings: () => settings,
      scrubber: new SecretScrubber(),
      logger: silentLogger,
      // The person takes their time over the question; meanwhile the profile is edited.
      gate: async () => {
        await held;
        return [];
      },
    });
    const opening = sessions.connection(p);
    await store.update(p.id, { endpointTemplate: B }, NEW_KEYS);
    release();
    await assert.rejects(opening, ProfileChangedError);
    assert.equal(backend.opened.length, 0);
  });
});
