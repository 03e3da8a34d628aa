import * as assert from 'node:assert/strict';
import type { ForeignEndpoint } from '../../../src/net/endpointHosts';
import { EndpointApprovals } from '../../../src/profiles/endpointApprovals';
import { MemoryState } from '../../helpers/storageFakes';

const endpoint = (template: string): ForeignEndpoint => ({ template, host: template, services: ['iam'] });
const A = endpoint('http://127.0.0.1:1001/{service}/{region}');
const B = endpoint('http://127.0.0.1:1002/{service}/{region}');

describe('endpoint approvals', () => {
  let approvals: EndpointApprovals;
  beforeEach(() => {
    approvals = new EndpointApprovals(new MemoryState());
  });

  it('holds per profile and exact template: another port, or another profile, is asked about again', async () => {
    await approvals.approve('p1', [A]);
    assert.deepEqual(approvals.unapproved('p1', [A, B]), [B]);
    assert.deepEqual(approvals.unapproved('p2', [A]), [A]);
    await approvals.approve('p1', [B]);
    assert.deepEqual(approvals.unapproved('p1', [A, B]), [], 'approving a new host keeps the earlier one');
  });

  it('forgets a removed profile’s approvals', async () => {
    await approvals.approve('p1', [A]);
    await approvals.forget('p1');
    assert.deepEqual(approvals.unapproved('p1', [A]), [A]);
  });

  it('keeps the latest approvals of a profile, a bounded number', async () => {
    for (let port = 2000; port < 2030; port++) await approvals.approve('p1', [endpoint(`http://127.0.0.1:${port}/{service}`)]);
    assert.deepEqual(approvals.unapproved('p1', [endpoint('http://127.0.0.1:2029/{service}')]), []);
    assert.equal(approvals.unapproved('p1', [endpoint('http://127.0.0.1:2000/{service}')]).length, 1);
  });
});
