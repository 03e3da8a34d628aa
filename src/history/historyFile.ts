/** Reading the deletion history's JSON-lines file: its text, its lines, and whether it changed. */
import { readFile, stat } from 'node:fs/promises';

/** The file's text; empty when there is no file yet. */
export async function readHistoryText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

export function splitLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/** Changes whenever the file is appended to or replaced; `undefined` when there is none. */
export async function fileIdentity(file: string): Promise<string | undefined> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** A whole line: a record, or one of a newer version. A line torn by a crash is not JSON. */
export function isWholeLine(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
