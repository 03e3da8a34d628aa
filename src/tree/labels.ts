/** Localised names of services and clouds, and the icons of task states. */
import * as vscode from 'vscode';
import type { CloudId, ServiceId, TaskState } from '../services/types';

export function serviceName(id: ServiceId): string {
  switch (id) {
    case 'dcs':
      return vscode.l10n.t('DCS (Redis/Memcached)');
    case 'kafka':
      return vscode.l10n.t('DMS for Kafka');
    case 'rocketmq':
      return vscode.l10n.t('DMS for RocketMQ');
    case 'rabbitmq':
      return vscode.l10n.t('DMS for RabbitMQ');
    case 'codeartsCheck':
      return vscode.l10n.t('CodeArts Check');
  }
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
  return new vscode.ThemeIcon(id === 'dcs' ? 'database' : id === 'codeartsCheck' ? 'checklist' : 'mail');
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
