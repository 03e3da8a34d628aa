/** The Environment profile as the store sees it: variables and settings read each time the store asks. */
import * as vscode from 'vscode';
import type { SecretScrubber } from '../log/scrubber';
import { environmentProfile, type EnvironmentProfileSettings } from './environmentProfile';
import type { EnvironmentSource } from './profileStore';

/** `readSettings` gives the `huaweicloudTasks.environment.*` settings as they are now. */
export function environmentSource(scrubber: SecretScrubber, readSettings: () => EnvironmentProfileSettings): EnvironmentSource {
  return () => {
    const env = environmentProfile(process.env, readSettings(), vscode.l10n.t('Environment'));
    // Registered before anything can log them.
    scrubber.add(env?.credentials.accessKey, env?.credentials.secretKey, env?.credentials.securityToken);
    return env;
  };
}
