/**
 * The Environment profile: keys from the variables the official SDKs read, cloud/endpoint/region from
 * settings. Absent when the AK or SK variable is missing.
 */
import type { Credentials } from '../net/signer';
import type { CloudId } from '../services/types';
import { DEFAULT_REGIONS } from './clouds';
import { ENVIRONMENT_PROFILE_ID, type Profile } from './profile';

export interface EnvironmentProfileSettings {
  readonly cloud: CloudId;
  readonly endpoint: string;
  readonly region: string;
}

export function environmentProfile(
  env: NodeJS.ProcessEnv,
  settings: EnvironmentProfileSettings,
  name: string,
): { profile: Profile; credentials: Credentials } | undefined {
  const accessKey = env.HUAWEICLOUD_SDK_AK?.trim();
  const secretKey = env.HUAWEICLOUD_SDK_SK?.trim();
  if (!accessKey || !secretKey) return undefined;
  const securityToken = env.HUAWEICLOUD_SDK_SECURITY_TOKEN?.trim();
  // An endpoint set in settings implies a custom cloud, whatever the cloud setting says.
  const cloud: CloudId = settings.endpoint ? 'custom' : settings.cloud === 'custom' ? 'huaweicloud' : settings.cloud;
  return {
    profile: {
      id: ENVIRONMENT_PROFILE_ID,
      source: 'environment',
      name,
      cloud,
      region: settings.region || DEFAULT_REGIONS[cloud],
      ...(cloud === 'custom' ? { endpointTemplate: settings.endpoint } : {}),
    },
    credentials: { accessKey, secretKey, ...(securityToken ? { securityToken } : {}) },
  };
}
