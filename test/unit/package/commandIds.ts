/** The ids the extension registers and contributes, read from the command table's source (no vscode needed). */
import { readFileSync } from 'node:fs';

const INTERNAL = new Set(['huaweicloudTasks.loadMore']);

export const COMMAND_IDS: readonly string[] = [
  ...readFileSync('src/commands/registerCommands.ts', 'utf8').matchAll(/'(huaweicloudTasks\.\w+)':/g),
]
  .map((m) => m[1]!)
  .filter((id) => !INTERNAL.has(id));
