/**
 * What VS Code itself knows about the network, handed to the network layer: its proxy resolver (which
 * reads the system proxy settings and PAC files) and its reader of the system certificate store. VS Code
 * has no extension API for either. Both live in the copy of `@vscode/proxy-agent` that VS Code ships and
 * configures in the extension host, which exposes the configured resolver as `resolveProxyURL` on that
 * module; it is loaded from VS Code's installation, so nothing of it is bundled here. Where it is missing
 * (an older or trimmed build) the network layer falls back to the settings and the environment alone.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { HostNetwork } from './net/proxy';

interface ProxyAgentLog {
  trace(message: string, ...args: unknown[]): void;
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string | Error, ...args: unknown[]): void;
}

/** The parts of `@vscode/proxy-agent` used here, all optional: versions differ. */
interface VsCodeProxyAgent {
  resolveProxyURL?(url: string): Promise<string | undefined>;
  loadSystemCertificates?(params: { log: ProxyAgentLog; loadSystemCertificatesFromNode?: () => boolean | undefined }): Promise<string[]>;
}

const quiet: ProxyAgentLog = { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

let module: VsCodeProxyAgent | null | undefined;

function vscodeProxyAgent(): VsCodeProxyAgent | undefined {
  if (module === undefined) {
    module = null;
    // VS Code once packed its node_modules into an asar archive; current builds do not.
    for (const folder of ['node_modules', 'node_modules.asar']) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- VS Code's own copy, at run time
        module = require(join(vscode.env.appRoot, folder, '@vscode', 'proxy-agent')) as VsCodeProxyAgent;
        break;
      } catch {
        // not in this folder
      }
    }
  }
  return module ?? undefined;
}

let host: HostNetwork | undefined;

/** VS Code's resolver and certificate reader where this VS Code has them; `{}` elsewhere. */
export function vscodeHostNetwork(): HostNetwork {
  if (host) return host;
  const agent = vscodeProxyAgent();
  // Read when called: VS Code sets `resolveProxyURL` up while the extension host starts.
  const resolve = agent && typeof agent.resolveProxyURL === 'function' ? agent : undefined;
  const load = agent?.loadSystemCertificates?.bind(agent);
  host = {
    ...(resolve ? { resolveProxy: (url: string) => resolve.resolveProxyURL!(url) } : {}),
    ...(load
      ? {
          systemCertificates: () =>
            load({ log: quiet, loadSystemCertificatesFromNode: () => vscode.workspace.getConfiguration('http').get<boolean>('systemCertificatesNode') }),
        }
      : {}),
  };
  return host;
}
