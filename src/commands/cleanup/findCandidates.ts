/**
 * The clean-up walk in the background: instances under the scope, then every task page by page under the
 * tree's concurrency cap, with progress and cancel in a notification. Keeps only what the rule matches,
 * and names every level (profile, project, service, instance) that could not be listed in full.
 */
import * as vscode from 'vscode';
import { collectCandidates, type CollectResult, type ContainerFailure } from '../../cleanup/collect';
import type { CleanupRule } from '../../cleanup/rule';
import type { UnlistedLevel } from '../../cleanup/unlisted';
import type { ContainerLocation } from '../../model/location';
import { errorDetail } from '../../text/errorText';
import { withViewProgress } from '../../ui/viewProgress';
import type { CommandContext } from '../commandContext';
import { containersIn, scopeLabel, type ScopeNode } from './scope';
import { walkContainer } from './walkContainer';

export interface FoundCandidates extends CollectResult<ContainerLocation> {
  /** Every level that could not be listed in full, in tree order: scope levels first, then instances. */
  readonly unlisted: readonly UnlistedLevel[];
  /** Instances that failed after their first page: what matched on the pages listed. */
  readonly partly: ReadonlyArray<ContainerFailure<ContainerLocation>>;
}

export async function findCandidates(ctx: CommandContext, scope: ScopeNode, rule: CleanupRule, external?: AbortSignal): Promise<FoundCandidates> {
  const title = vscode.l10n.t('Finding tasks to clean up in {0}', scopeLabel(scope.location));
  return withViewProgress(title, external, async (progress, signal) => {
    const scoped = await containersIn(scope, signal);
    const result = await collectCandidates(
      scoped.containers,
      walkContainer(ctx),
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
    const unlisted = [...scoped.failures, ...result.failures.map(instanceLevel)];
    for (const u of unlisted) {
      const how = u.partly ? `after ${u.partly.looked} ${u.partly.what} on ${u.partly.failedPage - 1} page(s)` : 'at all';
      ctx.logger.error(`clean-up could not list ${u.name} ${how}: ${errorDetail(u.error)}`);
    }
    ctx.logger.info(`clean-up of ${scopeLabel(scope.location)}: ${result.scanned} tasks in ${scoped.containers.length} instances looked at, ${result.candidates.length} match`);
    return { ...result, unlisted, partly: result.failures.filter((f) => f.failedPage > 1) };
  });
}

function instanceLevel(f: ContainerFailure<ContainerLocation>): UnlistedLevel {
  const name = scopeLabel(f.container);
  return f.failedPage > 1 ? { name, error: f.error, partly: { looked: f.scanned, failedPage: f.failedPage, what: 'tasks' } } : { name, error: f.error };
}
