/** Builds an API client aimed at a local test server, recording retry delays instead of sleeping. */
import { ApiClientOptions, ClosableApiClient, createApiClient } from '../../src/net/client';
import type { Credentials } from '../../src/net/signer';
import type { LogLine } from './memoryLogger';
import { createMemoryLogger } from './memoryLogger';

/** Keys with characters that change under base64 and URL encoding, so every echoed form is distinct. */
export const TEST_CREDENTIALS: Credentials = {
  accessKey: 'HPUAK7EXAMPLE0QWERTY',
  secretKey: 'sK+/9=Example Secret/ü~0123456789abcdefXYZ',
};

export interface ClientUnderTest {
  readonly client: ClosableApiClient;
  /** Every wait the client asked for between attempts, in order. */
  readonly delays: number[];
  readonly lines: LogLine[];
}

export function clientFor(origin: string, options: Partial<ApiClientOptions> = {}): ClientUnderTest {
  const delays: number[] = [];
  const { logger, lines } = createMemoryLogger();
  const client = createApiClient({
    credentials: TEST_CREDENTIALS,
    endpoints: { cloud: 'custom', template: `${origin}/{service}/{region}` },
    logger,
    retry: { baseDelayMs: 10, maxDelayMs: 40 },
    sleep: async (ms) => {
      delays.push(ms);
    },
    proxy: { env: {} },
    ...options,
  });
  return { client, delays, lines };
}
