import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { isLoopbackHost, resolveEndpoint, validateEndpointTemplate, type EndpointProblemCode } from '../../../src/net/endpoints';
import { isCloudError } from '../../../src/net/errors';
import { startServer, type TestServer } from '../../helpers/httpServer';
import { clientFor } from '../../helpers/netClient';
import { hostileString, params } from '../../helpers/reliabilityInput';
import { tallied, tallyCase } from '../../helpers/reliabilityTally';

const TEMPLATES: ReadonlyArray<[string, EndpointProblemCode | 'ok']> = [
  ['http://example.com/{service}/{region}', 'insecureHttp'],
  ['http://127.0.0.1.nip.io/{service}/{region}', 'insecureHttp'],
  ['http://localhost.example.com/{service}', 'insecureHttp'],
  ['http://[::2]/{service}', 'insecureHttp'],
  ['https://AKEXAMPLE:SKEXAMPLE@{service}.{region}.example.com', 'userinfo'],
  ['https://{service}.{region}.myhuaweicloud.com@example.com', 'userinfo'],
  ['https://example.com#@{service}.{region}.myhuaweicloud.com', 'queryOrFragment'],
  ['https://example.com/?to={service}', 'queryOrFragment'],
  ['ftp://{service}.example.com', 'scheme'],
  ['file:///etc/{service}', 'scheme'],
  ['{service}.{region}.myhuaweicloud.com', 'notUrl'],
  ['https://{service}.{zone}.example.com', 'placeholder'],
  ['   ', 'empty'],
  ['http://[::1]:8443/{service}/{region}', 'ok'],
  ['http://127.1:8443/{service}/{region}', 'ok'],
  ['http://localhost/{service}/{region}', 'ok'],
  ['https://{service}.{region}.myhuaweicloud.eu', 'ok'],
];

describe('reliability: endpoint templates', () => {
  for (const [template, expected] of TEMPLATES) {
    it(`${JSON.stringify(template)} → ${expected}`, () =>
      tallied('bad input', 'endpoint templates', () => {
        assert.equal(validateEndpointTemplate(template)?.code ?? 'ok', expected);
        if (expected !== 'ok') {
          assert.throws(() => resolveEndpoint({ cloud: 'custom', template }, 'dcs', 'cn-north-4'), (e) => isCloudError(e, 'badInput') && !/SKEXAMPLE/.test(e.message));
        }
      }));
  }

  it('any accepted template, however built, sends only over https or to loopback, and never with credentials', () => {
    const base = fc.constantFrom('https://{service}.{region}.example.com', 'http://127.0.0.1:8443/{service}/{region}', 'http://localhost/{service}', 'https://[::1]/{region}');
    const template = fc.tuple(base, fc.nat(), hostileString).map(([b, at, bad]) => b.slice(0, at % (b.length + 1)) + bad + b.slice(at % (b.length + 1)));
    fc.assert(
      fc.property(template, (t) => {
        const tally = tallyCase('bad input', 'endpoint templates');
        let resolved;
        try {
          resolved = resolveEndpoint({ cloud: 'custom', template: t }, 'dcs', 'cn-north-4');
        } catch (e) {
          assert.ok(isCloudError(e, 'badInput'), String(e));
          tally.pass();
          return;
        }
        // Re-parse independently of the code under test.
        const url = new URL(resolved.origin);
        assert.equal(url.username + url.password, '');
        assert.ok(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)), `${t} → ${resolved.origin}`);
        assert.equal(resolved.host, url.host);
        tally.pass();
      }),
      params(2_000),
    );
  });

  describe('redirects', () => {
    let target: TestServer;
    let redirector: TestServer;
    before(async () => {
      target = await startServer();
      redirector = await startServer();
    });
    after(async () => {
      await target.close();
      await redirector.close();
    });

    for (const status of [301, 302, 307, 308]) {
      for (const method of ['GET', 'DELETE'] as const) {
        it(`a ${status} on a ${method} to another host is not followed; that host sees nothing`, () =>
          tallied('bad input', 'redirects', async () => {
            redirector.handle((_req, res) => {
              res.writeHead(status, { location: `${target.origin}/dcs/cn-north-4/v2/x`, 'content-length': '0' });
              res.end();
            });
            const before = redirector.requests.length;
            const { client } = clientFor(redirector.origin, { retry: { maxRetries: 3 } });
            try {
              await assert.rejects(
                client.send({ service: 'dcs', region: 'cn-north-4', method, path: ['v2', 'x'] }),
                (e) => isCloudError(e, 'badResponse') && /redirect/.test(e.message) && e.message.includes(`127.0.0.1:${target.port}`),
              );
            } finally {
              await client.close();
            }
            assert.equal(target.requests.length, 0, 'the redirect target received nothing (no signed headers)');
            assert.equal(redirector.requests.length - before, 1, 'not repeated');
          }));
      }
    }
  });
});
