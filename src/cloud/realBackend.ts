/** The backend over the real HTTP client, IAM and the service registry. */
import { createApiClient } from '../net/client';
import type { Logger } from '../log/logger';
import type { Credentials } from '../net/signer';
import type { Profile } from '../profiles/profile';
import { checkCredentials, loadAccount, type RegionLocale } from '../services/iam';
import { allServices } from '../services/registry';
import type { Settings } from '../model/settings';
import type { CloudBackend, ConnectOptions, ProfileConnection } from './backend';
import { profileEndpoints } from './profileEndpoints';

export class RealBackend implements CloudBackend {
  readonly services = allServices;

  constructor(private readonly locale: RegionLocale) {}

  /** Region names in Chinese for a Chinese display language (any variant), in English otherwise. */
  static forDisplayLanguage(language: string): RealBackend {
    return new RealBackend(language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en-us');
  }

  connect(profile: Profile, credentials: Credentials, settings: Settings, logger: Logger, options: ConnectOptions = {}): ProfileConnection {
    const client = createApiClient({
      credentials,
      endpoints: profileEndpoints(profile, settings.endpointOverrides),
      timeouts: { headersMs: settings.requestTimeoutMs, bodyMs: settings.requestTimeoutMs },
      proxy: settings.http,
      logger,
      ...(options.beforeAttempt ? { beforeAttempt: options.beforeAttempt } : {}),
    });
    return {
      client,
      loadAccount: async (signal) => {
        const account = await loadAccount(client, profile.region, this.locale, signal);
        return { projects: account.projects, regionNames: account.regionNames.names };
      },
      checkCredentials: (signal) => checkCredentials(client, profile.region, signal),
      close: () => client.close(),
    };
  }
}
