import * as assert from 'node:assert/strict';
import { Dispatcher, EnvHttpProxyAgent } from 'undici';
import { startServer, TestServer } from '../../helpers/httpServer';
import { envHttpProxyAgentClass, request } from '../../../src/net/undiciParts';

// The client loads undici's own files instead of its index (a smaller bundle); these guard that the
// deep paths still exist and are the very implementations the index exports.
describe('undici parts loaded from their own files', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer((_r, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('pong'));
  });
  afterEach(() => server.close());

  it('EnvHttpProxyAgent is the class undici exports', () => {
    assert.equal(envHttpProxyAgentClass(), EnvHttpProxyAgent);
  });

  it('api-request.js is the request method undici puts on every dispatcher', () => {
    // Loading the index (above) adds its API methods to Dispatcher.prototype.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same deep path the client loads
    const deep: unknown = require('undici/lib/api/api-request.js');
    assert.equal(typeof deep, 'function');
    assert.equal(deep, (Dispatcher.prototype as unknown as { request: unknown }).request);
  });

  it('sends a request through an agent built from the deep import', async () => {
    const Env = envHttpProxyAgentClass();
    const agent = new Env({ httpProxy: '', httpsProxy: '', noProxy: '' });
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
