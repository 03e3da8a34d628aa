import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, Metafile } from 'esbuild';
import type * as ClientModule from '../../../src/net/client';
import { TEST_CREDENTIALS } from '../../helpers/netClient';
import { startProxy } from '../../helpers/httpProxy';
import { json, startServer, TestServer } from '../../helpers/httpServer';
import { useTrustedHttps } from '../../helpers/trustedHttps';

type BundleOptions = typeof import('../../../scripts/bundleOptions.mjs', { with: { 'resolution-mode': 'import' } });

/** Compiled tests live in <repo>/<out dir>/test/unit/net/. */
const repoRoot = resolve(__dirname, '..', '..', '..', '..');
const loadOptions = (): Promise<BundleOptions> => import(pathToFileURL(join(repoRoot, 'scripts', 'bundleOptions.mjs')).href) as Promise<BundleOptions>;

// The release bundle leaves part of undici out (see scripts/bundleOptions.mjs); this bundles the client
// with exactly those options, minified, and drives it over real HTTP.
describe('the client as bundled for release', function () {
  this.timeout(60_000);
  let dir: string;
  let client: typeof ClientModule;
  let metafile: Metafile;
  let options: BundleOptions;
  let server: TestServer;
  const https = useTrustedHttps();

  before(async () => {
    options = await loadOptions();
    dir = mkdtempSync(join(tmpdir(), 'bundled-client-'));
    const outfile = join(dir, 'client.js');
    const result = await build({
      ...options.extensionBundleOptions({ release: true }),
      absWorkingDir: repoRoot,
      entryPoints: [join(repoRoot, 'src', 'net', 'client.ts')],
      outfile,
      metafile: true,
    });
    metafile = result.metafile!;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the bundle just built
    client = require(outfile) as typeof ClientModule;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());

  it('leaves undici’s fetch implementation out, keeping only the stubbed body encoder', () => {
    const web = Object.keys(metafile.inputs).filter((p) => /undici\/lib\/web\//.test(p));
    assert.deepEqual(web, ['node_modules/undici/lib/web/fetch/body.js']);
    assert.ok(web.every((p) => options.UNDICI_FETCH_BODY.test(join(repoRoot, p))));
    const output = Object.values(metafile.outputs)[0]!;
    assert.ok(output.inputs[web[0]!]!.bytesInOutput < 300, 'the stub, not the real module, was bundled');
  });

  it('sends GET, DELETE and POST with a body, and reads their answers', async () => {
    server.handle((req, res) => {
      if (req.method === 'GET') json(res, 200, { tasks: [{ id: 't1' }] });
      else if (req.method === 'DELETE') res.writeHead(204).end();
      else json(res, 200, { received: JSON.parse(req.body.toString('utf8')) as unknown });
    });
    const api = client.createApiClient({
      credentials: TEST_CREDENTIALS,
      endpoints: { cloud: 'custom', template: `${server.origin}/{service}/{region}` },
      proxy: { env: {} },
      retry: { maxRetries: 0, maxThrottledRetries: 0 },
    });
    try {
      const base = { service: 'dms', region: 'cn-north-4' } as const;
      const listed = await api.send({ ...base, method: 'GET', path: ['v2', 'p', 'instances', 'i', 'tasks'], query: { start: 1, limit: 10 } });
      const deleted = await api.send({ ...base, method: 'DELETE', path: ['v2', 'p', 'instances', 'i', 'tasks', 't1'] });
      const posted = await api.send({ ...base, method: 'POST', path: ['v2', 'p', 'batch'], body: { ids: ['a', 'ü'] } });
      assert.deepEqual(listed.body, { tasks: [{ id: 't1' }] });
      assert.equal(deleted.status, 204);
      assert.deepEqual(posted.body, { received: { ids: ['a', 'ü'] } });
      assert.deepEqual(
        server.requests.map((r) => `${r.method} ${r.url}`),
        ['GET /dms/cn-north-4/v2/p/instances/i/tasks?limit=10&start=1', 'DELETE /dms/cn-north-4/v2/p/instances/i/tasks/t1', 'POST /dms/cn-north-4/v2/p/batch'],
      );
      assert.ok(server.requests.every((r) => String(r.headers.authorization).startsWith('SDK-HMAC-SHA256 ')));
    } finally {
      await api.close();
    }
  });

  // The bundle holds its own copy of undici's Dispatcher, which the index never patched; the proxy agent
  // needs `connect` on it. Only a bundle can show this: in the test process undici's index is loaded.
  // The endpoint is HTTPS with a trusted private authority: a plain-http one never goes through a proxy.
  it('goes through a proxy (http.proxy) too', async () => {
    const secure = await https.start((_req, res) => json(res, 200, { ok: true }));
    const proxy = await startProxy();
    const api = client.createApiClient({
      credentials: TEST_CREDENTIALS,
      endpoints: { cloud: 'custom', template: `${secure.origin}/{service}/{region}` },
      proxy: https.trusting({ proxy: proxy.url, env: {} }),
      retry: { maxRetries: 0, maxThrottledRetries: 0 },
    });
    try {
      const answer = await api.send({ service: 'dms', region: 'cn-north-4', method: 'GET', path: ['v2', 'p', 'instances'] });
      assert.deepEqual(answer.body, { ok: true });
      assert.deepEqual(proxy.log.map((e) => `${e.method} ${e.target} ${e.status}`), [`CONNECT 127.0.0.1:${secure.port} 200`]);
      assert.equal(secure.requests.length, 1);
    } finally {
      await api.close();
      await proxy.close();
      await secure.close();
    }
  });

  it('keeps llhttp’s non-SIMD parser out of the bundle, written beside it as undici ships it', () => {
    const parsers = Object.keys(metafile.inputs).filter((p) => /llhttp.*wasm/.test(p));
    assert.deepEqual(parsers, ['node_modules/undici/lib/llhttp/llhttp_simd-wasm.js'], 'the SIMD parser only');
    const beside = join(dir, options.LLHTTP_FALLBACK);
    assert.ok(existsSync(beside));
    assert.ok(readFileSync(beside).equals(readFileSync(join(repoRoot, 'node_modules', 'undici', 'lib', 'llhttp', options.LLHTTP_FALLBACK))));
  });

  /** Runs one GET with the bundle at `bundle` in a Node child whose undici is told not to use WebAssembly SIMD. */
  async function getWithoutSimd(bundle: string): Promise<{ ok: boolean; out: string }> {
    server.handle((_req, res) => json(res, 200, { parsed: 'by the fallback' }));
    const script = `
      const client = require(${JSON.stringify(bundle)});
      const api = client.createApiClient({
        credentials: ${JSON.stringify(TEST_CREDENTIALS)},
        endpoints: { cloud: 'custom', template: ${JSON.stringify(`${server.origin}/{service}/{region}`)} },
        proxy: { env: {} },
        retry: { maxRetries: 0, maxThrottledRetries: 0 },
      });
      api.send({ service: 'dms', region: 'cn-north-4', method: 'GET', path: ['v2', 'p', 'instances'] }).then(
        (r) => { console.log(JSON.stringify(r.body)); return api.close(); },
        (e) => { console.log(String(e && e.message), String(e && e.cause && e.cause.message)); process.exitCode = 1; return api.close(); },
      );`;
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { env: { ...process.env, UNDICI_NO_WASM_SIMD: '1' } });
      return { ok: true, out: stdout };
    } catch (e) {
      return { ok: false, out: String((e as { stdout?: string }).stdout) };
    }
  }

  it('parses answers with the parser beside the bundle when WebAssembly SIMD is off, and needs it then', async () => {
    const answered = await getWithoutSimd(join(dir, 'client.js'));
    assert.deepEqual(answered, { ok: true, out: '{"parsed":"by the fallback"}\n' });
    // The same bundle without the file beside it: the fallback is really read from there.
    const alone = join(dir, 'alone');
    mkdirSync(alone);
    copyFileSync(join(dir, 'client.js'), join(alone, 'client.js'));
    const failed = await getWithoutSimd(join(alone, 'client.js'));
    assert.equal(failed.ok, false);
    assert.match(failed.out, /Cannot find module '\.\/llhttp-wasm\.js'/);
  });

  it('the stub fails loudly if a FormData body ever reaches it', () => {
    const file = join(dir, 'stub.js');
    writeFileSync(file, options.FETCH_BODY_STUB);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the stub as the bundle holds it
    const stub = require(file) as { extractBody(body: unknown): unknown };
    assert.throws(() => stub.extractBody({}), /FormData request bodies are not supported/);
  });
});
