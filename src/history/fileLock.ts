/**
 * An exclusive lock shared by processes: a file created with O_CREAT|O_EXCL (`open(path, 'wx')`), holding its
 * owner's pid, host and a random token, removed when the work is done.
 *
 * Why a lock file: exclusive creation is atomic on Windows, macOS and Linux alike, while Node offers no flock
 * and no Windows file locking. Why not proper-lockfile: it would add a dependency (with graceful-fs, retry and
 * signal-exit) for this one file, and its timer that refreshes the lock is not needed where the lock is held
 * for milliseconds.
 *
 * A lock is abandoned when its owner has exited (same host, pid gone) or when it is older than `staleMs`
 * (a pid the system has since reused, another host, a lock left half written). Taking one over is
 * compare-and-delete: it is moved aside under a name of our own and deleted only if it is still the lock
 * judged abandoned, so two processes taking over at once cannot both win. A holder that was paused past
 * `staleMs` (a debugger, a sleeping laptop) may have lost its lock: `assertHeld()` before each change
 * makes it stop instead of writing alongside the new owner.
 */
import { randomUUID } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';

export interface LockOptions {
  /** How long to wait for the lock before failing with a LockTimeoutError. */
  readonly timeoutMs?: number;
  /** Age after which a lock is taken over even if its owner seems to be running. */
  readonly staleMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;
export const DEFAULT_LOCK_STALE_MS = 10_000;
/** The longest pause between attempts: locks are held for milliseconds, so waiting is short and frequent. */
const MAX_PAUSE_MS = 16;

export class LockTimeoutError extends Error {}
export class LockLostError extends Error {}

export interface HeldLock {
  /** Fails with a LockLostError unless the lock is still this holder's; called right before each change. */
  assertHeld(): Promise<void>;
}

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

/** Runs `work` while holding the lock at `path`; the lock is released afterwards, also when the work fails. */
export async function withFileLock<T>(path: string, work: (lock: HeldLock) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const owner = JSON.stringify({ pid: process.pid, host: hostname(), token: randomUUID() } satisfies Owner);
  await acquire(path, owner, options);
  try {
    return await work({
      assertHeld: async () => {
        if ((await readLock(path))?.text !== owner) throw new LockLostError(`another process took over ${path}`);
      },
    });
  } finally {
    // A lock taken over from us is the new owner's: leave it.
    if ((await readLock(path))?.text === owner) await unlink(path).catch(ignoreMissing);
  }
}

async function acquire(path: string, owner: string, options: LockOptions): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  const staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
  for (let pause = 1; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    const busy = await tryCreate(path, owner);
    if (busy === undefined) return;
    const removed = await removeIfAbandoned(path, staleMs);
    if (Date.now() >= deadline) {
      throw new LockTimeoutError(`could not lock ${path} within ${options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS} ms (${busy})`);
    }
    // Jitter, so that processes that collided once do not collide again in step.
    if (!removed) await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
  }
}

/** Creates the lock; undefined once it is ours, or why it is not. */
async function tryCreate(path: string, owner: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (e) {
    const code = errno(e);
    if (code === 'EEXIST' || isPendingDelete(code)) return code;
    throw e;
  }
  try {
    await handle.writeFile(owner, 'utf8');
  } catch (e) {
    await handle.close();
    await unlink(path).catch(ignoreMissing);
    throw e;
  }
  await handle.close();
  return undefined;
}

/** Deletes the lock if it is abandoned; true when it is gone, so that creating it may be tried again at once. */
async function removeIfAbandoned(path: string, staleMs: number): Promise<boolean> {
  let seen;
  try {
    seen = await readLock(path);
  } catch (e) {
    if (isPendingDelete(errno(e))) return false;
    throw e;
  }
  if (!seen) return true;
  if (!isAbandoned(seen, staleMs)) return false;
  return removeIfUnchanged(path, seen);
}

/**
 * Deletes the lock if it is still the one read as `seen`; true when it is gone. Another process may have
 * taken it over since: so the lock is moved aside under a name of our own first, and only then compared.
 */
export async function removeIfUnchanged(path: string, seen: LockState): Promise<boolean> {
  const aside = `${path}.${randomUUID()}.abandoned`;
  try {
    await rename(path, aside);
  } catch (e) {
    if (errno(e) === 'ENOENT') return true;
    throw e;
  }
  const moved = await readLock(aside);
  if (moved?.text === seen.text && moved.ino === seen.ino) {
    await unlink(aside).catch(ignoreMissing);
    return true;
  }
  // We moved a fresh lock: put it back, unless yet another process holds the lock by now (then the one we
  // moved notices at its next assertHeld()).
  await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(ignoreMissing);
  return false;
}

function isAbandoned(seen: LockState, staleMs: number): boolean {
  if (Date.now() - seen.mtimeMs > staleMs) return true;
  const owner = parseOwner(seen.text);
  return owner !== undefined && owner.host === hostname() && !isRunning(owner.pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return errno(e) === 'EPERM';
  }
}

function parseOwner(text: string): Owner | undefined {
  try {
    const v = JSON.parse(text) as Partial<Owner>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? (v as Owner) : undefined;
  } catch {
    return undefined;
  }
}

export interface LockState {
  readonly text: string;
  readonly ino: bigint;
  readonly mtimeMs: number;
}

/** The lock's text and identity read through one handle, or undefined when there is none. */
export async function readLock(path: string): Promise<LockState | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    if (errno(e) === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const stat = await handle.stat({ bigint: true });
    return { text: await handle.readFile('utf8'), ino: stat.ino, mtimeMs: Number(stat.mtimeMs) };
  } finally {
    await handle.close();
  }
}

/** On Windows a file deleted while another process still has it open cannot be opened or created for a moment. */
function isPendingDelete(code: string | undefined): boolean {
  return process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES');
}

function ignoreMissing(e: unknown): void {
  if (errno(e) !== 'ENOENT') throw e;
}

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}
