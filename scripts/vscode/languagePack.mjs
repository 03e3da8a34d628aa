// A display language for code-server without a language pack. The server serves a non-English workbench
// (and so hands extensions vscode.env.language) only for a language listed in <user-data>/languagepacks.json,
// the cache VS Code keeps of its installed language packs; without an entry it falls back to English
// whatever --locale says. The marketplace's packs cannot be fetched offline, so this registers a pack with
// no translations: the workbench's own strings stay English (each missing message falls back to its English
// default), while extensions get the language and load their package.nls.<locale>.json and l10n bundles.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACK_ID = 'huaweicloud-tasks-tests.empty-language-pack';
const PACK_VERSION = '0.0.0';

/** Registers an empty language pack for `locale` in code-server's user-data dir (before it starts). */
export function registerEmptyLanguagePack(userDataDir, locale) {
  const languageId = locale.toLowerCase();
  const translations = join(userDataDir, 'empty-language-pack', languageId, 'main.i18n.json');
  mkdirSync(join(translations, '..'), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  // The entry's shape and hash are the ones VS Code writes for an installed pack (md5 of id and version).
  const hash = createHash('md5').update(PACK_ID).update(PACK_VERSION).digest('hex');
  const entry = { hash, extensions: [{ extensionIdentifier: { id: PACK_ID }, version: PACK_VERSION }], translations: { vscode: translations }, label: languageId };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({ [languageId]: entry }));
}
