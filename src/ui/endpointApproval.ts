/**
 * The question asked before a profile's keys first go to a host outside the known clouds, and the gate
 * that asks it for the connections of the tree and commands (once per profile and host; the answer is
 * kept in this machine's approvals).
 */
import * as vscode from 'vscode';
import type { EndpointGate } from '../cloud/sessions';
import type { ForeignEndpoint } from '../net/endpointHosts';
import type { EndpointApprovals } from '../profiles/endpointApprovals';
import { isUserCancelled, type UserInput } from './userInput';

/** A modal naming the hosts and what goes to them; throws `UserCancelledError` unless allowed. */
export function askToAllowEndpoints(ui: UserInput, profileName: string, endpoints: readonly ForeignEndpoint[]): Promise<void> {
  // Approvals are per template, so two templates on one host (overrides by path) name that host once.
  const hosts = [...new Set(endpoints.map((e) => e.host))].join(', ');
  const where = endpoints.map((e) => `${e.services.join(', ')} → ${e.template}`).join('\n');
  return ui.confirm({
    message: vscode.l10n.t('Allow "{0}" to send its access key ID and signed requests to {1}?', profileName, hosts),
    detail: `${vscode.l10n.t(
      '{0} is not a Huawei Cloud or Open Telekom Cloud host. Every request of this profile carries its access key ID (and security token, if any) and is signed with its secret key. Allow only a host you trust; you are asked once.',
      hosts,
    )}\n\n${where}`,
    action: vscode.l10n.t('Allow'),
  });
}

/** Asks through whatever prompts are current (tests replace them), and remembers what was allowed. */
export function endpointGate(approvals: EndpointApprovals, ui: () => UserInput): EndpointGate {
  return async (profile, endpoints) => {
    const unapproved = approvals.unapproved(profile.id, endpoints);
    if (unapproved.length === 0) return [];
    try {
      await askToAllowEndpoints(ui(), profile.name, unapproved);
    } catch (e) {
      if (isUserCancelled(e)) return unapproved;
      throw e;
    }
    await approvals.approve(profile.id, unapproved);
    return [];
  };
}
