import * as assert from 'node:assert/strict';
import { allServices } from '../../../src/services/registry';
import { fallbackRegionName, regionsOf } from '../../../src/services/regions';
import type { CloudId } from '../../../src/services/types';

/** The services a project of `region` on `cloud` shows, as the tree picks them. */
const ids = (cloud: CloudId, region: string): string[] => allServices.filter((s) => s.isOfferedIn(cloud, region)).map((s) => s.id);

describe('services/registry', () => {
  it('lists each service once, with the endpoint label its calls use', () => {
    assert.deepEqual(allServices.map((s) => s.id), ['dcs', 'kafka', 'rocketmq', 'rabbitmq', 'codeartsCheck']);
    assert.deepEqual(allServices.map((s) => s.endpointService), ['dcs', 'dms', 'dms', 'dms', 'codearts-check']);
  });

  it('offers only DCS and Kafka on Open Telekom Cloud', () => {
    for (const region of ['eu-de', 'eu-nl']) assert.deepEqual(ids('otc', region), ['dcs', 'kafka']);
    assert.deepEqual(ids('otc', 'cn-north-4'), []);
  });

  it('offers CodeArts Check only in its listed regions', () => {
    assert.ok(ids('huaweicloud', 'cn-north-4').includes('codeartsCheck'));
    assert.ok(ids('huaweicloud', 'ap-southeast-3').includes('codeartsCheck'));
    assert.ok(!ids('huaweicloud', 'af-south-1').includes('codeartsCheck'));
    assert.ok(!ids('huaweicloud-eu', 'eu-west-101').includes('codeartsCheck'));
  });

  it('follows the DCS/DMS region table', () => {
    assert.deepEqual(ids('huaweicloud', 'af-north-1'), ['kafka', 'rocketmq', 'rabbitmq'], 'DMS only');
    assert.deepEqual(ids('huaweicloud', 'cn-north-4'), ['dcs', 'kafka', 'rocketmq', 'rabbitmq', 'codeartsCheck']);
    assert.deepEqual(ids('huaweicloud-eu', 'eu-west-101'), ['dcs', 'kafka', 'rocketmq', 'rabbitmq']);
    assert.deepEqual(ids('huaweicloud', 'eu-west-101'), [], 'Europe is its own cloud');
  });

  it('offers everything on a custom endpoint, in any region', () => {
    assert.equal(ids('custom', 'my-private-1').length, allServices.length);
  });

  it('names regions from the built-in table, and unknown ones by id', () => {
    assert.equal(fallbackRegionName('eu-de'), 'Germany (Frankfurt)');
    assert.equal(fallbackRegionName('cn-north-4'), 'CN North-Beijing4');
    assert.equal(fallbackRegionName('MOS'), 'MOS');
    assert.deepEqual(regionsOf('otc'), ['eu-de', 'eu-nl']);
  });
});
