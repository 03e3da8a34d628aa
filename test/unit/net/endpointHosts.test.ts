import * as assert from 'node:assert/strict';
import { foreignEndpoints, isKnownCloudTemplate } from '../../../src/net/endpointHosts';
import type { EndpointConfig } from '../../../src/net/endpoints';

const EMULATOR = 'http://127.0.0.1:8443/{service}/{region}';
const hosts = (config: EndpointConfig) => foreignEndpoints(config).map((e) => e.host);

describe('endpoints outside the known clouds', () => {
  for (const cloud of ['huaweicloud', 'huaweicloud-eu', 'otc'] as const) {
    it(`finds none for ${cloud} without overrides`, () => {
      assert.deepEqual(foreignEndpoints({ cloud }), []);
    });
  }

  it('names a custom template once, with every service it serves; loopback is not exempt', () => {
    assert.deepEqual(foreignEndpoints({ cloud: 'custom', template: EMULATOR }), [
      { template: EMULATOR, host: '127.0.0.1:8443', services: ['iam', 'dcs', 'dms', 'codearts-check', 'projectman-ext'] },
    ]);
    assert.deepEqual(hosts({ cloud: 'custom', template: 'http://localhost:9/{service}' }), ['localhost:9']);
  });

  it('accepts the clouds’ hosts that deviate from the pattern (global IAM, the EU CodeArts Check host)', () => {
    const config: EndpointConfig = {
      cloud: 'huaweicloud-eu',
      overrides: { iam: 'https://iam.myhuaweicloud.eu', 'codearts-check': 'https://check.{region}.myhuaweicloud.eu/', dcs: 'https://dcs.{region}.myhuaweicloud.com' },
    };
    assert.deepEqual(foreignEndpoints(config), []);
    assert.deepEqual(foreignEndpoints({ cloud: 'custom', template: 'https://{service}.{region}.otc.t-systems.com' }), []);
  });

  it('names an override to another host, and only that one', () => {
    const config: EndpointConfig = { cloud: 'huaweicloud', overrides: { dms: 'https://gw.example.com/{service}/{region}' } };
    assert.deepEqual(foreignEndpoints(config), [{ template: 'https://gw.example.com/{service}/{region}', host: 'gw.example.com', services: ['dms'] }]);
  });

  const lookalikes = [
    'https://dcs.cn-north-4.myhuaweicloud.com.collector.example/{service}',
    'https://{service}.{region}.myhuaweicloud.com.collector.example',
    'https://collector.example/dcs.cn-north-4.myhuaweicloud.com',
    'https://collectormyhuaweicloud.com/{service}',
    'https://dcs.cn-north-4.myhuaweicloud.com:8443',
    'https://myhuaweicloud.com/{service}',
    'https://dcs%2ecollector.myhuaweicloud.com',
    'http://127.0.0.1/dcs.cn-north-4.myhuaweicloud.com',
  ];
  for (const template of lookalikes) {
    it(`is not fooled by ${template}`, () => {
      assert.equal(isKnownCloudTemplate(template), false);
      assert.equal(foreignEndpoints({ cloud: 'huaweicloud', overrides: { iam: template } }).length, 1);
    });
  }

  it('asks nothing about a template that is refused anyway (no request can be built from it)', () => {
    assert.deepEqual(foreignEndpoints({ cloud: 'custom' }), []);
    assert.deepEqual(foreignEndpoints({ cloud: 'custom', template: 'https://user:pw@collector.example/{service}' }), []);
  });

  it('gives a stable order, one entry per template', () => {
    const config: EndpointConfig = { cloud: 'custom', template: 'https://b.example/{service}', overrides: { dcs: 'https://a.example/{service}', dms: 'https://a.example/{service}' } };
    assert.deepEqual(
      foreignEndpoints(config).map((e) => [e.host, e.services]),
      [
        ['a.example', ['dcs', 'dms']],
        ['b.example', ['iam', 'codearts-check', 'projectman-ext']],
      ],
    );
  });
});
