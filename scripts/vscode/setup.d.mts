export const NODE_MAJOR: string;
export const CODE_SERVER_VERSION: string;
export const CHROMIUM_PATH: string;

export interface ToolPaths {
  /** Node 24, the only Node code-server accepts. */
  node: string;
  nodeDir: string;
  codeServerPrefix: string;
  /** Run as `node <codeServerEntry> …`. */
  codeServerEntry: string;
  chromium: string;
}

export function cacheRoot(): string;
export function toolPaths(): ToolPaths;
export function ensureVscodeTools(): ToolPaths;
