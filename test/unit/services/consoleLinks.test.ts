/** The console page for every cloud × service, and that nothing but the cloud, region and ids reaches it. */
import * as assert from 'node:assert/strict';
import { consoleHost, consoleUrl, type ConsoleTarget } from '../../../src/services/consoleLinks';
import type { CloudId, ServiceId } from '../../../src/services/types';

const INSTANCE = 'a1b2c3d4-0000-4000-8000-000000000001';
const TASK = 'ff8080818c5a4c8b018c5b9a2f2e0042';

function url(cloud: CloudId, region: string, service: ServiceId, taskId?: string): string | undefined {
  return consoleUrl({ cloud, region, service, containerId: INSTANCE, ...(taskId ? { taskId } : {}) });
}

describe('console links', () => {
  it("for Huawei Cloud, takes the account's site when known: either site has regions in and out of the mainland", () => {
    assert.equal(consoleHost('huaweicloud', 'ap-southeast-1', 'china'), 'console.huaweicloud.com');
    assert.equal(consoleHost('huaweicloud', 'cn-north-4', 'international'), 'console-intl.huaweicloud.com');
    assert.equal(consoleHost('otc', 'eu-de', 'china'), 'console.otc.t-systems.com', 'other clouds have one console');
    assert.equal(
      consoleUrl({ cloud: 'huaweicloud', site: 'china', region: 'ap-southeast-1', service: 'dcs', containerId: 'i-1' }),
      'https://console.huaweicloud.com/dcs/?region=ap-southeast-1',
    );
  });

  it('picks the console by cloud, and for Huawei Cloud by region: cn-* China, others international', () => {
    assert.equal(consoleHost('huaweicloud', 'cn-north-4'), 'console.huaweicloud.com');
    assert.equal(consoleHost('huaweicloud', 'cn-east-3'), 'console.huaweicloud.com');
    assert.equal(consoleHost('huaweicloud', 'ap-southeast-1'), 'console-intl.huaweicloud.com');
    assert.equal(consoleHost('huaweicloud', 'af-south-1'), 'console-intl.huaweicloud.com');
    assert.equal(consoleHost('huaweicloud', 'la-north-2'), 'console-intl.huaweicloud.com');
    assert.equal(consoleHost('huaweicloud-eu', 'eu-west-101'), 'console.eu.huaweicloud.com');
    assert.equal(consoleHost('otc', 'eu-de'), 'console.otc.t-systems.com');
    assert.equal(consoleHost('custom', 'cn-north-4'), undefined);
  });

  const expected: ReadonlyArray<readonly [CloudId, string, ServiceId, string | undefined]> = [
    ['huaweicloud', 'cn-north-4', 'dcs', 'https://console.huaweicloud.com/dcs/?region=cn-north-4'],
    ['huaweicloud', 'cn-north-4', 'kafka', 'https://console.huaweicloud.com/dms/?region=cn-north-4&engine=kafka#/queue/manager/newKafkaList'],
    ['huaweicloud', 'cn-north-4', 'rocketmq', 'https://console.huaweicloud.com/dms/?region=cn-north-4&engine=rocketmq'],
    ['huaweicloud', 'cn-north-4', 'rabbitmq', 'https://console.huaweicloud.com/dms/?region=cn-north-4&engine=rabbitmq'],
    ['huaweicloud', 'cn-north-4', 'codeartsCheck', `https://devcloud.cn-north-4.huaweicloud.com/codecheck/project/${INSTANCE}/codecheck/home`],
    ['huaweicloud', 'ap-southeast-3', 'dcs', 'https://console-intl.huaweicloud.com/dcs/?region=ap-southeast-3'],
    ['huaweicloud', 'ap-southeast-3', 'kafka', 'https://console-intl.huaweicloud.com/dms/?region=ap-southeast-3&engine=kafka#/queue/manager/newKafkaList'],
    ['huaweicloud', 'ap-southeast-3', 'rocketmq', 'https://console-intl.huaweicloud.com/dms/?region=ap-southeast-3&engine=rocketmq'],
    ['huaweicloud', 'ap-southeast-3', 'rabbitmq', 'https://console-intl.huaweicloud.com/dms/?region=ap-southeast-3&engine=rabbitmq'],
    ['huaweicloud', 'ap-southeast-3', 'codeartsCheck', `https://devcloud.ap-southeast-3.huaweicloud.com/codecheck/project/${INSTANCE}/codecheck/home`],
    ['huaweicloud-eu', 'eu-west-101', 'dcs', 'https://console.eu.huaweicloud.com/dcs/?region=eu-west-101'],
    ['huaweicloud-eu', 'eu-west-101', 'kafka', 'https://console.eu.huaweicloud.com/dms/?region=eu-west-101&engine=kafka#/queue/manager/newKafkaList'],
    ['huaweicloud-eu', 'eu-west-101', 'rocketmq', 'https://console.eu.huaweicloud.com/dms/?region=eu-west-101&engine=rocketmq'],
    ['huaweicloud-eu', 'eu-west-101', 'rabbitmq', 'https://console.eu.huaweicloud.com/dms/?region=eu-west-101&engine=rabbitmq'],
    ['huaweicloud-eu', 'eu-west-101', 'codeartsCheck', undefined],
    ['otc', 'eu-de', 'dcs', 'https://console.otc.t-systems.com/dcs/?region=eu-de'],
    ['otc', 'eu-de', 'kafka', 'https://console.otc.t-systems.com/dms/?region=eu-de&engine=kafka#/queue/manager/newKafkaList'],
    ['otc', 'eu-nl', 'rocketmq', 'https://console.otc.t-systems.com/dms/?region=eu-nl&engine=rocketmq'],
    ['otc', 'eu-nl', 'rabbitmq', 'https://console.otc.t-systems.com/dms/?region=eu-nl&engine=rabbitmq'],
    ['otc', 'eu-de', 'codeartsCheck', undefined],
    ['custom', 'cn-north-4', 'dcs', undefined],
    ['custom', 'cn-north-4', 'kafka', undefined],
    ['custom', 'cn-north-4', 'rocketmq', undefined],
    ['custom', 'cn-north-4', 'rabbitmq', undefined],
    ['custom', 'cn-north-4', 'codeartsCheck', undefined],
  ];
  for (const [cloud, region, service, link] of expected) {
    it(`links ${service} on ${cloud} (${region}) to ${link ?? 'nothing'}`, () => {
      assert.equal(url(cloud, region, service), link);
    });
  }

  it('links a CodeArts Check task to its own page; DCS and DMS tasks to their instance list', () => {
    assert.equal(url('huaweicloud', 'cn-north-4', 'codeartsCheck', TASK), `https://devcloud.cn-north-4.huaweicloud.com/codecheck/project/${INSTANCE}/codecheck/task/${TASK}`);
    for (const service of ['dcs', 'kafka', 'rocketmq', 'rabbitmq'] as const) assert.equal(url('huaweicloud', 'cn-north-4', service, TASK), url('huaweicloud', 'cn-north-4', service));
  });

  it('encodes ids and regions, so a hostile id cannot change the host or the route', () => {
    const link = consoleUrl({ cloud: 'huaweicloud', region: 'cn-north-4', service: 'codeartsCheck', containerId: '../x?y#z', taskId: 'a/b' })!;
    assert.equal(new URL(link).host, 'devcloud.cn-north-4.huaweicloud.com');
    assert.ok(link.endsWith('/codecheck/project/..%2Fx%3Fy%23z/codecheck/task/a%2Fb'), link);
    const region = consoleUrl({ cloud: 'otc', region: 'eu-de&engine=x', service: 'dcs', containerId: INSTANCE })!;
    assert.equal(new URL(region).searchParams.get('region'), 'eu-de&engine=x');
  });

  it('never puts keys in a URL, even when the target it is given carries them', () => {
    const keys = { accessKey: 'HPUAEXAMPLEACCESSKEY1', secretKey: 'wJalrXUtnFEMIexampleSECRETkey0123456789', securityToken: 'tokenEXAMPLE0123456789' };
    for (const [cloud, region, service] of expected) {
      for (const taskId of [undefined, TASK]) {
        const target = { cloud, region, service, containerId: INSTANCE, ...(taskId ? { taskId } : {}), ...keys } as ConsoleTarget;
        const link = consoleUrl(target) ?? '';
        for (const secret of Object.values(keys)) assert.ok(!link.includes(secret), `${link} holds a key`);
      }
    }
  });
});
