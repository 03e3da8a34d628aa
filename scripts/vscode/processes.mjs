// Stops what the real-VS Code tiers start, even when a run fails or is interrupted: code-server's extension
// host outlives a plain SIGTERM of its parent, so each server runs in its own process group (detached =
// setsid) and the whole group is killed; scratch folders are removed on the way out.
import { rmSync } from 'node:fs';

const groups = new Set();
const scratch = new Set();
const shutdownSteps = [];
let hooked = false;
const SHUTDOWN_GRACE_MS = 8000;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is already gone
  }
}

function hookExit() {
  if (hooked) return;
  hooked = true;
  // 'exit' handlers must be synchronous: SIGKILL is the only stop that needs no waiting.
  process.on('exit', () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      console.error(`\n[vscode] ${sig}: stopping everything`);
      const code = sig === 'SIGINT' ? 130 : 143;
      // A second signal or a stuck step must not keep the user waiting: the 'exit' hook still kills the groups.
      process.once(sig, () => process.exit(code));
      const timer = setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS);
      const steps = shutdownSteps.splice(0).reverse();
      void steps
        .reduce((p, step) => p.then(() => step()).catch(() => undefined), Promise.resolve())
        .finally(() => {
          clearTimeout(timer);
          process.exit(code);
        });
    });
  }
}

/** Runs fn (last registered first) when the process is interrupted, before the exit hook's hard kill. */
export function atShutdown(fn) {
  hookExit();
  shutdownSteps.push(fn);
}

/** Remembers a detached child's process group so it is killed whatever way this process ends. */
export function trackGroup(pid) {
  hookExit();
  groups.add(pid);
}

/** Remembers a scratch folder to remove when this process ends. */
export function trackScratch(dir) {
  hookExit();
  scratch.add(dir);
}

export function untrackScratch(dir) {
  scratch.delete(dir);
}

/** SIGTERM to the group, then SIGKILL to whatever is left after graceMs. */
export async function stopGroup(pid, graceMs = 3000) {
  if (!killGroup(pid, 'SIGTERM')) {
    groups.delete(pid);
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    if (!killGroup(pid, 0)) {
      groups.delete(pid);
      return;
    }
  }
  killGroup(pid, 'SIGKILL');
  groups.delete(pid);
}
