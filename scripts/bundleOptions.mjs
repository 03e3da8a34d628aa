// The esbuild options of the extension bundle, shared by the build, the benchmarks and the test that
// loads a bundled client, so all three see the same bundle.

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
    plugins: [undiciFetchBodyStub],
    minify: release,
    sourcemap: !release,
    legalComments: release ? 'none' : 'inline',
    logLevel: 'warning',
  };
}
