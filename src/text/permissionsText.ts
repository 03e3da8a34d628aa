/** The read-only document *Show Required Permissions* opens: the IAM actions each service needs, as Markdown. */
import { REQUIRED_ACTIONS } from '../services/iamActions';
import type { ServiceId } from '../services/types';
import type { Localizer } from '../util/localizer';

export function permissionsText(serviceName: (id: ServiceId) => string, l10n: Localizer): string {
  const lines = [
    `# ${l10n.t('IAM actions Huawei Cloud Tasks needs')}`,
    '',
    l10n.t('Grant these actions to the IAM user whose keys the profile holds, in the projects (regions) to show. A 403 means one is missing.'),
    l10n.t('Listing projects needs no action beyond a valid key; listing CodeArts projects needs membership of them.'),
    '',
  ];
  for (const [id, actions] of Object.entries(REQUIRED_ACTIONS) as Array<[ServiceId, (typeof REQUIRED_ACTIONS)[ServiceId]]>) {
    lines.push(`## ${serviceName(id)}`, '');
    for (const a of actions) lines.push(`- \`${a.action}\`${a.forDelete ? ` (${l10n.t('only to delete tasks')})` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}
