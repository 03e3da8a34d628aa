import * as assert from 'node:assert/strict';
import { resolveEndpoint } from '../../../src/net/endpoints';
import { isCloudError } from '../../../src/net/errors';
import type { DeleteVerdict } from '../../../src/services/deletion';
import { allServices } from '../../../src/services/registry';
import { sampleCodeArtsProject, sampleInstance, scopeWith, stubClient } from '../../helpers/servicesStub';

describe('reliability: regressions found by the matrix', () => {
  it('a delete with a malformed task id resolves to a failed verdict (badInput) instead of throwing', async () => {
    const client = stubClient(() => null);
    for (const s of allServices) {
      const container = s.id === 'codeartsCheck' ? sampleCodeArtsProject : sampleInstance;
      let pending: Promise<DeleteVerdict> | undefined;
      assert.doesNotThrow(() => (pending = s.deleteTask(scopeWith(client), container, '../other')), s.id);
      const verdict = await pending!;
      assert.equal(verdict.outcome, 'failed', s.id);
      assert.ok(isCloudError(verdict.error, 'badInput'), s.id);
    }
    assert.equal(client.requests.length, 0);
  });

  it('a region id longer than a DNS label is refused before any request', () => {
    const config = { cloud: 'huaweicloud' as const };
    assert.equal(resolveEndpoint(config, 'dcs', 'a'.repeat(63)).host, `dcs.${'a'.repeat(63)}.myhuaweicloud.com`);
    assert.throws(() => resolveEndpoint(config, 'dcs', 'a'.repeat(64)), (e) => isCloudError(e, 'badInput'));
  });
});
