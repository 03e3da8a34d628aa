import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; svg?: string; altText?: string };
  completionEvents?: string[];
}
interface Manifest {
  version: string;
  preview?: boolean;
  displayName: string;
  description: string;
  categories: string[];
  keywords: string[];
  icon: string;
  galleryBanner: { color: string; theme: string };
  extensionKind: string[];
  engines: { vscode: string };
  license: string;
  repository: { url: string };
  bugs: { url: string };
  homepage: string;
  capabilities: {
    untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces: boolean | { supported: boolean | 'limited'; description?: string };
  };
  contributes: {
    commands: Array<{ command: string }>;
    views: Record<string, Array<{ id: string }>>;
    configuration: { properties: Record<string, unknown> };
    walkthroughs: Array<{ id: string; title: string; description: string; steps: Step[] }>;
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const nlsZh = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8')) as Record<string, string>;

/** The categories the marketplace accepts (vsce rejects others). */
const MARKETPLACE_CATEGORIES = ['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization'];

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  assert.equal(png.toString('latin1', 1, 4), 'PNG', `${file} is a PNG`);
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A `%key%` reference, resolved in both languages. */
function localised(value: string, where: string): void {
  const key = /^%(.+)%$/.exec(value)?.[1];
  assert.ok(key, `${where} is localised (a %key%), not "${value}"`);
  for (const [file, table] of [['package.nls.json', nls], ['package.nls.zh-cn.json', nlsZh]] as const) {
    assert.ok(typeof table[key] === 'string' && table[key].trim() !== '', `${file} has ${key}`);
  }
}

describe('marketplace manifest', () => {
  it('names and describes the extension in both languages, with truthful categories and the searched keywords', () => {
    localised(manifest.displayName, 'displayName');
    localised(manifest.description, 'description');
    assert.ok(manifest.categories.length > 0);
    for (const c of manifest.categories) assert.ok(MARKETPLACE_CATEGORIES.includes(c), c);
    assert.ok(!manifest.categories.includes('Azure'));
    for (const k of ['huawei cloud', 'otc', 'dcs', 'kafka', 'rocketmq', 'rabbitmq', 'codearts']) assert.ok(manifest.keywords.includes(k), k);
    assert.ok(manifest.keywords.length <= 30, 'the marketplace takes at most 30 keywords');
  });

  it('has a 128×128 PNG icon and a gallery banner', () => {
    assert.match(manifest.icon, /\.png$/);
    assert.deepEqual(pngSize(manifest.icon), { width: 128, height: 128 });
    assert.match(manifest.galleryBanner.color, /^#[0-9a-fA-F]{6}$/);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  });

  it('has a licence, links, an engine range and runs where the workspace is', () => {
    assert.equal(manifest.license, 'MIT');
    assert.ok(existsSync('LICENSE'));
    for (const url of [manifest.repository.url, manifest.bugs.url, manifest.homepage]) assert.match(url, /^https:\/\//);
    assert.match(manifest.engines.vscode, /^\^1\.\d+\.0$/);
    assert.deepEqual(manifest.extensionKind, ['workspace']);
  });

  it('keeps the settings that choose where signed requests go out of an untrusted workspace’s hands', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    localised(untrusted.description ?? '', 'untrustedWorkspaces.description');
    const settings = Object.keys(manifest.contributes.configuration.properties);
    const restricted = untrusted.restrictedConfigurations ?? [];
    for (const s of restricted) assert.ok(settings.includes(s), `restricted setting ${s} exists`);
    for (const s of settings.filter((x) => /endpoint|environment\./i.test(x))) assert.ok(restricted.includes(s), `${s} is restricted`);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('is marked as a preview while the README lists IAM actions it could not verify', () => {
    const permissions = /### Keys and the least permissions they need\n([\s\S]*?)\n### /.exec(readFileSync('README.md', 'utf8'))?.[1];
    assert.ok(permissions, 'the README has its permissions section');
    if (/\bunverified\b/.test(permissions)) assert.equal(manifest.preview, true);
  });

  it('has a dated CHANGELOG entry for its version, below an Unreleased section, and the lock file agrees', () => {
    const headings = [...readFileSync('CHANGELOG.md', 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    assert.equal(headings[0], '[Unreleased]');
    const released = /^\[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(headings[1] ?? '');
    assert.ok(released, `"${headings[1]}" is a version with its date`);
    assert.equal(released[1], manifest.version);
    assert.ok(!Number.isNaN(Date.parse(released[2]!)), released[2]);
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { version: string; packages: Record<string, { version?: string }> };
    assert.equal(lock.version, manifest.version);
    assert.equal(lock.packages['']?.version, manifest.version);
  });

  describe('getting-started walkthrough', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    const views = new Set(Object.values(manifest.contributes.views).flatMap((vs) => vs.map((v) => v.id)));

    it('walks through adding a profile, exploring, deleting and cleaning up', () => {
      assert.ok(walkthrough);
      assert.deepEqual(walkthrough.steps.map((s) => s.id), ['addProfile', 'explore', 'delete', 'cleanUp']);
    });

    it('has every title, description and alt text in English and Chinese', () => {
      localised(walkthrough!.title, 'walkthrough title');
      localised(walkthrough!.description, 'walkthrough description');
      for (const step of walkthrough!.steps) {
        localised(step.title, `${step.id}.title`);
        localised(step.description, `${step.id}.description`);
        localised(step.media.altText ?? '', `${step.id}.altText`);
      }
    });

    it('shows media that is in the package and links only commands that exist, in both languages', () => {
      for (const step of walkthrough!.steps) {
        const media = step.media.image ?? step.media.markdown ?? step.media.svg ?? '';
        assert.ok(media.startsWith('media/') && existsSync(media), `${step.id} media ${media}`);
        const key = /^%(.+)%$/.exec(step.description)![1]!;
        const links = (text: string) => [...text.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!);
        assert.deepEqual(links(nlsZh[key]!), links(nls[key]!), `${step.id} links the same commands in Chinese`);
        for (const command of links(nls[key]!)) {
          const focus = /^(.+)\.focus$/.exec(command)?.[1];
          assert.ok(commands.has(command) || (focus !== undefined && views.has(focus)), `${step.id} links ${command}`);
        }
        for (const event of step.completionEvents ?? []) {
          const command = /^onCommand:(.+)$/.exec(event)?.[1];
          if (command) assert.ok(commands.has(command), `${step.id} completes on ${command}`);
        }
      }
    });
  });
});
