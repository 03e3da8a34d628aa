/** Where a profile's requests go: its cloud or template, with its own overrides over the ones in settings. */
import type { EndpointConfig } from '../net/endpoints';
import type { ProfileSettings } from '../profiles/profile';
import type { Settings } from '../model/settings';

export function profileEndpoints(profile: ProfileSettings, settingsOverrides: Settings['endpointOverrides']): EndpointConfig {
  return {
    cloud: profile.cloud,
    ...(profile.endpointTemplate ? { template: profile.endpointTemplate } : {}),
    overrides: { ...settingsOverrides, ...profile.endpointOverrides },
  };
}
