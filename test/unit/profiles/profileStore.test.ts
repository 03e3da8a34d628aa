import * as assert from 'node:assert/strict';
import { environmentProfile } from '../../../src/profiles/environmentProfile';
import { ProfileStore } from '../../../src/profiles/profileStore';
import { MemorySecrets, MemoryState } from '../../helpers/storageFakes';

const AK = 'AKTESTVALUE0000000001';
const SK = 'SKtestValueThatMustStaySecret000000000001';
const settings = { name: 'prod', cloud: 'huaweicloud' as const, region: 'cn-north-4' };

describe('profile store', () => {
  let state: MemoryState;
  let secrets: MemorySecrets;
  let store: ProfileStore;
  let ids = 0;
  beforeEach(() => {
    state = new MemoryState();
    secrets = new MemorySecrets();
    store = new ProfileStore(state, secrets, undefined, () => `id${++ids}`);
  });

  it('keeps the keys in secret storage only', async () => {
    const profile = await store.add(settings, { accessKey: AK, secretKey: SK });
    const stateText = JSON.stringify([...state.values]);
    assert.ok(!stateText.includes(AK) && !stateText.includes(SK));
    assert.ok(!JSON.stringify(store.list()).includes(SK));
    assert.deepEqual(await store.getCredentials(profile.id), { accessKey: AK, secretKey: SK });
  });

  it('stores only the known profile fields', async () => {
    const sneaky = { ...settings, secretKey: SK } as typeof settings;
    await store.add(sneaky, { accessKey: AK, secretKey: SK });
    assert.ok(!JSON.stringify([...state.values]).includes(SK));
  });

  it('removing a profile deletes its keys', async () => {
    const profile = await store.add(settings, { accessKey: AK, secretKey: SK });
    await store.remove(profile.id);
    assert.deepEqual(store.list(), []);
    assert.equal(secrets.values.size, 0);
    assert.equal(await store.getCredentials(profile.id), undefined);
  });

  it('renames and rejects taken names case-insensitively', async () => {
    const a = await store.add(settings, { accessKey: AK, secretKey: SK });
    await store.add({ ...settings, name: 'dev' }, { accessKey: AK, secretKey: SK });
    assert.ok(store.isNameTaken('PROD'));
    assert.ok(!store.isNameTaken('prod', a.id));
    await store.update(a.id, { ...settings, name: 'live' });
    assert.deepEqual(store.list().map((p) => p.name), ['dev', 'live']);
  });

  it('applies an update to the profile as stored when it is saved, so a change made meanwhile survives', async () => {
    const a = await store.add({ ...settings, endpointTemplate: 'https://a.example/{service}', cloud: 'custom' }, { accessKey: AK, secretKey: SK });
    await store.update(a.id, { region: 'cn-south-1' });
    await store.update(a.id, { name: 'live' });
    assert.deepEqual({ ...store.get(a.id) }, { id: a.id, name: 'live', cloud: 'custom', endpointTemplate: 'https://a.example/{service}', region: 'cn-south-1', source: 'stored' });
    await store.update(a.id, { cloud: 'huaweicloud', endpointTemplate: undefined });
    assert.equal('endpointTemplate' in store.get(a.id)!, false, 'a field given as undefined is removed');
  });

  it('moves a profile’s revision when its endpoints, region or keys change, not when it is renamed', async () => {
    const a = await store.add(settings, { accessKey: AK, secretKey: SK });
    const seen = [store.revision(a.id)];
    await store.update(a.id, { name: 'renamed' });
    seen.push(store.revision(a.id));
    await store.update(a.id, { region: 'cn-south-1' });
    seen.push(store.revision(a.id));
    await store.update(a.id, {}, { accessKey: AK, secretKey: 'another-secret-key' });
    seen.push(store.revision(a.id));
    secrets.emit(`huaweicloudTasks.credentials.${a.id}`);
    seen.push(store.revision(a.id));
    await store.remove(a.id);
    seen.push(store.revision(a.id));
    assert.deepEqual(seen.map((r, i) => (i === 0 ? 'start' : r > seen[i - 1]! ? 'moved' : 'same')), ['start', 'same', 'moved', 'moved', 'moved', 'moved']);
  });

  it('moves the Environment profile’s revision when a reload finds it changed', () => {
    const env: Record<string, string> = { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK };
    let endpoint = 'http://127.0.0.1:1/{service}/{region}';
    store = new ProfileStore(state, secrets, () => environmentProfile(env, { cloud: 'huaweicloud', endpoint, region: '' }, 'Environment'));
    store.list();
    const first = store.revision('environment');
    store.reloadEnvironment();
    assert.equal(store.revision('environment'), first, 'the same variables and settings');
    endpoint = 'http://127.0.0.1:2/{service}/{region}';
    store.reloadEnvironment();
    assert.ok(store.revision('environment') > first, 'another endpoint');
    const second = store.revision('environment');
    env.HUAWEICLOUD_SDK_SK = 'another-secret-key';
    store.reloadEnvironment();
    assert.ok(store.revision('environment') > second, 'other keys');
  });

  it('announces key changes made by another window', async () => {
    let fired = 0;
    store.onDidChange(() => fired++);
    secrets.emit('huaweicloudTasks.credentials.other');
    secrets.emit('unrelated.key');
    assert.equal(fired, 1);
  });

  it('lists the Environment profile first, with keys from the environment', async () => {
    const env = { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK, HUAWEICLOUD_SDK_SECURITY_TOKEN: 'tok-123456' };
    const source = () => environmentProfile(env, { cloud: 'huaweicloud', endpoint: 'http://127.0.0.1:1/{service}/{region}', region: '' }, 'Environment');
    store = new ProfileStore(state, secrets, source);
    await store.add(settings, { accessKey: 'a2a2a2', secretKey: 's2s2s2' });
    const [first] = store.list();
    assert.equal(first?.source, 'environment');
    assert.equal(first?.cloud, 'custom');
    assert.equal(first?.region, 'cn-north-4');
    assert.deepEqual(await store.getCredentials(first!.id), { accessKey: AK, secretKey: SK, securityToken: 'tok-123456' });
  });

  it('reads the Environment profile once, and again only when told to', () => {
    const env: Record<string, string> = { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK };
    let reads = 0;
    const source = () => {
      reads++;
      return environmentProfile(env, { cloud: 'huaweicloud', endpoint: '', region: '' }, 'Environment');
    };
    store = new ProfileStore(state, secrets, source);
    for (let i = 0; i < 5; i++) store.list();
    assert.ok(store.isNameTaken('environment'));
    assert.equal(reads, 1);
    delete env.HUAWEICLOUD_SDK_SK;
    assert.equal(store.list()[0]?.source, 'environment', 'still the profile read before');
    store.reloadEnvironment();
    assert.deepEqual(store.list(), []);
    assert.equal(reads, 2);
  });

  it('has no Environment profile without both keys', () => {
    const s = { cloud: 'otc' as const, endpoint: '', region: '' };
    assert.equal(environmentProfile({ HUAWEICLOUD_SDK_AK: AK }, s, 'Environment'), undefined);
    assert.equal(environmentProfile({ HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK }, s, 'Environment')?.profile.region, 'eu-de');
  });
});
