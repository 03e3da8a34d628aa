import type { ToolPaths } from './setup.mjs';

export interface CodeServerOptions {
  tools: ToolPaths;
  /** Written to User/settings.json over quiet defaults. */
  settings?: Record<string, unknown>;
  /** Added to code-server's environment (which never inherits HUAWEICLOUD_SDK_* or VSCODE_*). */
  env?: Record<string, string>;
  /** .vsix files installed into the fresh extensions dir before start. */
  installVsix?: string[];
  /**
   * Display language (e.g. `zh-cn`): given as --locale, with an empty language pack registered for it (none
   * can be installed offline), so extensions see it as vscode.env.language; the workbench stays English.
   */
  locale?: string;
  /** Lets the workbench honour extensionDevelopmentPath/extensionTestsPath and report the suite's exit code. */
  smokeTestDriver?: boolean;
  /** Loopback port; a free one when omitted. */
  port?: number;
  /** Folder opened by workbenchUrl(); a fresh empty one when omitted. */
  workspace?: string;
  scratchParent?: string;
  keepScratch?: boolean;
  startTimeoutMs?: number;
}

export interface CodeServer {
  url: string;
  port: number;
  dirs: { root: string; home: string; tmp: string; userData: string; extensions: string; workspace: string };
  logFile: string;
  /** The workbench URL opening the workspace folder, with extra query parameters. */
  workbenchUrl(query?: Record<string, string>): string;
  logTail(lines?: number): string;
  /** Stops the whole process group and removes the scratch folder; safe to call twice. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number>;
export function startCodeServer(opts: CodeServerOptions): Promise<CodeServer>;
