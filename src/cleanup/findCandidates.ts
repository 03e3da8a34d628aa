/**
 * The clean-up walk in the background: instances under the scope, then every task page by page under the
 * tree's concurrency cap, with progress and cancel in a notification. Keeps only what the rule matches.
 */
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/commandContext';
import { walkTasks } from '../services/listAll';
import type { ContainerNode } from '../tree/containerNode';
import { errorDetail } from '../ui/errorText';
import { withViewProgress } from '../ui/viewProgress';
import { collectCandidates, type CollectResult } from './collect';
import type { CleanupRule } from './rule';
import { containersIn, scopeLabel, type ScopeNode } from './scope';

export interface FoundCandidates extends CollectResult<ContainerNode> {
  /** Levels or instances whose tasks could not be listed, by name. */
  readonly unlisted: readonly string[];
}

export async function findCandidates(ctx: CommandContext, scope: ScopeNode, rule: CleanupRule, external?: AbortSignal): Promise<FoundCandidates> {
  const title = vscode.l10n.t('Finding tasks to clean up in {0}', scopeLabel(scope));
  return withViewProgress(title, external, async (progress, signal) => {
    const scoped = await containersIn(scope);
    const result = await collectCandidates(
      scoped.containers,
      async (container, options) => {
        const service = container.parent;
        return walkTasks(service.service, await service.scope(), container.container, { ...options, pageSize: ctx.settings().pageSize });
      },
      rule,
      {
        limiter: ctx.tree.ctx.limiter,
        now: ctx.tree.ctx.now(),
        signal,
        onProgress: (scanned, matched) =>
          progress.report({
            message:
              scanned === 1 ? vscode.l10n.t('{0} task looked at, {1} match', scanned, matched) : vscode.l10n.t('{0} tasks looked at, {1} match', scanned, matched),
          }),
      },
    );
    const unlisted = [
      ...scoped.failures.map((f) => ({ name: f.node.id, error: f.error })),
      ...result.failures.map((f) => ({ name: f.container.container.name || f.container.container.id, error: f.error })),
    ];
    for (const u of unlisted) ctx.logger.error(`clean-up could not list ${u.name}: ${errorDetail(u.error)}`);
    ctx.logger.info(`clean-up of ${scopeLabel(scope)}: ${result.scanned} tasks in ${scoped.containers.length} instances looked at, ${result.candidates.length} match`);
    return { ...result, unlisted: unlisted.map((u) => u.name) };
  });
}
