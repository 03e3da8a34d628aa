/**
 * What the release bundle is made of: built in memory with the very options of `build:release`, so
 * the undici share can be watched (it is loaded from undici's own files, see src/net/undiciParts.ts).
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

type BundleOptions = typeof import('../scripts/bundleOptions.mjs', { with: { 'resolution-mode': 'import' } });

export interface Composition {
  readonly totalBytes: number;
  readonly undiciBytes: number;
}

/** `entry`: the source to bundle; the extension's own by default. */
export async function releaseComposition(entry?: string): Promise<Composition> {
  // out/bench/ → the repository root.
  const root = resolve(__dirname, '..', '..');
  const options = (await import(pathToFileURL(join(root, 'scripts', 'bundleOptions.mjs')).href)) as BundleOptions;
  const release = options.extensionBundleOptions({ release: true });
  const result = await build({ ...release, ...(entry ? { entryPoints: [entry] } : {}), absWorkingDir: root, write: false, metafile: true, logLevel: 'silent' });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined)!;
  let undiciBytes = 0;
  for (const [path, input] of Object.entries(output.inputs)) if (path.includes('node_modules/undici/')) undiciBytes += input.bytesInOutput;
  return { totalBytes: output.bytes, undiciBytes };
}
