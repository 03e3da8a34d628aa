export const DEFAULT_REGION: string;
export function environmentProfile(
  emulator: { endpointTemplate: string; accessKey: string; secretKey: string },
  region?: string,
): { env: Record<string, string>; settings: Record<string, unknown> };
