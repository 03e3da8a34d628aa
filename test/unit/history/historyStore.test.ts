import * as assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockTimeoutError } from '../../../src/history/fileLock';
import { DeletionHistory, HISTORY_FILE } from '../../../src/history/historyStore';
import type { DeletionRecord } from '../../../src/history/record';

const record = (taskId: string, over: Partial<DeletionRecord> = {}): DeletionRecord => ({
  time: '2025-06-30T12:00:00.000Z',
  profile: 'prod',
  region: 'cn-north-4',
  service: 'dcs',
  instanceId: 'i-1',
  instanceName: 'redis-1',
  taskId,
  taskName: 'BindEip',
  result: 'deleted',
  ...over,
});

describe('deletion history store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hwc-history-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps records in order across a new store over the same directory', async () => {
    const first = new DeletionHistory(dir);
    await Promise.all([first.append([record('a')]), first.append([record('b'), record('c')])]);
    const again = new DeletionHistory(dir);
    assert.deepEqual((await again.list()).map((r) => r.taskId), ['a', 'b', 'c']);
  });

  it('keeps only the newest records beyond its bound', async () => {
    const history = new DeletionHistory(dir, { max: 10 });
    for (let i = 0; i < 25; i++) await history.append([record(`t${i}`)]);
    const ids = (await history.list()).map((r) => r.taskId);
    assert.deepEqual(ids, Array.from({ length: 10 }, (_, i) => `t${i + 15}`));
    const lines = readFileSync(join(dir, HISTORY_FILE), 'utf8').trim().split('\n').length;
    assert.ok(lines <= 11, `the file holds ${lines} lines`);
  });

  it('scrubs every field on the way in', async () => {
    const secret = 'SecretKeyThatLeaked000000';
    const history = new DeletionHistory(dir, { scrub: (t) => t.split(secret).join('***') });
    await history.append([record('t1', { reason: `failed with ${secret}`, taskName: secret })]);
    const text = readFileSync(join(dir, HISTORY_FILE), 'utf8');
    assert.ok(!text.includes(secret));
    assert.equal((await history.list())[0]!.reason, 'failed with ***');
  });

  it('skips a torn line instead of failing', async () => {
    writeFileSync(join(dir, HISTORY_FILE), JSON.stringify(record('ok')) + '\n{"time":"2025\n');
    assert.deepEqual((await new DeletionHistory(dir).list()).map((r) => r.taskId), ['ok']);
  });

  it('starts the next record on a fresh line after a torn last line', async () => {
    writeFileSync(join(dir, HISTORY_FILE), JSON.stringify(record('ok')) + '\n{"time":"2025');
    const history = new DeletionHistory(dir);
    await history.append([record('next')]);
    assert.deepEqual((await history.list()).map((r) => r.taskId), ['ok', 'next']);
  });

  it('keeps a last record that only lacks its newline', async () => {
    writeFileSync(join(dir, HISTORY_FILE), JSON.stringify(record('ok')));
    const history = new DeletionHistory(dir);
    await history.append([record('next')]);
    assert.deepEqual((await history.list()).map((r) => r.taskId), ['ok', 'next']);
  });

  it('notices a line torn by another process since its own last write', async () => {
    const history = new DeletionHistory(dir);
    await history.append([record('a')]);
    appendFileSync(join(dir, HISTORY_FILE), '{"time":"20');
    await history.append([record('b')]);
    assert.deepEqual((await history.list()).map((r) => r.taskId), ['a', 'b']);
  });

  it('drops a torn fragment when it trims, keeping the newest whole records', async () => {
    const line = (id: string) => JSON.stringify(record(id)) + '\n';
    writeFileSync(join(dir, HISTORY_FILE), ['r0', 'r1', 'r2', 'r3'].map(line).join('') + '{"time":"2025');
    await new DeletionHistory(dir, { max: 3 }).append([record('t')]);
    assert.equal(readFileSync(join(dir, HISTORY_FILE), 'utf8'), ['r2', 'r3', 't'].map(line).join(''));
  });

  it("never touches another window's temporary file while trimming", async () => {
    // The name an older version of the extension, still running in another window, trims through.
    const theirs = join(dir, `${HISTORY_FILE}.tmp`);
    writeFileSync(theirs, 'half of another window’s trim');
    const history = new DeletionHistory(dir, { max: 5 });
    for (let i = 0; i < 12; i++) await history.append([record(`t${i}`)]);
    assert.equal(readFileSync(theirs, 'utf8'), 'half of another window’s trim');
    assert.deepEqual((await history.list()).map((r) => r.taskId), ['t7', 't8', 't9', 't10', 't11']);
  });

  it('fails the append, not the store, while another window holds the lock too long', async () => {
    const lock = join(dir, `${HISTORY_FILE}.lock`);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'another window' }));
    const history = new DeletionHistory(dir, { lock: { timeoutMs: 100 } });
    const heard: string[] = [];
    history.onDidAppend((rs) => heard.push(...rs.map((r) => r.taskId)));
    await assert.rejects(history.append([record('blocked')]), LockTimeoutError);
    assert.deepEqual(heard, ['blocked']);
    rmSync(lock);
    await history.append([record('after')]);
    assert.deepEqual((await history.list()).map((r) => r.taskId), ['after']);
  });

  it('tells listeners of appends at once', async () => {
    const history = new DeletionHistory(dir);
    const heard: string[] = [];
    history.onDidAppend((rs) => heard.push(...rs.map((r) => r.taskId)));
    const written = history.append([record('x')]);
    assert.deepEqual(heard, ['x']);
    await written;
  });
});
