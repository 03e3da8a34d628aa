/** Localised names of services and clouds, and the icons of task states. */
import * as vscode from 'vscode';
import { descriptorOf } from '../services/descriptors';
import type { CloudId, ServiceId, TaskState } from '../services/types';

/** The service's name from its descriptor, translated (the bundle has an entry for each; a test checks it). */
export function serviceName(id: ServiceId): string {
  return vscode.l10n.t(descriptorOf(id).displayName);
}

export function cloudName(id: CloudId): string {
  switch (id) {
    case 'huaweicloud':
      return vscode.l10n.t('Huawei Cloud');
    case 'huaweicloud-eu':
      return vscode.l10n.t('Huawei Cloud Europe');
    case 'otc':
      return vscode.l10n.t('Open Telekom Cloud');
    case 'custom':
      return vscode.l10n.t('Custom endpoint');
  }
}

export function serviceIcon(id: ServiceId): vscode.ThemeIcon {
  return new vscode.ThemeIcon(descriptorOf(id).icon);
}

export function taskStateIcon(state: TaskState): vscode.ThemeIcon {
  switch (state) {
    case 'running':
      return new vscode.ThemeIcon('sync', new vscode.ThemeColor('charts.blue'));
    case 'succeeded':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    case 'failed':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
    case 'cancelled':
      return new vscode.ThemeIcon('circle-slash');
    case 'other':
      return new vscode.ThemeIcon('circle-outline');
  }
}
