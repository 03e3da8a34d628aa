/**
 * Which projects each profile shows, when the person chose them (Show/Hide Projects…). Kept in this
 * machine's globalState, keyed by profile id: what one wants to see here says nothing about another
 * machine. A profile without a choice shows what the regions setting allows.
 */
import type { StateLike } from './profileStore';
import { readStringLists, type ListsByProfile } from './stringLists';

const CHOICES_KEY = 'huaweicloudTasks.shownProjects';

interface ProjectLike {
  readonly id: string;
  readonly region: string;
}

export class ProjectChoices {
  constructor(private readonly state: StateLike) {}

  /** The ids of the projects the profile shows; undefined: no choice, the setting decides. */
  chosen(profileId: string): ReadonlySet<string> | undefined {
    const ids = this.all()[profileId];
    return ids && new Set(ids);
  }

  /**
   * Remembers the projects to show. A choice of exactly what the setting shows anyway is no choice: the
   * profile follows the setting again (and its later changes), which is how "show all" undoes a choice.
   */
  async choose(profileId: string, projectIds: readonly string[], byDefault: readonly string[]): Promise<void> {
    const ids = [...new Set(projectIds)];
    if (ids.length === byDefault.length && byDefault.every((id) => ids.includes(id))) return this.forget(profileId);
    await this.state.update(CHOICES_KEY, { ...this.all(), [profileId]: ids });
  }

  /** A removed profile's choice goes with it; a new profile never inherits it. */
  async forget(profileId: string): Promise<void> {
    const { [profileId]: _gone, ...rest } = this.all();
    await this.state.update(CHOICES_KEY, rest);
  }

  private all(): ListsByProfile {
    return readStringLists(this.state, CHOICES_KEY);
  }
}

/**
 * The projects a profile shows: its choice when it made one (a project the account gained since is hidden
 * until chosen), otherwise those in the setting's regions (all when the setting is empty). A choice none of
 * whose projects the account has is stale (other keys behind the profile, such as the Environment profile's
 * after the variables changed, or another cloud): it is ignored rather than hiding every project.
 */
export function shownProjects<P extends ProjectLike>(projects: readonly P[], chosen: ReadonlySet<string> | undefined, regions: readonly string[]): P[] {
  const picked = chosen && projects.filter((p) => chosen.has(p.id));
  if (picked && picked.length > 0) return picked;
  return projects.filter((p) => regions.length === 0 || regions.includes(p.region));
}

/** Whether the profile's choice names none of the account's projects, so the setting decides instead. */
export function isStaleChoice(projects: readonly ProjectLike[], chosen: ReadonlySet<string> | undefined): boolean {
  return chosen !== undefined && !projects.some((p) => chosen.has(p.id));
}
