/**
 * Reads KooCLI's `~/.hcloud/config.json` to offer its AK/SK profiles for import. KooCLI stores the keys
 * encrypted, so only the name, region and project id are taken; the keys are asked for afterwards.
 * Knows nothing of VS Code.
 */
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A config larger than this is not KooCLI's: refuse it rather than parse megabytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface KooCliProfile {
  readonly name: string;
  readonly region?: string;
  readonly projectId?: string;
}

export interface SkippedKooCliProfile {
  readonly name: string;
  readonly mode: string;
}

export type KooCliFailure = 'missing' | 'unreadable' | 'empty' | 'tooLarge' | 'malformed' | 'noProfiles';

export type KooCliReadResult =
  | { readonly ok: true; readonly profiles: readonly KooCliProfile[]; readonly skipped: readonly SkippedKooCliProfile[] }
  | { readonly ok: false; readonly failure: KooCliFailure };

export function defaultKooCliConfigPath(): string {
  return join(homedir(), '.hcloud', 'config.json');
}

export async function readKooCliConfig(path: string = defaultKooCliConfigPath()): Promise<KooCliReadResult> {
  let size: number;
  try {
    size = (await fs.stat(path)).size;
  } catch (e) {
    return { ok: false, failure: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  if (size > MAX_CONFIG_BYTES) return { ok: false, failure: 'tooLarge' };
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    return { ok: false, failure: 'unreadable' };
  }
  return parseKooCliConfig(text);
}

export function parseKooCliConfig(text: string): KooCliReadResult {
  if (text.length > MAX_CONFIG_BYTES) return { ok: false, failure: 'tooLarge' };
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, failure: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, failure: 'malformed' };
  }
  if (!isRecord(parsed)) return { ok: false, failure: 'malformed' };
  const list = parsed.profiles;
  if (list === undefined) return { ok: false, failure: 'noProfiles' };
  if (!Array.isArray(list)) return { ok: false, failure: 'malformed' };

  const profiles: KooCliProfile[] = [];
  const skipped: SkippedKooCliProfile[] = [];
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const name = text_(entry.name);
    if (!name) continue;
    const mode = text_(entry.mode) ?? 'AKSK';
    if (mode.toUpperCase() !== 'AKSK') {
      skipped.push({ name, mode });
      continue;
    }
    profiles.push({ name, region: text_(entry.region), projectId: text_(entry.projectId ?? entry.project_id) });
  }
  if (profiles.length === 0 && skipped.length === 0) return { ok: false, failure: 'noProfiles' };
  return { ok: true, profiles, skipped };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text_(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
