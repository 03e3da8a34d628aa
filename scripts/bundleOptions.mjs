// The esbuild options of the extension bundle, shared by the build, the benchmarks and the test that
// loads a bundled client, so all three see the same bundle.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * undici's HTTP/1 and HTTP/2 clients require its fetch implementation (lib/web, ≈ 40 KB minified) for
 * one thing only: encoding FormData request bodies. Our client sends Buffers or nothing, so the bundle
 * answers that require with a stub that fails loudly, should any caller ever pass a FormData body.
 */
export const UNDICI_FETCH_BODY = /[\\/]node_modules[\\/]undici[\\/]lib[\\/]web[\\/]fetch[\\/]body\.js$/;

export const FETCH_BODY_STUB = `'use strict'
module.exports.extractBody = function extractBody () {
  throw new Error('FormData request bodies are not supported by this bundle of undici')
}
`;

export const undiciFetchBodyStub = {
  name: 'undici-fetch-body-stub',
  setup(build) {
    build.onLoad({ filter: UNDICI_FETCH_BODY }, () => ({ contents: FETCH_BODY_STUB, loader: 'js' }));
  },
};

/**
 * undici parses HTTP with llhttp compiled to WebAssembly, in two builds of ≈ 72 KB each: one using SIMD,
 * and a fallback for hosts where SIMD fails or `UNDICI_NO_WASM_SIMD=1` turns it off. Every platform VS Code
 * ships for runs the SIMD build, so the fallback is not bundled: it is written beside the bundle and
 * required from there only when undici falls back to it.
 */
export const LLHTTP_FALLBACK = 'llhttp-wasm.js';

export const llhttpFallbackBeside = {
  name: 'llhttp-fallback-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/llhttp\/llhttp-wasm\.js$/ }, (args) =>
      /[\\/]undici[\\/]lib[\\/]dispatcher[\\/]/.test(args.importer) ? { path: `./${LLHTTP_FALLBACK}`, external: true } : undefined,
    );
    build.onEnd((result) => {
      const { outfile, write } = build.initialOptions;
      if (result.errors.length > 0 || write === false || !outfile) return;
      const root = build.initialOptions.absWorkingDir ?? process.cwd();
      const source = createRequire(join(root, 'package.json')).resolve(`undici/lib/llhttp/${LLHTTP_FALLBACK}`);
      const outdir = resolve(root, dirname(outfile));
      mkdirSync(outdir, { recursive: true });
      copyFileSync(source, join(outdir, LLHTTP_FALLBACK));
    });
  },
};

/** Options for `esbuild.build`: the development bundle, or with `release` the minified one. */
export function extensionBundleOptions({ release = false } = {}) {
  return {
    entryPoints: ['src/extension.ts'],
    bundle: true,
    outfile: 'dist/extension.js',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    plugins: [undiciFetchBodyStub, llhttpFallbackBeside],
    minify: release,
    sourcemap: !release,
    legalComments: release ? 'none' : 'inline',
    logLevel: 'warning',
  };
}
