/**
 * Where a thing lives, as a value: built once when its row is built, and handed to everything that acts on
 * it (commands, confirmations, the log, the history, clean-up, the details view) instead of the row. Each
 * level extends the one above, so a task's location names its profile, project, region, service and
 * container without anyone climbing the tree. Knows nothing of VS Code.
 */
import type { Profile } from '../profiles/profile';
import type { Container, Project, TaskService, TaskSummary } from '../services/types';

export interface ProfileLocation {
  readonly profile: Profile;
  /** The profile's generation when the location was made: its requests are refused once the profile changes. */
  readonly generation: string;
}

export interface ProjectLocation extends ProfileLocation {
  readonly project: Project;
  /** The region's display name, in the UI's language. */
  readonly regionName: string;
}

export interface ServiceLocation extends ProjectLocation {
  readonly service: TaskService;
}

export interface ContainerLocation extends ServiceLocation {
  readonly container: Container;
}

export interface TaskLocation extends ContainerLocation {
  readonly task: TaskSummary;
}

/**
 * Stable, path-like keys: the tree's row ids, and what in-flight deletes are tracked by. They survive
 * refreshes, since they are made of ids, never of objects.
 */
export function profileKey(l: ProfileLocation): string {
  return `profile/${encodeURIComponent(l.profile.id)}`;
}

export function projectKey(l: ProjectLocation): string {
  return `${profileKey(l)}/project/${encodeURIComponent(l.project.id)}`;
}

export function serviceKey(l: ServiceLocation): string {
  return `${projectKey(l)}/service/${l.service.id}`;
}

export function containerKey(l: ContainerLocation): string {
  return `${serviceKey(l)}/container/${encodeURIComponent(l.container.id)}`;
}

export function taskKey(l: TaskLocation): string {
  return `${containerKey(l)}/task/${encodeURIComponent(l.task.id)}`;
}

/** How the log names a task: ids, not localised names, so support can search for them. */
export function taskLogLabel(l: TaskLocation): string {
  return `task ${l.task.id} (${l.task.name}) of ${l.container.id} in ${l.service.id}/${l.project.name}`;
}
