/** What a service's containers are called, by the kind its descriptor names: instances, or CodeArts projects. */
import * as vscode from 'vscode';
import type { ServiceDescriptor } from '../services/descriptors';

type Kind = ServiceDescriptor['containerKind'];

/** "1 instance", "3 projects" (a count text, since an unfinished listing shows "50+"). */
export function containerCountText(kind: Kind, count: string): string {
  if (kind === 'codeartsProject') return count === '1' ? vscode.l10n.t('{0} project', count) : vscode.l10n.t('{0} projects', count);
  return count === '1' ? vscode.l10n.t('{0} instance', count) : vscode.l10n.t('{0} instances', count);
}

export function noContainersText(kind: Kind): string {
  return kind === 'codeartsProject' ? vscode.l10n.t('No CodeArts projects') : vscode.l10n.t('No instances');
}

/** The label of a task's container in its tooltip. */
export function containerLabel(kind: Kind): string {
  return kind === 'codeartsProject' ? vscode.l10n.t('CodeArts project') : vscode.l10n.t('Instance');
}
