import * as assert from 'node:assert/strict';
import { EndpointConfig, isLoopbackHost, resolveEndpoint, validateEndpointTemplate } from '../../../src/net/endpoints';
import { isCloudError } from '../../../src/net/errors';

describe('endpoints', () => {
  describe('resolveEndpoint', () => {
    const cases: Array<[EndpointConfig['cloud'], string]> = [
      ['huaweicloud', 'dms.cn-north-4.myhuaweicloud.com'],
      ['huaweicloud-eu', 'dms.cn-north-4.myhuaweicloud.eu'],
      ['otc', 'dms.cn-north-4.otc.t-systems.com'],
    ];
    for (const [cloud, host] of cases) {
      it(`fills {service} and {region} for ${cloud}`, () => {
        const e = resolveEndpoint({ cloud }, 'dms', 'cn-north-4');
        assert.deepEqual(e, { origin: `https://${host}`, host, basePath: [] });
      });
    }

    it('keeps the custom template path as raw base segments, port in host', () => {
      const e = resolveEndpoint({ cloud: 'custom', template: 'http://127.0.0.1:8443/{service}/{region}/' }, 'dms', 'eu-de');
      assert.deepEqual(e, { origin: 'http://127.0.0.1:8443', host: '127.0.0.1:8443', basePath: ['dms', 'eu-de'] });
    });

    it('decodes percent-escapes of the template path into raw segments', () => {
      const e = resolveEndpoint({ cloud: 'custom', template: 'https://gw.example.com/api%20v1/{service}' }, 'iam', 'x1');
      assert.deepEqual(e.basePath, ['api v1', 'iam']);
    });

    it('uses a per-service override, template or fixed URL, before the cloud template', () => {
      const config: EndpointConfig = {
        cloud: 'huaweicloud-eu',
        overrides: { 'codearts-check': 'https://check.{region}.myhuaweicloud.eu', dcs: 'https://dcs.fixed.example.com' },
      };
      assert.equal(resolveEndpoint(config, 'codearts-check', 'eu-west-101').host, 'check.eu-west-101.myhuaweicloud.eu');
      assert.equal(resolveEndpoint(config, 'dcs', 'eu-west-101').host, 'dcs.fixed.example.com');
      assert.equal(resolveEndpoint(config, 'dms', 'eu-west-101').host, 'dms.eu-west-101.myhuaweicloud.eu');
    });

    for (const region of ['', 'CN-NORTH-4', 'cn_north', '-x', 'a.b', 'a/b', '../x', 'cn north']) {
      it(`refuses region ${JSON.stringify(region)} as badInput`, () => {
        assert.throws(() => resolveEndpoint({ cloud: 'huaweicloud' }, 'dms', region), (e) => isCloudError(e, 'badInput'));
      });
    }

    it('refuses a custom cloud without a template and an unusable override', () => {
      assert.throws(() => resolveEndpoint({ cloud: 'custom' }, 'iam', 'r1'), (e) => isCloudError(e, 'badInput'));
      assert.throws(
        () => resolveEndpoint({ cloud: 'huaweicloud', overrides: { iam: 'http://iam.example.com' } }, 'iam', 'r1'),
        (e) => isCloudError(e, 'badInput'),
      );
    });
  });

  describe('validateEndpointTemplate', () => {
    const ok = [
      'https://{service}.{region}.myhuaweicloud.com',
      'http://127.0.0.1:8443/{service}/{region}',
      'http://127.9.8.7/{service}',
      'http://localhost:1/{service}/{region}',
      'http://[::1]:8443/{service}',
      'https://gw.example.com',
    ];
    for (const t of ok) it(`accepts ${t}`, () => assert.equal(validateEndpointTemplate(t), undefined));

    const bad: Array<[string, string]> = [
      ['', 'empty'],
      ['not a url', 'notUrl'],
      ['ftp://{service}.example.com', 'scheme'],
      ['http://{service}.{region}.myhuaweicloud.com', 'insecureHttp'],
      ['http://10.0.0.1/{service}', 'insecureHttp'],
      ['http://127.0.0.1.evil.com/{service}', 'insecureHttp'],
      ['http://localhost.evil.com/', 'insecureHttp'],
      ['https://ak:sk@{service}.example.com', 'userinfo'],
      ['https://user@{service}.example.com', 'userinfo'],
      ['https://{service}.example.com/?x=1', 'queryOrFragment'],
      ['https://{service}.example.com/#top', 'queryOrFragment'],
      ['https://{service}.example.com/?', 'queryOrFragment'],
      ['https://{svc}.example.com', 'placeholder'],
      ['https://gw.example.com/%E0%A4%A', 'notUrl'],
    ];
    for (const [t, code] of bad) {
      it(`refuses ${JSON.stringify(t)} (${code})`, () => assert.equal(validateEndpointTemplate(t)?.code, code));
    }

    it('never echoes userinfo in its message', () => {
      assert.doesNotMatch(validateEndpointTemplate('https://AKSECRET:SKSECRET@x.example.com')!.message, /SECRET/);
    });
  });

  it('isLoopbackHost knows exactly the loopback names', () => {
    assert.deepEqual(
      ['localhost', '127.0.0.1', '127.255.0.9', '[::1]', '128.0.0.1', 'localhost.com', '::1x', '0.0.0.0'].map(isLoopbackHost),
      [true, true, true, true, false, false, false, false],
    );
  });
});
