import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockLostError, LockTimeoutError, readLock, removeIfUnchanged, withFileLock } from '../../../src/history/fileLock';

const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, token: 'theirs' });
/** The pid of a process that has exited. */
const exitedPid = () => spawnSync(process.execPath, ['-e', '']).pid;
const age = (path: string, seconds: number) => {
  const then = new Date(Date.now() - seconds * 1000);
  utimesSync(path, then, then);
};

describe('file lock', () => {
  let dir: string;
  let lock: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hwc-lock-'));
    lock = join(dir, 'x.lock');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets one holder in at a time', async () => {
    const events: string[] = [];
    const hold = (name: string) =>
      withFileLock(lock, async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b')]);
    assert.deepEqual(events.map((e) => e.slice(2)), ['in', 'out', 'in', 'out']);
    assert.equal(events[0]![0], events[1]![0]);
  });

  it('removes its lock afterwards, also when the work fails', async () => {
    await assert.rejects(withFileLock(lock, () => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(existsSync(lock), false);
  });

  it('takes over the lock of a process that has exited, before it is stale', async () => {
    writeFileSync(lock, owner(exitedPid()));
    assert.equal(await withFileLock(lock, () => Promise.resolve('ran'), { timeoutMs: 2000, staleMs: 60_000 }), 'ran');
  });

  it('takes over a lock older than the stale age even if its pid is running', async () => {
    writeFileSync(lock, owner(process.pid));
    age(lock, 60);
    assert.equal(await withFileLock(lock, () => Promise.resolve('ran'), { timeoutMs: 2000, staleMs: 10_000 }), 'ran');
  });

  it('waits out a half-written lock until it is stale', async () => {
    writeFileSync(lock, '');
    await assert.rejects(withFileLock(lock, () => Promise.resolve(), { timeoutMs: 100, staleMs: 10_000 }), LockTimeoutError);
    age(lock, 60);
    await withFileLock(lock, () => Promise.resolve(), { timeoutMs: 2000, staleMs: 10_000 });
  });

  it("does not judge another host's lock by its pid", async () => {
    writeFileSync(lock, owner(exitedPid(), 'another-host'));
    await assert.rejects(withFileLock(lock, () => Promise.resolve(), { timeoutMs: 100, staleMs: 10_000 }), LockTimeoutError);
  });

  it('gives up with a LockTimeoutError while a running process holds the lock, leaving it alone', async () => {
    writeFileSync(lock, owner(process.pid));
    let ran = false;
    const work = async () => {
      ran = true;
    };
    await assert.rejects(withFileLock(lock, work, { timeoutMs: 100, staleMs: 10_000 }), LockTimeoutError);
    assert.equal(ran, false);
    assert.equal(readFileSync(lock, 'utf8'), owner(process.pid));
  });

  it("notices its lock was taken over, and leaves the new owner's lock in place", async () => {
    await withFileLock(lock, async (held) => {
      await held.assertHeld();
      writeFileSync(lock, owner(process.pid));
      await assert.rejects(held.assertHeld(), LockLostError);
    });
    assert.equal(readFileSync(lock, 'utf8'), owner(process.pid));
  });

  it('removes an abandoned lock that is still the one it judged', async () => {
    writeFileSync(lock, owner(exitedPid()));
    const seen = (await readLock(lock))!;
    assert.equal(await removeIfUnchanged(lock, seen), true);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('leaves a lock another process took over after it was judged abandoned', async () => {
    writeFileSync(lock, owner(exitedPid()));
    const seen = (await readLock(lock))!;
    // Meanwhile another process removed the abandoned lock and took the lock itself.
    unlinkSync(lock);
    writeFileSync(lock, owner(process.pid));
    assert.equal(await removeIfUnchanged(lock, seen), false);
    assert.deepEqual(readdirSync(dir), ['x.lock']);
    assert.equal(readFileSync(lock, 'utf8'), owner(process.pid));
  });
});
