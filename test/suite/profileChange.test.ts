/**
 * A profile edited (new endpoint and new keys) while a slow listing of it runs: what was begun with the old
 * pairing of keys and endpoint stops at the edit, and nothing pairs the new keys with the old endpoint.
 */
import * as assert from 'node:assert/strict';
import { startEmulator, type Emulator } from '../../emulator/index';
import { walkTasks } from '../../src/services/listAll';
import { containerOf, emulatorSuite, hostOf } from './extensionFixture';
import { ScriptedUserInput } from './scriptedUserInput';

const OLD_KEYS = { accessKey: 'EMULATORTESTAK000001', secretKey: 'EmulatorTestSecretKey0000000000000000001' };
const NEW_KEYS = { accessKey: 'EMULATORTESTAK000002', secretKey: 'EmulatorTestSecretKey0000000000000000002' };
const SLOW_TASK_LISTS = [{ service: 'dcs' as const, method: 'GET', path: '/tasks$', action: { kind: 'latency' as const, ms: 150 } }];
const REFUSAL = /The profile "pc-walk" changed while this ran; refresh/;

describe('a profile edited while its requests run', () => {
  // Both accounts accept both key pairs, so a request signed with the new keys to the old endpoint would be answered, and seen.
  const fx = emulatorSuite({ emulator: { projects: 1, instances: 1, tasks: 4, keys: [OLD_KEYS, NEW_KEYS] }, profile: 'pc-walk', settings: { pageSize: 1 } });
  let b: Emulator;

  before(async () => {
    b = await startEmulator({ projects: 1, instances: 1, tasks: 4, keys: [NEW_KEYS, OLD_KEYS] });
  });

  beforeEach(() => {
    b.reset();
    fx.emulator.setFaults(SLOW_TASK_LISTS);
  });

  after(async () => {
    await b?.stop();
  });

  const settings = () => {
    const { id: _id, source: _source, ...current } = fx.api.store.get(fx.profileId)!;
    return current;
  };
  /** Another window moves the profile to account B with B's keys. */
  const moveToB = () => fx.api.store.update(fx.profileId, { ...settings(), endpointTemplate: b.endpointTemplate }, NEW_KEYS);
  const taskLists = (emulator: Emulator) => emulator.log().filter((e) => e.method === 'GET' && e.path.endsWith('/tasks'));

  afterEach(async () => {
    // Back to the suite's account for the next test.
    await fx.api.store.update(fx.profileId, { ...settings(), endpointTemplate: fx.emulator.endpointTemplate }, OLD_KEYS);
  });

  it('refuses the rest of a tree walk begun before the edit; the refreshed tree uses the new pairing', async () => {
    const container = await fx.containerOf('dcs');
    fx.emulator.clearLog();
    let edit: Promise<void> | undefined;
    // The edit begins the moment the first page is shown, while the walk goes on to the next one.
    const sub = fx.api.tree.onDidChangeTreeData((node) => {
      if (node === container && container.tasks().length > 0) edit ??= moveToB();
    });
    const outcome = await container.loadAll(100).then(
      () => undefined,
      (e: unknown) => e,
    );
    sub.dispose();
    await edit;

    assert.deepEqual(fx.emulator.log().filter((e) => e.accessKey === NEW_KEYS.accessKey), [], 'no request with the new keys went to the old endpoint');
    // The next page may already be on its way when the edit begins; nothing after it.
    assert.ok(taskLists(fx.emulator).length <= 2, `the old endpoint listed ${taskLists(fx.emulator).length} pages`);
    assert.ok(outcome instanceof Error, 'the walk stopped at the edit');
    assert.match(outcome.message, REFUSAL);

    // The profile's new nodes go to B with B's keys (once B's host is allowed: the edit came from elsewhere).
    const ui = new ScriptedUserInput().endpointAnswer(true, hostOf(b.endpointTemplate));
    fx.api.setUserInput(ui);
    fx.emulator.clearLog();
    await containerOf(fx.api, fx.profileId, 'dcs', b);
    ui.assertDone();
    assert.ok(b.log().length > 0 && b.log().every((e) => e.accessKey === NEW_KEYS.accessKey), 'B is asked with the new keys');
    assert.deepEqual(fx.emulator.log(), [], 'the old endpoint is asked nothing more');
  });

  it('refuses the next request of a walk holding the old connection, with the reason', async () => {
    const container = await fx.containerOf('dcs');
    const scope = await fx.api.tree.ctx.sessions.scope(container.location);
    fx.emulator.clearLog();
    let edit: Promise<void> | undefined;
    const outcome = await walkTasks(container.location.service, scope, container.container, {
      pageSize: 1,
      // Called before the walk asks for the next page, so the edit has begun by then.
      onPage: () => {
        edit ??= moveToB();
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await edit;
    assert.equal(taskLists(fx.emulator).length, 1, 'no page was asked for after the edit');
    assert.deepEqual(b.log(), [], 'nor was the old walk sent to the new endpoint');
    assert.ok(outcome instanceof Error);
    assert.match(outcome.message, REFUSAL);
  });
});
