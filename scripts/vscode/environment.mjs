// How a code-server is pointed at the emulator through the extension's "Environment" profile: the keys
// go into the process environment exactly as the official SDKs read them, the endpoint and region into the
// user settings (the extension reads huaweicloudTasks.environment.* in src/settings.ts).
export const DEFAULT_REGION = 'cn-north-4';

/** @param {{ endpointTemplate: string, accessKey: string, secretKey: string }} emulator */
export function environmentProfile(emulator, region = DEFAULT_REGION) {
  return {
    env: { HUAWEICLOUD_SDK_AK: emulator.accessKey, HUAWEICLOUD_SDK_SK: emulator.secretKey },
    settings: {
      'huaweicloudTasks.environment.cloud': 'custom',
      'huaweicloudTasks.environment.endpoint': emulator.endpointTemplate,
      'huaweicloudTasks.environment.region': region,
    },
  };
}
