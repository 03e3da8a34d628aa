import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { clientFor } from '../../helpers/netClient';
import { withTestServer } from '../../helpers/serverFixture';
import { json } from '../../helpers/httpServer';

const get: ApiRequest = { service: 'iam', region: 'eu-de', method: 'GET', path: ['v3', 'auth', 'projects'], operation: 'iam.listProjects' };

describe('client: error responses end to end', () => {
  const fx = withTestServer();

  it('flags a 401 caused by our clock being far from the fx.server Date', async () => {
    fx.server.handle((_r, res) => json(res, 401, { error_code: 'APIGW.0301', error_msg: 'verify aksk signature fail' }));
    // node:http stamps its real Date header; our injected clock runs two hours ahead of it.
    const { client } = clientFor(fx.server.origin, { clock: () => new Date(Date.now() + 2 * 3600_000) });
    await assert.rejects(client.send(get), (e) => {
      return isCloudError(e, 'auth') && e.clockSkew === true && /clock is about 120 minutes off/.test(e.message) && e.operation === 'iam.listProjects';
    });
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });

  it('does not claim clock skew for a 401 with a matching clock', async () => {
    fx.server.handle((_r, res) => json(res, 401, { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } }));
    const { client } = clientFor(fx.server.origin);
    await assert.rejects(client.send(get), (e) => {
      return isCloudError(e, 'auth') && e.clockSkew === undefined && e.message === 'Authentication failed (401): The request you have made requires authentication.';
    });
    await client.close();
  });

  it('reports an HTML gateway page by its title once retries are spent', async () => {
    fx.server.handle((_r, res) => {
      res.writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'gw-7' }).end('<html><head><title>502 Bad Gateway</title></head></html>');
    });
    const { client } = clientFor(fx.server.origin, { retry: { maxRetries: 1 } });
    await assert.rejects(client.send(get), (e) => {
      return isCloudError(e, 'server') && e.status === 502 && e.requestId === 'gw-7' && e.message === 'Server error (502): 502 Bad Gateway';
    });
    await client.close();
    assert.equal(fx.server.requests.length, 2);
  });

  it('keeps the service error code and request id of a 404', async () => {
    fx.server.handle((_r, res) => json(res, 404, { error_code: 'DMS.00404022', error_msg: 'This instance does not exist.' }, { 'X-Request-Id': 'abc' }));
    const { client } = clientFor(fx.server.origin);
    await assert.rejects(client.send(get), (e) => isCloudError(e, 'notFound') && e.errorCode === 'DMS.00404022' && e.requestId === 'abc');
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });
});
