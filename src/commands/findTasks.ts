/**
 * Find Tasks: a pick that fills with every task of the account (every profile, or the clicked one) as the
 * walk lists them, narrowed by what the person types (name, status, id, where, "older than 30 days");
 * closing it stops the walk. The chosen task is loaded into the tree and selected there.
 */
import * as vscode from 'vscode';
import { matchesFilter } from '../filter/taskFilter';
import { matchesTaskQuery, parseTaskQuery } from '../filter/taskQuery';
import { taskLogLabel, type TaskLocation } from '../model/location';
import { statusLabel } from '../text/statusText';
import { ProfileNode } from '../tree/profileNode';
import { UserFacingError } from '../ui/userFacingError';
import { withViewProgress } from '../ui/viewProgress';
import { scopeLabel } from './cleanup/scope';
import type { CommandContext } from './commandContext';
import { revealTask } from './find/revealTask';
import { walkForPick } from './find/walkForPick';

export interface FindResult {
  readonly location: TaskLocation;
  /** Whether the tree held the task's row and revealed it. */
  readonly revealed: boolean;
}

export async function findTasks(ctx: CommandContext, node?: unknown): Promise<FindResult> {
  const profiles = node instanceof ProfileNode ? [node] : ctx.tree.profileNodes();
  if (profiles.length === 0) throw new UserFacingError(vscode.l10n.t('Add a profile first.'));
  const now = ctx.tree.ctx.now();
  const location = await ctx.ui.pickStreaming<TaskLocation>(
    {
      title: vscode.l10n.t('Find Tasks'),
      placeholder: vscode.l10n.t('Task name, status, id or instance (or "older than 30 days")'),
      matcher: (typed) => {
        const query = parseTaskQuery(typed);
        // The instance's id is searched too: the row shows its name, but an id is what a console or ticket gives.
        return (l) => matchesTaskQuery(query, l.task, `${scopeLabel(l)}\n${l.container.id}`, now, statusLabel(l.task.status, vscode.l10n));
      },
    },
    (to) => walkForPick(ctx, profiles, to),
  );
  // The filter would hide the row: say so, and offer to clear it, rather than page through rows in vain.
  if (!matchesFilter(location.task, ctx.filter.current, now)) {
    ctx.ui.warn(vscode.l10n.t('{0} is hidden by the task filter.', location.task.name), {
      label: vscode.l10n.t('Clear Filter and Show'),
      run: async () => {
        await ctx.filter.set({});
        await reveal(ctx, location);
      },
    });
    return { location, revealed: false };
  }
  return { location, revealed: await reveal(ctx, location) };
}

/** Loads the levels down to the task (with progress, and cancel when pages must be read) and selects it. */
async function reveal(ctx: CommandContext, location: TaskLocation): Promise<boolean> {
  const title = vscode.l10n.t('Showing {0} in the tree', location.task.name);
  const { row, cancelled } = await withViewProgress(title, undefined, async (_progress, signal) => ({
    row: await revealTask(ctx.tree, ctx.view, location, signal),
    cancelled: signal.aborted,
  }));
  if (row) return true;
  if (cancelled) return false;
  ctx.logger.warn(`find tasks: ${taskLogLabel(location)} is not in the tree`);
  ctx.ui.warn(vscode.l10n.t('{0} is no longer listed.', location.task.name));
  return false;
}
