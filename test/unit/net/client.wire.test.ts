import * as assert from 'node:assert/strict';
import { withTestServer } from '../../helpers/serverFixture';
import type { ApiRequest } from '../../../src/net/api';
import { isCloudError } from '../../../src/net/errors';
import { clientFor, TEST_CREDENTIALS } from '../../helpers/netClient';
import { json, startServer } from '../../helpers/httpServer';
import { recomputeSignature } from '../../helpers/wireSignature';

const ODD_SEGMENTS = ['v2', 'proj 1', 'grp:ü@(1)', "it's*!~._-", 'a/b', '%41', 'tasks'];

describe('client: the request on the wire', () => {
  const fx = withTestServer();

  function assertSignatureVerifies(index = 0, derived?: { region: string; service: string }, credentials = TEST_CREDENTIALS): void {
    const req = fx.server.requests[index]!;
    const check = recomputeSignature(req, credentials, derived);
    assert.equal(check.received, check.expected.authorization, 'signature recomputed from the wire bytes');
    assert.equal(check.expected.canonicalUri, check.wireCanonicalUri);
  }

  it('sends exactly the signed path, query and headers, odd segments included', async () => {
    const { client } = clientFor(fx.server.origin, { userAgent: 'test-agent/1.0' });
    const request: ApiRequest = {
      service: 'dms',
      region: 'cn-north-4',
      method: 'GET',
      path: ODD_SEGMENTS,
      query: { z: 'last', 'a b': ['2', '10', 'x y+z'], empty: '', 'ü&=': 'v/&=?#', limit: 10, flag: true, skipped: undefined },
      projectId: 'p-123',
    };
    await client.send(request);
    await client.close();
    assertSignatureVerifies();
    const req = fx.server.requests[0]!;
    assert.ok(req.url.startsWith('/dms/cn-north-4/v2/proj%201/'), req.url);
    assert.ok(req.url.includes('/a%2Fb/%2541/'), 'a slash and a percent inside a segment stay inside it');
    assert.doesNotMatch(req.url, /skipped/);
    const signed = /SignedHeaders=([^,]+)/.exec(String(req.headers.authorization))![1]!.split(';');
    assert.deepEqual(signed, ['content-type', 'host', 'x-project-id', 'x-sdk-date']);
    assert.equal(req.headers['content-type'], 'application/json');
    assert.equal(req.headers['x-project-id'], 'p-123');
    assert.equal(req.headers.accept, 'application/json');
    assert.equal(req.headers['user-agent'], 'test-agent/1.0');
    assert.equal(req.body.length, 0);
  });

  it('sends and signs the JSON body bytes, domain id and security token', async () => {
    const credentials = { ...TEST_CREDENTIALS, securityToken: 'sts-token-ABC/+=' };
    const { client } = clientFor(fx.server.origin, { credentials: async () => credentials });
    const body = { message: 'naïve 🚀', n: [1, 2] };
    await client.send({ service: 'iam', region: 'eu-de', method: 'POST', path: ['v3', 'projects'], body, domainId: 'd-9' });
    await client.close();
    assertSignatureVerifies(0, undefined, credentials);
    const req = fx.server.requests[0]!;
    assert.equal(req.body.toString('utf8'), JSON.stringify(body));
    assert.equal(req.headers['x-security-token'], 'sts-token-ABC/+=');
    assert.equal(req.headers['x-domain-id'], 'd-9');
    assert.match(String(req.headers.authorization), /SignedHeaders=content-type;host;x-domain-id;x-sdk-date;x-security-token,/);
  });

  it('signs with a derived V11 key scoped to region and service only when the endpoint asks for it', async () => {
    const endpoints = { cloud: 'custom' as const, template: `${fx.server.origin}/{service}/{region}`, derivedSigning: true };
    const { client } = clientFor(fx.server.origin, { endpoints });
    await client.send({ service: 'dcs', region: 'ap-private-1', method: 'GET', path: ['v2', 'p', 'instances'] });
    await client.close();
    assert.match(String(fx.server.requests[0]!.headers.authorization), /^V11-HMAC-SHA256 Credential=HPUAK7EXAMPLE0QWERTY\/\d{8}\/ap-private-1\/dcs,/);
    assertSignatureVerifies(0, { region: 'ap-private-1', service: 'dcs' });
  });

  it('re-signs every attempt with a fresh X-Sdk-Date', async () => {
    let t = Date.parse('2026-03-01T10:00:00Z');
    const { client } = clientFor(fx.server.origin, { clock: () => new Date((t += 1000)) });
    fx.server.handle((_req, res) => json(res, fx.server.requests.length === 1 ? 503 : 200, {}));
    await client.send({ service: 'dms', region: 'r1', method: 'GET', path: ['x'] });
    await client.close();
    assert.equal(fx.server.requests.length, 2);
    assert.notEqual(fx.server.requests[0]!.headers['x-sdk-date'], fx.server.requests[1]!.headers['x-sdk-date']);
    assertSignatureVerifies(0);
    assertSignatureVerifies(1);
  });

  it('returns parsed JSON, lower-case headers and the request id', async () => {
    fx.server.handle((_req, res) => json(res, 200, { tasks: [{ id: 't1' }], task_count: '1' }, { 'X-Request-Id': 'req-42' }));
    const { client } = clientFor(fx.server.origin);
    const res = await client.send({ service: 'dms', region: 'r1', method: 'GET', path: ['tasks'] });
    await client.close();
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { tasks: [{ id: 't1' }], task_count: '1' });
    assert.equal(res.requestId, 'req-42');
    assert.equal(res.headers['x-request-id'], 'req-42');
  });

  it('gives undefined for a 204 and null for a 200 "null" body', async () => {
    const { client } = clientFor(fx.server.origin);
    fx.server.handle((_req, res) => {
      res.writeHead(204).end();
    });
    const empty = await client.send({ service: 'dms', region: 'r1', method: 'DELETE', path: ['t'] });
    fx.server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('null');
    });
    const nul = await client.send({ service: 'codearts-check', region: 'r1', method: 'DELETE', path: ['t'] });
    await client.close();
    assert.deepEqual([empty.status, empty.body], [204, undefined]);
    assert.deepEqual([nul.status, nul.body], [200, null]);
  });

  it('reports a 2xx that is not JSON as badResponse, without retrying', async () => {
    fx.server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
    });
    const { client } = clientFor(fx.server.origin);
    await assert.rejects(client.send({ service: 'dms', region: 'r1', method: 'GET', path: ['x'] }), (e) => isCloudError(e, 'badResponse'));
    await client.close();
    assert.equal(fx.server.requests.length, 1);
  });

  it('does not follow a redirect, so signed headers never reach the other host', async () => {
    const other = await startServer();
    fx.server.handle((_req, res) => {
      res.writeHead(302, { location: `${other.origin}/steal` }).end();
    });
    const { client } = clientFor(fx.server.origin);
    try {
      await assert.rejects(client.send({ service: 'dms', region: 'r1', method: 'GET', path: ['x'] }), (e) => {
        return isCloudError(e, 'badResponse') && e.status === 302 && /redirect/.test(e.message);
      });
    } finally {
      await client.close();
      await other.close();
    }
    assert.equal(other.requests.length, 0);
    assert.equal(fx.server.requests.length, 1);
  });

  it('reuses one keep-alive connection across requests to the same origin', async () => {
    const ports: number[] = [];
    fx.server.handle((_req, res, raw) => {
      ports.push(raw.socket.remotePort ?? -1);
      json(res, 200, {});
    });
    const { client } = clientFor(fx.server.origin);
    for (let i = 0; i < 6; i++) await client.send({ service: 'dms', region: 'r1', method: 'GET', path: ['x'] });
    await client.close();
    // undici may open a second socket while the first is being released; what matters is reuse.
    assert.ok(new Set(ports).size < ports.length, `client ports ${ports.join(',')}`);
  });

  it('refuses a bad region or an unserialisable body as badInput before sending', async () => {
    const { client } = clientFor(fx.server.origin);
    await assert.rejects(client.send({ service: 'dms', region: 'R/1', method: 'GET', path: ['x'] }), (e) => isCloudError(e, 'badInput'));
    await assert.rejects(client.send({ service: 'dms', region: 'r1', method: 'POST', path: ['x'], body: () => 1 }), (e) => isCloudError(e, 'badInput'));
    await client.close();
    assert.equal(fx.server.requests.length, 0);
  });
});
