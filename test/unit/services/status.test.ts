import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkTaskStatus } from '../../../src/services/checkStatus';
import { dcsTaskState, dmsTaskState } from '../../../src/services/status';

describe('services/status', () => {
  it('maps every documented DMS status', () => {
    assert.equal(dmsTaskState('CREATED'), 'running');
    assert.equal(dmsTaskState('EXECUTING'), 'running');
    assert.equal(dmsTaskState('SUCCESS'), 'succeeded');
    assert.equal(dmsTaskState('FAILED'), 'failed');
    assert.equal(dmsTaskState('CANCELLED'), 'cancelled');
    assert.equal(dmsTaskState('DELETED'), 'other');
  });

  it('maps DCS statuses, including the progress API spellings, case-insensitively', () => {
    assert.equal(dcsTaskState('SUCCESS'), 'succeeded');
    assert.equal(dcsTaskState('success'), 'succeeded');
    assert.equal(dcsTaskState('EXECUTING'), 'running');
    assert.equal(dcsTaskState('WAITING'), 'running');
    assert.equal(dcsTaskState('FAILED'), 'failed');
    assert.equal(dcsTaskState('FINISH'), 'succeeded');
  });

  it('never calls an unknown status running or finished', () => {
    const known = new Set(['CREATED', 'EXECUTING', 'SUCCESS', 'FAILED', 'CANCELLED', 'DELETED', 'RUNNING', 'WAITING',
      'PROCESSING', 'FINISH', 'FINISHED', 'SUCCEED', 'SUCCEEDED', 'ERROR', 'CANCELED']);
    fc.assert(
      fc.property(fc.string(), (s) => known.has(s.trim().toUpperCase()) || (dcsTaskState(s) === 'other' && dmsTaskState(s) === 'other')),
    );
  });

  it('maps CodeArts Check task_status 0–3; never checked and unknown codes are neither running nor finished', () => {
    assert.deepEqual([0, 1, 2, 3].map((n) => checkTaskStatus(n).state), ['running', 'failed', 'succeeded', 'cancelled']);
    assert.deepEqual(checkTaskStatus(undefined), { status: 'NOT_CHECKED', state: 'other' });
    assert.deepEqual(checkTaskStatus(7), { status: 'STATUS_7', state: 'other' });
  });
});
