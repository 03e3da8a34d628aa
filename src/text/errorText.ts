/**
 * One short, localised reason per failure kind (for error rows and messages) and a longer detail line
 * (for tooltips and the log). Keys never appear: the texts come from error kinds and server codes only.
 */
import { EndpointNotApprovedError, MissingCredentialsError, ProfileChangedError } from '../cloud/sessionErrors';
import { isCloudError } from '../net/errors';
import { isPagingIgnored } from '../services/pagingIgnored';
import type { Localizer } from '../util/localizer';
import { networkReason } from './networkText';

/**
 * The reason with the HTTP status and the service's code appended, e.g. "The service reported an error
 * (HTTP 500, DCS.5000)": an error row must say what failed without a hover.
 */
export function errorReason(error: unknown, l10n: Localizer): string {
  const reason = baseReason(error, l10n);
  if (!isCloudError(error) || error.status === undefined || error.status < 400 || error.kind === 'auth') return reason;
  return `${reason} (HTTP ${error.status}${error.errorCode ? `, ${error.errorCode}` : ''})`;
}

function baseReason(error: unknown, l10n: Localizer): string {
  if (error instanceof MissingCredentialsError) return l10n.t('No keys stored for this profile');
  if (error instanceof ProfileChangedError) return l10n.t('The profile changed while this ran; refresh');
  if (error instanceof EndpointNotApprovedError) return l10n.t('Endpoint not approved: {0}', error.hosts.join(', '));
  if (!isCloudError(error)) return l10n.t('Unexpected error');
  if (error.network) return networkReason(error.network, l10n);
  switch (error.kind) {
    case 'auth':
      return error.clockSkew
        ? l10n.t("Authentication failed: this computer's clock is more than 15 minutes off")
        : l10n.t('Authentication failed: check the Access Key ID and Secret Access Key');
    case 'forbidden':
      return l10n.t('Permission denied');
    case 'notFound':
      return l10n.t('Not found');
    case 'throttled':
      return l10n.t('Too many requests: try again later');
    case 'server':
      return l10n.t('The service reported an error');
    case 'network':
      return l10n.t('Cannot reach the endpoint');
    case 'timeout':
      return l10n.t('The request timed out');
    case 'badResponse':
      return isPagingIgnored(error) ? l10n.t('The service ignored paging: the list is incomplete') : l10n.t('Unexpected response from the service');
    case 'badInput':
      return l10n.t('Invalid request');
    case 'cancelled':
      return l10n.t('Cancelled');
  }
}

/** Why a delete answered 2xx is still not known to have happened (see `services/deletion.ts`). */
export function unconfirmedReason(l10n: Localizer): string {
  return l10n.t("A web page answered instead of the service (a proxy or captive portal?): check in the console whether the task is gone");
}

/** Status, server code, operation and request id: what support needs, nothing secret. */
export function errorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  if (isCloudError(error)) {
    if (error.operation) parts.push(error.operation);
    if (error.status !== undefined) parts.push(`HTTP ${error.status}`);
    if (error.errorCode) parts.push(error.errorCode);
    if (error.requestId) parts.push(`request id ${error.requestId}`);
  }
  return parts.join(' · ');
}
