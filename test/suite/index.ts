// The mocha suite that runs inside a real extension host. Both runners load this file: @vscode/test-electron
// calls run() on a desktop VS Code, and code-server's smoke-test driver does the same in the browser
// workbench; either way the returned promise decides the exit code.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

// code-server forwards the extension host's console to the runner mixed with the workbench's own log, as
// unformatted arguments: with a tag set, each formatted line carries it so the runner can pick them out.
function tagConsole(tag: string): void {
  const write = console.log.bind(console);
  const tagged = (...args: unknown[]): void => {
    for (const line of format(...args).split('\n')) write(tag + line);
  };
  console.log = tagged;
  Mocha.reporters.Base.consoleLog = tagged;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p);
    return name.endsWith('.test.js') ? [p] : [];
  });
}

export function run(): Promise<void> {
  const tag = process.env.HWC_TASKS_SUITE_LOG_TAG;
  if (tag) tagConsole(tag);
  // No colours: the output travels through the extension host's console into a log, not a terminal.
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.HWC_TASKS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of testFiles(__dirname).sort()) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
