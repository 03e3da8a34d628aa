/**
 * The hosts outside the known clouds that the person allowed each profile's keys to go to, by exact
 * template: a changed template or a new override asks again. Kept in this machine's globalState and never
 * synced, since an approval given here says nothing about another machine (or what its loopback is).
 */
import type { ForeignEndpoint } from '../net/endpointHosts';
import type { StateLike } from './profileStore';
import { readStringLists, type ListsByProfile } from './stringLists';

const APPROVALS_KEY = 'huaweicloudTasks.endpointApprovals';
/** Enough for a profile's template and overrides over a few edits; the oldest go beyond it. */
const MAX_PER_PROFILE = 20;

export class EndpointApprovals {
  constructor(private readonly state: StateLike) {}

  /** The endpoints the profile has not been allowed to use yet. */
  unapproved(profileId: string, endpoints: readonly ForeignEndpoint[]): ForeignEndpoint[] {
    const approved = this.all()[profileId] ?? [];
    return endpoints.filter((e) => !approved.includes(e.template));
  }

  async approve(profileId: string, endpoints: readonly ForeignEndpoint[]): Promise<void> {
    if (endpoints.length === 0) return;
    const all = this.all();
    const added = endpoints.map((e) => e.template);
    const kept = (all[profileId] ?? []).filter((t) => !added.includes(t));
    await this.state.update(APPROVALS_KEY, { ...all, [profileId]: [...kept, ...added].slice(-MAX_PER_PROFILE) });
  }

  /** A removed profile's approvals go with it; a new profile never inherits them. */
  async forget(profileId: string): Promise<void> {
    const { [profileId]: _gone, ...rest } = this.all();
    await this.state.update(APPROVALS_KEY, rest);
  }

  private all(): ListsByProfile {
    return readStringLists(this.state, APPROVALS_KEY);
  }
}
