/**
 * Every host the extension resolves for a Huawei cloud, held to the official SDKs' region tables:
 * `sdk-regions.json` is the Go SDK's `services/<svc>/<v>/region/region.go` tables at @1cd70eb, verbatim
 * (its `_source` says which file each came from).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceLabel } from '../../../src/net/api';
import { resolveEndpoint } from '../../../src/net/endpoints';
import { allServices } from '../../../src/services/registry';
import { regionsOf } from '../../../src/services/regions';
import type { CloudId } from '../../../src/services/types';
import { repoRoot } from '../../helpers/vectors';

type SdkTable = Record<string, string[]>;
const tables = JSON.parse(readFileSync(join(repoRoot, 'test', 'unit', 'services', 'sdk-regions.json'), 'utf8')) as Record<string, SdkTable>;

/** The SDK package behind each endpoint label (the three DMS engines share the `dms` host). */
const PACKAGES: Readonly<Record<ServiceLabel, readonly string[]>> = {
  dcs: ['dcs'],
  dms: ['kafka', 'rocketmq', 'rabbitmq'],
  'codearts-check': ['codeartscheck'],
  'projectman-ext': ['projectman'],
  iam: ['iam'],
};

const cloudOf = (region: string): CloudId => (region === 'eu-west-101' ? 'huaweicloud-eu' : 'huaweicloud');
const origin = (cloud: CloudId, label: ServiceLabel, region: string): string => resolveEndpoint({ cloud }, label, region).origin;

describe('hosts: the SDKs\' region tables, every region of every service', () => {
  let checked = 0;
  after(() => console.log(`      SDK host table: ${checked} service × region hosts checked`));

  for (const [label, packages] of Object.entries(PACKAGES) as Array<[ServiceLabel, readonly string[]]>) {
    for (const pkg of packages) {
      it(`${pkg} (${label}): the SDK's first endpoint in each of its ${Object.keys(tables[pkg]!).length} regions`, () => {
        for (const [region, endpoints] of Object.entries(tables[pkg]!)) {
          assert.equal(origin(cloudOf(region), label, region), endpoints[0], `${pkg} ${region}`);
          checked++;
        }
      });
    }
  }

  it('sends DCS in Huawei Cloud Europe to .com, as every SDK does, while DMS and IAM stay on .eu', () => {
    assert.equal(origin('huaweicloud-eu', 'dcs', 'eu-west-101'), 'https://dcs.eu-west-101.myhuaweicloud.com');
    assert.equal(origin('huaweicloud-eu', 'dms', 'eu-west-101'), 'https://dms.eu-west-101.myhuaweicloud.eu');
    assert.equal(origin('huaweicloud-eu', 'iam', 'eu-west-101'), 'https://iam.eu-west-101.myhuaweicloud.eu');
  });

  it('sends IAM for a region the SDK IAM table lacks to the global endpoint, as the SDKs\' own project lookup does', () => {
    const iamRegions = new Set(Object.keys(tables['iam']!));
    const missing = regionsOf('huaweicloud').filter((r) => !iamRegions.has(r));
    assert.deepEqual([...missing].sort(), ['af-north-1', 'ap-southeast-5', 'cn-north-11', 'cn-south-4', 'cn-southwest-3', 'ru-northwest-2']);
    for (const region of missing) assert.equal(origin('huaweicloud', 'iam', region), 'https://iam.myhuaweicloud.com', region);
  });

  it('offers a service in exactly the regions its SDK table lists (CodeArts Check also needs ProjectMan)', () => {
    const offered = (id: string, cloud: CloudId) => regionsOf(cloud).filter((r) => allServices.find((s) => s.id === id)!.isOfferedIn(cloud, r));
    const sdk = (pkg: string, cloud: CloudId) => Object.keys(tables[pkg]!).filter((r) => cloudOf(r) === cloud);
    for (const cloud of ['huaweicloud', 'huaweicloud-eu'] as const) {
      assert.deepEqual(offered('dcs', cloud).sort(), sdk('dcs', cloud).sort(), `dcs ${cloud}`);
      for (const engine of ['kafka', 'rocketmq', 'rabbitmq']) assert.deepEqual(offered(engine, cloud).sort(), sdk(engine, cloud).sort(), `${engine} ${cloud}`);
      const projectman = new Set(sdk('projectman', cloud));
      assert.deepEqual(offered('codeartsCheck', cloud).sort(), sdk('codeartscheck', cloud).filter((r) => projectman.has(r)).sort(), `check ${cloud}`);
    }
  });

  it('keeps the cloud pattern where the tables say nothing: Open Telekom Cloud, and regions no SDK lists', () => {
    assert.equal(origin('otc', 'dcs', 'eu-de'), 'https://dcs.eu-de.otc.t-systems.com');
    assert.equal(origin('otc', 'iam', 'eu-nl'), 'https://iam.eu-nl.otc.t-systems.com');
    assert.equal(origin('huaweicloud', 'dms', 'xx-future-1'), 'https://dms.xx-future-1.myhuaweicloud.com');
    assert.equal(origin('huaweicloud-eu', 'dms', 'cn-north-4'), 'https://dms.cn-north-4.myhuaweicloud.eu', 'a region of the other cloud');
  });

  it('lets a per-service override win over the SDK table', () => {
    const config = { cloud: 'huaweicloud-eu' as const, overrides: { dcs: 'https://dcs.{region}.myhuaweicloud.eu' } };
    assert.equal(resolveEndpoint(config, 'dcs', 'eu-west-101').host, 'dcs.eu-west-101.myhuaweicloud.eu');
  });
});
