/** The Environment profile as the store sees it: variables and settings read each time the store asks. */
import * as vscode from 'vscode';
import type { SecretScrubber } from '../log/scrubber';
import { readSettings } from '../settings';
import { environmentProfile } from './environmentProfile';
import type { EnvironmentSource } from './profileStore';

export function environmentSource(scrubber: SecretScrubber): EnvironmentSource {
  return () => {
    const env = environmentProfile(process.env, readSettings().environment, vscode.l10n.t('Environment'));
    // Registered before anything can log them.
    scrubber.add(env?.credentials.accessKey, env?.credentials.secretKey, env?.credentials.securityToken);
    return env;
  };
}
