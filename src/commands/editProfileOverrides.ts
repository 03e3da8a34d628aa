/**
 * The optional "Endpoint overrides" steps of editing a profile: per service label, a template or fixed URL
 * for a host that deviates from the cloud's pattern. Each is checked like an endpoint template, since it
 * decides where signed requests (and the access key id) go.
 */
import * as vscode from 'vscode';
import { SERVICE_LABELS, type ServiceLabel } from '../net/api';
import { validateEndpointTemplate } from '../net/endpoints';
import type { Step } from '../ui/multiStepInput';
import type { CommandContext } from './commandContext';
import { templateProblemText } from './profilePrompts';

export type EndpointOverrides = Readonly<Partial<Record<ServiceLabel, string>>>;

type Choice = 'keep' | 'edit' | 'remove';

export interface OverrideAnswers {
  endpointOverrides?: EndpointOverrides;
  /** What the overrides step chose, the services then checked and the URLs typed: Back opens each step on them. */
  overrides?: { choice: Choice; labels?: readonly ServiceLabel[]; urls?: Partial<Record<ServiceLabel, string>> };
}

/** Keep, set or remove the overrides; setting them picks the services, then asks each one's URL, a step each. */
export function overrideSteps<S extends OverrideAnswers>(ctx: CommandContext, current: EndpointOverrides = {}): Array<Step<S>> {
  const set = SERVICE_LABELS.filter((l) => current[l]);
  const editing = (a: S): boolean => a.overrides?.choice === 'edit';
  return [
    {
      id: 'overrides',
      run: async (a, at) => {
        const summary = set.map((l) => `${l} → ${current[l]}`).join(', ');
        const was = a.overrides?.choice;
        const choice = await ctx.ui.pick<Choice>(
          [
            { label: set.length > 0 ? vscode.l10n.t('Keep the endpoint overrides') : vscode.l10n.t('No endpoint overrides'), description: summary || undefined, value: 'keep', picked: was === 'keep' },
            { label: vscode.l10n.t('Set endpoint overrides…'), detail: vscode.l10n.t("For services whose host deviates from the cloud's pattern"), value: 'edit', picked: was === 'edit' },
            ...(set.length > 0 ? [{ label: vscode.l10n.t('Remove the endpoint overrides'), value: 'remove' as const, picked: was === 'remove' }] : []),
          ],
          { title: vscode.l10n.t('Endpoint overrides'), placeholder: vscode.l10n.t('Endpoint overrides (optional): hosts that deviate, per service'), step: at },
        );
        a.overrides = { ...a.overrides, choice };
        if (choice !== 'edit') a.endpointOverrides = choice === 'keep' && set.length > 0 ? current : undefined;
      },
    },
    {
      id: 'overrideServices',
      applies: editing,
      run: async (a, at) => {
        const chosen = a.overrides?.labels ?? set;
        const labels = await ctx.ui.pickMany(
          SERVICE_LABELS.map((l) => ({ label: l, description: current[l], picked: chosen.includes(l), value: l })),
          { title: vscode.l10n.t('Endpoint overrides'), placeholder: vscode.l10n.t('Endpoint overrides: the services whose host deviates'), step: at },
        );
        a.overrides = { ...a.overrides, choice: 'edit', labels };
        // Nothing checked: no service deviates, so there are no overrides (and no URLs to ask for).
        if (labels.length === 0) a.endpointOverrides = undefined;
      },
    },
    // One step per service checked, so Back goes from one URL to the one before it.
    ...SERVICE_LABELS.map(
      (label): Step<S> => ({
        id: `overrideUrl:${label}`,
        applies: (a) => editing(a) && (a.overrides?.labels ?? []).includes(label),
        run: async (a, at) => {
          const value = await ctx.ui.input({
            title: vscode.l10n.t('Endpoint override for {0}', label),
            placeholder: 'https://{service}.{region}.example.com',
            prompt: vscode.l10n.t('Endpoint template or URL for {0}; plain http only for loopback addresses', label),
            value: a.overrides?.urls?.[label] ?? current[label],
            step: at,
            validate: (v) => templateProblemText(validateEndpointTemplate(v)?.code),
          });
          const urls = { ...a.overrides?.urls, [label]: value.trim() };
          const labels = a.overrides?.labels ?? [];
          a.overrides = { choice: 'edit', labels, urls };
          // The URLs of the services checked now; the last of these steps leaves every one of them set.
          a.endpointOverrides = Object.fromEntries(labels.filter((l) => urls[l] !== undefined).map((l) => [l, urls[l]]));
        },
      }),
    ),
  ];
}
