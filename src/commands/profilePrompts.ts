/** The questions that define a profile; `profileSteps` puts them in order for add, edit and KooCLI import. */
import * as vscode from 'vscode';
import { isValidRegion, validateEndpointTemplate, type EndpointProblemCode } from '../net/endpoints';
import { DEFAULT_REGIONS } from '../profiles/clouds';
import { CLOUD_IDS, type ConsoleSite, type ProfileSettings } from '../profiles/profile';
import { likelySite } from '../services/consoleLinks';
import { fallbackRegionName, regionsOf } from '../services/regions';
import type { CloudId } from '../services/types';
import { cloudName } from '../tree/labels';
import type { InputStep } from '../ui/userInput';
import type { CommandContext } from './commandContext';

export async function promptProfileName(ctx: CommandContext, value?: string, exceptId?: string, at?: InputStep): Promise<string> {
  const name = await ctx.ui.input({
    title: vscode.l10n.t('Profile name'),
    placeholder: vscode.l10n.t('Profile name, e.g. production'),
    value,
    step: at,
    validate: (v) =>
      v.trim() === ''
        ? vscode.l10n.t('Enter a name.')
        : ctx.store.isNameTaken(v, exceptId)
          ? vscode.l10n.t('A profile named "{0}" already exists.', v.trim())
          : undefined,
  });
  return name.trim();
}

export function promptCloud(ctx: CommandContext, current?: CloudId, at?: InputStep): Promise<CloudId> {
  const items = CLOUD_IDS.map((id) => ({ label: cloudName(id), value: id, picked: id === current, description: id === current ? vscode.l10n.t('current') : undefined }));
  return ctx.ui.pick(items, { title: vscode.l10n.t('Cloud'), placeholder: vscode.l10n.t('Cloud the account is on'), step: at });
}

export async function promptEndpointTemplate(ctx: CommandContext, value?: string, at?: InputStep): Promise<string> {
  const t = await ctx.ui.input({
    title: vscode.l10n.t('Endpoint template'),
    placeholder: 'https://{service}.{region}.example.com',
    prompt: vscode.l10n.t('Endpoint template with {service} and {region}; plain http only for loopback addresses'),
    value,
    step: at,
    validate: (v) => templateProblemText(validateEndpointTemplate(v)?.code),
  });
  return t.trim();
}

/** The cloud's regions to choose from; any other valid region id can be typed (new or private regions). */
export async function promptRegion(ctx: CommandContext, cloud: CloudId, value?: string, at?: InputStep): Promise<string> {
  const current = value ?? DEFAULT_REGIONS[cloud];
  const ids = regionsOf(cloud).includes(current) ? regionsOf(cloud) : [current, ...regionsOf(cloud)];
  const items = ids.map((id) => ({ label: id, value: id, description: fallbackRegionName(id) === id ? undefined : fallbackRegionName(id) }));
  const region = await ctx.ui.pickOrEnter(items, {
    title: vscode.l10n.t('Home region'),
    placeholder: vscode.l10n.t('Home region, e.g. {0}', DEFAULT_REGIONS[cloud]),
    value: current,
    step: at,
    validate: (v) => (isValidRegion(v.trim()) ? undefined : vscode.l10n.t('Enter a region id such as {0}.', DEFAULT_REGIONS[cloud])),
  });
  return region.trim();
}

/** The settings a profile is saved with: the endpoint template only for Custom, overrides and project kept. */
export function settingsFrom(answers: Partial<ProfileSettings> & Pick<ProfileSettings, 'name' | 'cloud' | 'region'>): ProfileSettings {
  const { name, cloud, region, endpointTemplate, endpointOverrides, projectId, consoleSite } = answers;
  return {
    name,
    cloud,
    region,
    ...(cloud === 'custom' && endpointTemplate !== undefined ? { endpointTemplate } : {}),
    ...(endpointOverrides ? { endpointOverrides } : {}),
    ...(projectId ? { projectId } : {}),
    ...(cloud === 'huaweicloud' && consoleSite ? { consoleSite } : {}),
  };
}

/** Huawei Cloud's two sites are separate accounts; the one the keys belong to has the console to open. */
export function promptConsoleSite(ctx: CommandContext, region: string, value?: ConsoleSite, at?: InputStep): Promise<ConsoleSite> {
  const current = value ?? likelySite(region);
  const items: Array<{ label: string; description: string; value: ConsoleSite; picked: boolean }> = [
    { label: vscode.l10n.t('Chinese mainland site'), description: 'console.huaweicloud.com', value: 'china', picked: current === 'china' },
    { label: vscode.l10n.t('International site'), description: 'console-intl.huaweicloud.com', value: 'international', picked: current === 'international' },
  ];
  return ctx.ui.pick(items, { title: vscode.l10n.t('Account site'), placeholder: vscode.l10n.t('Where the account was registered: its console opens from "Open in Console"'), step: at });
}

interface KeyPrompt {
  readonly title: string;
  readonly placeholder: string;
  readonly password: boolean;
  readonly required: boolean;
}

/** One key, handed to the log scrubber the moment it is entered. */
async function promptKey(ctx: CommandContext, key: KeyPrompt, value?: string, at?: InputStep, problem?: string): Promise<string> {
  const typed = await ctx.ui.input({
    title: key.title,
    placeholder: key.placeholder,
    password: key.password,
    value,
    step: at,
    problem,
    validate: key.required ? (v) => (v.trim() === '' ? vscode.l10n.t('This is required.') : undefined) : undefined,
  });
  ctx.sessions.protectKeys(typed.trim());
  return typed.trim();
}

/** The Access Key ID is an id, shown as it is typed so typos can be seen; the secrets are masked. */
export const promptAccessKey = (ctx: CommandContext, profileName: string, value?: string, at?: InputStep): Promise<string> =>
  promptKey(ctx, { title: vscode.l10n.t('Access Key ID'), placeholder: vscode.l10n.t('Access Key ID for {0}', profileName), password: false, required: true }, value, at);

export const promptSecretKey = (ctx: CommandContext, profileName: string, value?: string, at?: InputStep, problem?: string): Promise<string> =>
  promptKey(
    ctx,
    { title: vscode.l10n.t('Secret Access Key'), placeholder: vscode.l10n.t('Secret Access Key for {0}', profileName), password: true, required: true },
    value,
    at,
    problem,
  );

export const promptSecurityToken = (ctx: CommandContext, value?: string, at?: InputStep): Promise<string> =>
  promptKey(
    ctx,
    { title: vscode.l10n.t('Security token'), placeholder: vscode.l10n.t('Security token (only for temporary keys; leave empty otherwise)'), password: true, required: false },
    value,
    at,
  );

/** Why a template (or an override URL) is refused, in words; undefined when it is fine. */
export function templateProblemText(problem: EndpointProblemCode | undefined): string | undefined {
  switch (problem) {
    case undefined:
      return undefined;
    case 'empty':
      return vscode.l10n.t('Enter an endpoint template.');
    case 'notUrl':
      return vscode.l10n.t('The template is not a valid URL.');
    case 'scheme':
      return vscode.l10n.t('Use https:// (or http:// for loopback addresses).');
    case 'insecureHttp':
      return vscode.l10n.t('Plain http:// is accepted only for loopback addresses.');
    case 'userinfo':
      return vscode.l10n.t('The template must not contain a user name or password.');
    case 'queryOrFragment':
      return vscode.l10n.t('The template must not contain a query (?) or fragment (#).');
    case 'placeholder':
      return vscode.l10n.t('Only {service} and {region} can be used as placeholders.');
  }
}
