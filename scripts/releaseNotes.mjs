#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version (`v1.2.3` or `1.2.3`), for the GitHub release's notes.
// Fails when the section is missing, so a tag without its changelog entry does not publish.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function releaseNotes(changelog, version) {
  const wanted = version.replace(/^v/, '');
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^## \\[${wanted.replace(/\./g, '\\.')}\\]`).test(l));
  if (start < 0) throw new Error(`CHANGELOG.md has no section for ${wanted}`);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim() + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const version = process.argv[2];
  if (!version) {
    console.error('usage: releaseNotes.mjs <version>');
    process.exit(2);
  }
  process.stdout.write(releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version));
}
