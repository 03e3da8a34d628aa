/** The questions that define a profile, shared by add, edit and KooCLI import. */
import * as vscode from 'vscode';
import type { Credentials } from '../net/signer';
import { isValidRegion, validateEndpointTemplate, type EndpointProblemCode } from '../net/endpoints';
import { DEFAULT_REGIONS } from '../profiles/clouds';
import { CLOUD_IDS, type ProfileSettings } from '../profiles/profile';
import type { CloudId } from '../services/types';
import { cloudName } from '../tree/labels';
import type { CommandContext } from './commandContext';

export async function promptProfileName(ctx: CommandContext, value?: string, exceptId?: string): Promise<string> {
  const name = await ctx.ui.input({
    title: vscode.l10n.t('Profile name'),
    placeholder: vscode.l10n.t('Profile name, e.g. production'),
    value,
    validate: (v) =>
      v.trim() === ''
        ? vscode.l10n.t('Enter a name.')
        : ctx.store.isNameTaken(v, exceptId)
          ? vscode.l10n.t('A profile named "{0}" already exists.', v.trim())
          : undefined,
  });
  return name.trim();
}

export function promptCloud(ctx: CommandContext, current?: CloudId): Promise<CloudId> {
  const items = CLOUD_IDS.map((id) => ({ label: cloudName(id), value: id, picked: id === current, description: id === current ? vscode.l10n.t('current') : undefined }));
  return ctx.ui.pick(items, { title: vscode.l10n.t('Cloud'), placeholder: vscode.l10n.t('Cloud the account is on') });
}

export async function promptEndpointTemplate(ctx: CommandContext, value?: string): Promise<string> {
  const t = await ctx.ui.input({
    title: vscode.l10n.t('Endpoint template'),
    placeholder: 'https://{service}.{region}.example.com',
    prompt: vscode.l10n.t('Endpoint template with {service} and {region}; plain http only for loopback addresses'),
    value,
    validate: (v) => templateProblemText(validateEndpointTemplate(v)?.code),
  });
  return t.trim();
}

export async function promptRegion(ctx: CommandContext, cloud: CloudId, value?: string): Promise<string> {
  const region = await ctx.ui.input({
    title: vscode.l10n.t('Home region'),
    placeholder: vscode.l10n.t('Home region, e.g. {0}', DEFAULT_REGIONS[cloud]),
    value: value ?? DEFAULT_REGIONS[cloud],
    validate: (v) => (isValidRegion(v.trim()) ? undefined : vscode.l10n.t('Enter a region id such as {0}.', DEFAULT_REGIONS[cloud])),
  });
  return region.trim();
}

/** Name, cloud, endpoint (custom only) and home region; unasked fields are kept from `initial`. */
export async function promptProfileSettings(
  ctx: CommandContext,
  initial: Partial<ProfileSettings> = {},
  options: { askName: boolean; exceptId?: string } = { askName: true },
): Promise<ProfileSettings> {
  const name = options.askName ? await promptProfileName(ctx, initial.name, options.exceptId) : (initial.name ?? '');
  const cloud = await promptCloud(ctx, initial.cloud);
  const endpointTemplate = cloud === 'custom' ? await promptEndpointTemplate(ctx, initial.endpointTemplate) : undefined;
  const region = await promptRegion(ctx, cloud, initial.cloud === cloud ? initial.region : undefined);
  return {
    name,
    cloud,
    region,
    ...(endpointTemplate !== undefined ? { endpointTemplate } : {}),
    ...(initial.endpointOverrides ? { endpointOverrides: initial.endpointOverrides } : {}),
    ...(initial.projectId ? { projectId: initial.projectId } : {}),
  };
}

/** The keys, masked as they are typed; each is handed to the log scrubber the moment it is entered. */
export async function promptCredentials(ctx: CommandContext, profileName: string): Promise<Credentials> {
  const required = (v: string): string | undefined => (v.trim() === '' ? vscode.l10n.t('This is required.') : undefined);
  const accessKey = (
    await ctx.ui.input({
      title: vscode.l10n.t('Access Key ID'),
      placeholder: vscode.l10n.t('Access Key ID for {0}', profileName),
      password: true,
      validate: required,
    })
  ).trim();
  ctx.sessions.protectKeys(accessKey);
  const secretKey = (
    await ctx.ui.input({
      title: vscode.l10n.t('Secret Access Key'),
      placeholder: vscode.l10n.t('Secret Access Key for {0}', profileName),
      password: true,
      validate: required,
    })
  ).trim();
  ctx.sessions.protectKeys(secretKey);
  const securityToken = (
    await ctx.ui.input({
      title: vscode.l10n.t('Security token'),
      placeholder: vscode.l10n.t('Security token (only for temporary keys; leave empty otherwise)'),
      password: true,
    })
  ).trim();
  ctx.sessions.protectKeys(securityToken);
  return { accessKey, secretKey, ...(securityToken ? { securityToken } : {}) };
}

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
