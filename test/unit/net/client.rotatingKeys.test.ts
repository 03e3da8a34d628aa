import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { CloudError } from '../../../src/net/errors';
import type { Credentials } from '../../../src/net/signer';
import { clientFor } from '../../helpers/netClient';
import { json, startServer, TestServer } from '../../helpers/httpServer';

// The client keeps the redactor of the last keys it used; keys that rotate between requests must
// still be masked, each in its own request's log lines and errors.
const KEYS: Credentials[] = [
  { accessKey: 'FIRSTAK0000000000001', secretKey: 'first+secret/key=1 ü' },
  { accessKey: 'SECONDAK000000000002', secretKey: 'second+secret/key=2 é', securityToken: 'second/token+value=' },
  { accessKey: 'FIRSTAK0000000000001', secretKey: 'first+secret/key=1 ü' },
];
const request: ApiRequest = { service: 'dms', region: 'cn-north-4', method: 'GET', path: ['v2', 'p', 'instances'] };

describe('client: redaction with keys that rotate between requests', () => {
  let server: TestServer;
  beforeEach(async () => {
    // Echoes every key of the request's own credentials back in the error message.
    server = await startServer((_req, res) => {
      const keys = KEYS[server.requests.length - 1]!;
      json(res, 400, { error_code: 'X.400', error_msg: `echo ${keys.accessKey} ${keys.secretKey} ${keys.securityToken ?? ''}` });
    });
  });
  afterEach(() => server.close());

  it('masks each request’s own keys in its error and log lines', async () => {
    let call = 0;
    const { client, lines } = clientFor(server.origin, { credentials: async () => KEYS[call++]!, retry: { maxRetries: 0 } });
    try {
      for (const keys of KEYS) {
        const before = lines.length;
        const error = await client.send(request).then(
          () => assert.fail('expected a 400'),
          (e: unknown) => e,
        );
        assert.ok(error instanceof CloudError);
        assert.ok(error.message.includes('echo'), error.message);
        const text = [error.message, ...lines.slice(before).map((l) => l.text)].join('\n');
        for (const secret of [keys.accessKey, keys.secretKey, keys.securityToken]) {
          if (secret !== undefined) assert.ok(!text.includes(secret), `request with ${keys.accessKey.slice(0, 6)} leaked a key`);
        }
      }
    } finally {
      await client.close();
    }
    assert.equal(server.requests.length, 3);
  });
});
