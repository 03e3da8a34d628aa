/**
 * Run in a fresh process: loads a bundle with `vscode` answered by a stub and prints how long the
 * `require` took, in milliseconds. A stub, not the real API: this measures loading our code alone.
 */
import Module, { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

/** Anything the bundle may touch at load time: every property, call and `new` yields another stub. */
function stub(): unknown {
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(function vscodeStub() {}, {
    get: (_target, key) => {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => '';
      if (!cache.has(key)) cache.set(key, stub());
      return cache.get(key);
    },
    apply: () => stub(),
    construct: () => stub() as object,
  });
}

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const original = loader._load;
const vscode = stub();
loader._load = (request, parent, isMain) => (request === 'vscode' ? vscode : original(request, parent, isMain));

const target = process.argv[2];
if (!target) throw new Error('usage: requireProbe <bundle.js>');
const started = performance.now();
createRequire(__filename)(target);
process.stdout.write(`${performance.now() - started}\n`);
