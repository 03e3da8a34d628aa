/**
 * Where a clean-up looks: a profile, project, service or instance row (clicked, or picked level by level
 * from the palette), resolved through the tree's own cached levels to the locations of the instances below
 * it. The walk and everything after it work on those locations, not on rows.
 */
import * as vscode from 'vscode';
import type { UnlistedLevel } from '../../cleanup/unlisted';
import type { ContainerLocation, ProfileLocation } from '../../model/location';
import { ContainerNode } from '../../tree/containerNode';
import { ErrorNode } from '../../tree/errorNode';
import { PagingIgnoredError } from '../../services/pagingIgnored';
import { serviceName } from '../../tree/labels';
import { pickItemOf } from '../../tree/pickItem';
import { ProfileNode } from '../../tree/profileNode';
import { ProjectNode } from '../../tree/projectNode';
import { ServiceNode } from '../../tree/serviceNode';
import { UserFacingError } from '../../ui/userFacingError';
import type { CommandContext } from '../commandContext';

export type ScopeNode = ProfileNode | ProjectNode | ServiceNode | ContainerNode;

/** Most instances one service lists for a clean-up. */
const MAX_CONTAINERS = 10_000;

export function isScopeNode(node: unknown): node is ScopeNode {
  return node instanceof ProfileNode || node instanceof ProjectNode || node instanceof ServiceNode || node instanceof ContainerNode;
}

export interface ScopeContainers {
  readonly containers: readonly ContainerLocation[];
  /** Levels that could not be listed in full, named as the tree shows them, with why. */
  readonly failures: readonly UnlistedLevel[];
}

/**
 * The instances under a row. A level that cannot be listed is reported and its siblings are walked all
 * the same; a service whose instance list fails on a later page gives the instances listed before it.
 * Once `signal` aborts, no further level or page is listed and what was found is returned: the caller,
 * which gave the signal, knows the result is partial and must not act on it as whole.
 */
export async function containersIn(node: ScopeNode, signal?: AbortSignal): Promise<ScopeContainers> {
  if (node instanceof ContainerNode) return { containers: [node.location], failures: [] };
  if (signal?.aborted) return { containers: [], failures: [] };
  const partly = node instanceof ServiceNode ? await loadAllInstances(node, signal) : undefined;
  if (signal?.aborted) return { containers: [], failures: [] };
  const children = await node.getChildren();
  // Siblings are listed side by side (the tree's limiter caps the requests); results keep the tree's order.
  const parts = await Promise.all(children.filter(isScopeNode).map((child) => containersIn(child, signal)));
  const failed = children.filter((c): c is ErrorNode => c instanceof ErrorNode).map((c) => ({ name: scopeLabel(node.location), error: c.error }));
  return {
    containers: parts.flatMap((p) => p.containers),
    failures: [...(partly ? [partly] : []), ...failed, ...parts.flatMap((p) => p.failures)],
  };
}

/**
 * Every page of a service's instances; when a later page fails, or the service stopped paging (it answered
 * a later page with the one before), says how far the listing got: the level is then only partly listed.
 */
async function loadAllInstances(node: ServiceNode, signal?: AbortSignal): Promise<UnlistedLevel | undefined> {
  try {
    await node.loadAll(MAX_CONTAINERS, signal);
  } catch (error) {
    const { items, pages } = node.listedSoFar();
    return { name: scopeLabel(node.location), error, partly: { looked: items, failedPage: pages + 1, what: 'instances' } };
  }
  const stopped = node.pagingIgnoredAt();
  if (!stopped) return undefined;
  const { pages } = node.listedSoFar();
  const error = new PagingIgnoredError(`${node.location.service.id}.listContainers`, stopped.listed, stopped.total);
  return { name: scopeLabel(node.location), error, partly: { looked: stopped.listed, failedPage: pages, what: 'instances' } };
}

/** A location of any depth: a profile's, a project's, a service's or an instance's. */
type ScopeLocation = ProfileLocation & Partial<Pick<ContainerLocation, 'project' | 'service' | 'container'>>;

/** "production / cn-north-4 / DMS for Kafka / kafka-orders-prod-01", as deep as the location goes. */
export function scopeLabel(l: ScopeLocation): string {
  const container = l.container && (l.container.name || l.container.id);
  return [l.profile.name, l.project?.name, l.service && serviceName(l.service.id), container].filter(Boolean).join(' / ');
}

/** From the palette: a profile, then optionally narrower levels, each with an "all of them" choice. */
export async function pickScope(ctx: CommandContext): Promise<ScopeNode> {
  const profiles = ctx.tree.profileNodes();
  if (profiles.length === 0) throw new UserFacingError(vscode.l10n.t('Add a profile first.'));
  let scope: ScopeNode = await pickNode(ctx, profiles, vscode.l10n.t('Profile to clean up'));
  const titles = [vscode.l10n.t('Project to clean up'), vscode.l10n.t('Service to clean up'), vscode.l10n.t('Instance to clean up')];
  for (const title of titles) {
    // A later page that fails leaves the instances listed before it to pick from; a clean-up of the whole
    // service names the failure.
    if (scope instanceof ServiceNode) await loadAllInstances(scope);
    const children = (await scope.getChildren()).filter(isScopeNode);
    if (children.length === 0) return scope;
    const narrower = await pickNode(ctx, children, title, scope);
    if (narrower === scope) return scope;
    scope = narrower;
  }
  return scope;
}

function pickNode(ctx: CommandContext, nodes: readonly ScopeNode[], title: string, all?: ScopeNode): Promise<ScopeNode> {
  const items = nodes.map(pickItemOf);
  const everything = all ? [{ label: vscode.l10n.t('All of {0}', scopeLabel(all.location)), value: all }] : [];
  return ctx.ui.pick([...everything, ...items], { title, placeholder: title });
}
