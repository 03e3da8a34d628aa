/**
 * The optional "Endpoint overrides" step of editing a profile: per service label, a template or fixed URL
 * for a host that deviates from the cloud's pattern. Each is checked like an endpoint template, since it
 * decides where signed requests (and the access key id) go.
 */
import * as vscode from 'vscode';
import { SERVICE_LABELS, type ServiceLabel } from '../net/api';
import { validateEndpointTemplate } from '../net/endpoints';
import type { CommandContext } from './commandContext';
import { templateProblemText } from './profilePrompts';

export type EndpointOverrides = Readonly<Partial<Record<ServiceLabel, string>>>;

/** The overrides after the step: the current ones kept, replaced, or none (undefined). */
export async function promptEndpointOverrides(ctx: CommandContext, current: EndpointOverrides = {}): Promise<EndpointOverrides | undefined> {
  const set = SERVICE_LABELS.filter((l) => current[l]);
  const summary = set.map((l) => `${l} → ${current[l]}`).join(', ');
  type Choice = 'keep' | 'edit' | 'remove';
  const choice = await ctx.ui.pick<Choice>(
    [
      { label: set.length > 0 ? vscode.l10n.t('Keep the endpoint overrides') : vscode.l10n.t('No endpoint overrides'), description: summary || undefined, value: 'keep' },
      { label: vscode.l10n.t('Set endpoint overrides…'), detail: vscode.l10n.t("For services whose host deviates from the cloud's pattern"), value: 'edit' },
      ...(set.length > 0 ? [{ label: vscode.l10n.t('Remove the endpoint overrides'), value: 'remove' as const }] : []),
    ],
    { title: vscode.l10n.t('Endpoint overrides'), placeholder: vscode.l10n.t('Endpoint overrides (optional): hosts that deviate, per service') },
  );
  if (choice === 'keep') return set.length > 0 ? current : undefined;
  if (choice === 'remove') return undefined;
  const labels = await ctx.ui.pickMany(
    SERVICE_LABELS.map((l) => ({ label: l, description: current[l], picked: set.includes(l), value: l })),
    { title: vscode.l10n.t('Endpoint overrides'), placeholder: vscode.l10n.t('Endpoint overrides: the services whose host deviates') },
  );
  const overrides: Partial<Record<ServiceLabel, string>> = {};
  for (const label of labels) {
    const value = await ctx.ui.input({
      title: vscode.l10n.t('Endpoint override for {0}', label),
      placeholder: 'https://{service}.{region}.example.com',
      prompt: vscode.l10n.t('Endpoint template or URL for {0}; plain http only for loopback addresses', label),
      value: current[label],
      validate: (v) => templateProblemText(validateEndpointTemplate(v)?.code),
    });
    overrides[label] = value.trim();
  }
  return overrides;
}
