// Loads the real-VS Code tooling in scripts/vscode/ (plain ES modules, so `npm run setup:vscode` and the
// demo run before any build) from compiled tests, wherever the build put them.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root: compiled tests live in <repo>/<out dir>/test/helpers/. */
export const repoRoot = resolve(__dirname, '..', '..', '..');

function load<T>(file: string): Promise<T> {
  return import(pathToFileURL(resolve(repoRoot, 'scripts', 'vscode', file)).href) as Promise<T>;
}

export const loadSetup = () => load<typeof import('../../scripts/vscode/setup.mjs', { with: { 'resolution-mode': 'import' } })>('setup.mjs');
export const loadCodeServer = () => load<typeof import('../../scripts/vscode/codeServer.mjs', { with: { 'resolution-mode': 'import' } })>('codeServer.mjs');
export const loadBrowser = () => load<typeof import('../../scripts/vscode/browser.mjs', { with: { 'resolution-mode': 'import' } })>('browser.mjs');
export const loadWorkbench = () => load<typeof import('../../scripts/vscode/workbench.mjs', { with: { 'resolution-mode': 'import' } })>('workbench.mjs');
export const loadEnvironment = () => load<typeof import('../../scripts/vscode/environment.mjs', { with: { 'resolution-mode': 'import' } })>('environment.mjs');
