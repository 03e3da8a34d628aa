/**
 * The id a row stands for, as "Copy ID" copies it: the task's, the instance's (or CodeArts project's), or
 * the IAM project's. A service row is no resource of its own, so it has none.
 */
import type { ContainerLocation, ProfileLocation, ProjectLocation, ServiceLocation, TaskLocation } from './location';

type AnyLocation = ProfileLocation | ProjectLocation | ServiceLocation | ContainerLocation | TaskLocation;

export function idOf(l: AnyLocation): string | undefined {
  if ('task' in l) return l.task.id;
  if ('container' in l) return l.container.id;
  if ('service' in l) return undefined;
  if ('project' in l) return l.project.id;
  return undefined;
}

/** One id a line, in the order of the selection, each once (a selection can hold a row twice). */
export function idsText(locations: readonly AnyLocation[]): string {
  const ids = locations.map(idOf).filter((id): id is string => id !== undefined);
  return [...new Set(ids)].join('\n');
}
