/** Typed access to the extension's settings and to VS Code's network settings (see `httpSettings.ts`). */
import * as vscode from 'vscode';
import { readHttpSettings } from './httpSettings';
import type { Settings } from './model/settings';
import type { ServiceLabel } from './net/api';
import { isCloudId } from './profiles/profile';
import { SERVICE_IDS } from './services/descriptors';
import { userValue } from './userValue';
import type { ServiceId } from './services/types';

export type { Settings };

export const SECTION = 'huaweicloudTasks';

/** Every service, in display order: the default of the `services` setting. */
export const ALL_SERVICES: readonly ServiceId[] = SERVICE_IDS;

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const services = c.get<string[]>('services', [...ALL_SERVICES]).filter((s): s is ServiceId => (ALL_SERVICES as string[]).includes(s));
  const cloud = userValue(c, 'environment.cloud', 'huaweicloud');
  return {
    services,
    regions: c.get<string[]>('regions', []).map((r) => r.trim()).filter((r) => r !== ''),
    pageSize: clamp(c.get<number>('pageSize', 50), 1, 100),
    concurrency: clamp(c.get<number>('concurrency', 4), 1, 16),
    requestTimeoutMs: clamp(c.get<number>('requestTimeoutSeconds', 30), 1, 600) * 1000,
    confirmationThreshold: clamp(userValue(c, 'confirmationThreshold', 10), 1, 100_000),
    endpointOverrides: userValue<Partial<Record<ServiceLabel, string>>>(c, 'endpointOverrides', {}),
    environment: {
      cloud: isCloudId(cloud) ? cloud : 'huaweicloud',
      endpoint: userValue(c, 'environment.endpoint', '').trim(),
      region: userValue(c, 'environment.region', '').trim(),
    },
    http: readHttpSettings(),
  };
}

export const DEFAULT_RUNNING_REFRESH_SECONDS = 15;

/**
 * How often a level showing running tasks is refreshed (0 = off). Read on its own: the refresher asks
 * each time it schedules, and needs nothing else.
 */
export function readRunningTaskRefreshSeconds(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('runningTaskRefreshSeconds', DEFAULT_RUNNING_REFRESH_SECONDS);
  return Number.isFinite(value) ? Math.min(3600, Math.max(0, Math.floor(value))) : DEFAULT_RUNNING_REFRESH_SECONDS;
}

/** The KooCLI configuration file the `kooCliConfigPath` setting names; empty: KooCLI's own. */
export function readKooCliConfigPath(): string {
  return userValue(vscode.workspace.getConfiguration(SECTION), 'kooCliConfigPath', '').trim();
}

/** Fires when a setting this extension reads changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('http')) listener();
  });
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min;
}
