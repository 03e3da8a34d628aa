/** The request ids a delete summary copies: failures first, support asks for those. */
import * as assert from 'node:assert/strict';
import type { DeleteOutcome } from '../../../src/deletion/bulkDelete';
import { requestIdsText } from '../../../src/deletion/requestIds';

const outcome = (status: DeleteOutcome<string>['status'], requestId?: string): DeleteOutcome<string> => ({ target: requestId ?? 'none', status, ...(requestId ? { requestId } : {}) });

describe('request ids of a delete summary', () => {
  it('puts the failed and unconfirmed ones first, then the rest, one a line', () => {
    const text = requestIdsText([outcome('deleted', 'r1'), outcome('failed', 'r2'), outcome('alreadyGone', 'r3'), outcome('unconfirmed', 'r4'), outcome('deleted', 'r5')]);
    assert.equal(text, 'r2\nr4\nr1\nr3\nr5');
  });

  it('leaves out outcomes without one (skipped, failed before any request) and repeats none', () => {
    assert.equal(requestIdsText([outcome('skipped'), outcome('failed'), outcome('failed', 'r1'), outcome('deleted', 'r1')]), 'r1');
  });

  it('is empty when no outcome has one, so nothing is offered', () => {
    assert.equal(requestIdsText([outcome('skipped'), outcome('failed')]), '');
  });
});
