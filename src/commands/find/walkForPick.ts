/**
 * Feeds Find Tasks' pick: the clean-up's walk (every instance under each profile, every page) with every
 * task kept, handed to the pick page by page, and a count of the tasks looked at. Levels that cannot be
 * listed go to the log and are counted in the progress line, so a short list never reads as complete.
 */
import * as vscode from 'vscode';
import { collectMatching, isCollectCancelled } from '../../cleanup/collect';
import type { ContainerLocation, TaskLocation } from '../../model/location';
import { errorDetail } from '../../text/errorText';
import { statusLabel } from '../../text/statusText';
import type { ProfileNode } from '../../tree/profileNode';
import type { PickFeed, PickItem } from '../../ui/userInput';
import type { CommandContext } from '../commandContext';
import { containersIn, scopeLabel } from '../cleanup/scope';
import { walkContainer } from '../cleanup/walkContainer';

export async function walkForPick(ctx: CommandContext, profiles: readonly ProfileNode[], to: PickFeed<TaskLocation>): Promise<void> {
  let looked = 0;
  let unlisted = 0;
  let hidden = 0;
  const report = (): void => to.progress(progressText(looked, unlisted, hidden));
  report();
  await Promise.all(
    profiles.map(async (profile) => {
      const scope = await containersIn(profile, to.signal);
      unlisted += scope.failures.length;
      // Known once the profile's projects are listed: what the tree hides is not searched, and the line says so.
      hidden += profile.hiddenProjectNames().length;
      for (const f of scope.failures) ctx.logger.error(`find tasks could not list ${f.name}: ${errorDetail(f.error)}`);
      if (to.signal.aborted) return;
      try {
        const result = await collectMatching(scope.containers, walkContainer(ctx), () => true, {
          limiter: ctx.tree.ctx.limiter,
          now: ctx.tree.ctx.now(),
          signal: to.signal,
          onMatch: (tasks) => {
            looked += tasks.length;
            to.add(tasks.map(itemOf));
            report();
          },
        });
        unlisted += result.failures.length;
        for (const f of result.failures) ctx.logger.error(`find tasks could not list ${scopeLabel(f.container)}: ${errorDetail(f.error)}`);
      } catch (error) {
        if (!isCollectCancelled(error)) throw error;
      }
      report();
    }),
  );
}

function itemOf(c: { readonly container: ContainerLocation } & TaskLocation['task']): PickItem<TaskLocation> {
  const { container, ...task } = c;
  const location: TaskLocation = { ...container, task };
  return { label: task.name, description: `${statusLabel(task.status, vscode.l10n)} · ${task.id}`, detail: scopeLabel(location), value: location };
}

function progressText(looked: number, unlisted: number, hidden: number): string {
  let text = looked === 1 ? vscode.l10n.t('{0} task looked at', looked) : vscode.l10n.t('{0} tasks looked at', looked);
  if (unlisted > 0) text = vscode.l10n.t('{0}; {1} levels could not be listed (see the log)', text, unlisted);
  if (hidden === 1) text = vscode.l10n.t('{0}; 1 project the tree hides is not searched', text);
  else if (hidden > 1) text = vscode.l10n.t('{0}; {1} projects the tree hides are not searched', text, hidden);
  return text;
}
