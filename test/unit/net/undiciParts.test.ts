import * as assert from 'node:assert/strict';
import { Agent, buildConnector as indexBuildConnector, Dispatcher, Pool } from 'undici';
import { startServer, TestServer } from '../../helpers/httpServer';
import { agentClass, buildConnector, poolClass, request } from '../../../src/net/undiciParts';

// The client loads undici's own files instead of its index (a smaller bundle); these guard that the
// deep paths still exist and are the very implementations the index exports.
describe('undici parts loaded from their own files', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer((_r, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('pong'));
  });
  afterEach(() => server.close());

  it('Agent and Pool are the classes undici exports', () => {
    assert.equal(agentClass(), Agent);
    assert.equal(poolClass(), Pool);
  });

  it('core/connect.js is the buildConnector undici exports', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same deep path the client loads
    assert.equal(require('undici/lib/core/connect.js'), indexBuildConnector);
    assert.equal(typeof buildConnector({}), 'function');
  });

  it('api-request.js and api-connect.js are the methods undici puts on every dispatcher', () => {
    // Loading the index (above) adds its API methods to Dispatcher.prototype.
    const proto = Dispatcher.prototype as unknown as Record<string, unknown>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same deep paths the client loads
    assert.equal(require('undici/lib/api/api-request.js'), proto.request);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same deep paths the client loads
    assert.equal(require('undici/lib/api/api-connect.js'), proto.connect);
  });

  it('sends a request through an agent built from the deep imports', async () => {
    const Deep = agentClass();
    const agent = new Deep({ connect: buildConnector({ timeout: 5000 }) });
    try {
      const res = await request(agent, { origin: server.origin, path: '/ping?x=1', method: 'PUT', body: Buffer.from('{"a":1}') });
      assert.equal(res.statusCode, 200);
      assert.equal(await res.body.text(), 'pong');
      assert.equal(server.requests[0]?.url, '/ping?x=1');
      assert.equal(server.requests[0]?.body.toString(), '{"a":1}');
    } finally {
      await agent.close();
    }
  });
});
