// Stops what the real-VS Code tiers start, even when a run fails or is interrupted: code-server's extension
// host outlives a plain SIGTERM of its parent, so each server runs in its own process group (detached =
// setsid) and the whole group is killed; scratch folders are removed on the way out.
import { rmSync } from 'node:fs';

const groups = new Set();
const scratch = new Set();
let hooked = false;

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
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
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
