import * as assert from 'node:assert/strict';
import { resolveEndpoint } from '../../../src/net/endpoints';
import { isCloudError } from '../../../src/net/errors';
import { allServices } from '../../../src/services/registry';
import { sampleCodeArtsProject, sampleInstance, scopeWith, stubClient } from '../../helpers/servicesStub';

describe('reliability: regressions found by the matrix', () => {
  it('a delete with a malformed task id rejects its promise instead of throwing', async () => {
    const client = stubClient(() => null);
    for (const s of allServices) {
      const container = s.id === 'codeartsCheck' ? sampleCodeArtsProject : sampleInstance;
      let pending: Promise<unknown> | undefined;
      assert.doesNotThrow(() => (pending = s.deleteTask(scopeWith(client), container, '../other')), s.id);
      await assert.rejects(pending!, (e) => isCloudError(e, 'badInput'), s.id);
    }
    assert.equal(client.requests.length, 0);
  });

  it('a region id longer than a DNS label is refused before any request', () => {
    const config = { cloud: 'huaweicloud' as const };
    assert.equal(resolveEndpoint(config, 'dcs', 'a'.repeat(63)).host, `dcs.${'a'.repeat(63)}.myhuaweicloud.com`);
    assert.throws(() => resolveEndpoint(config, 'dcs', 'a'.repeat(64)), (e) => isCloudError(e, 'badInput'));
  });
});
