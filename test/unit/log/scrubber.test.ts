import * as assert from 'node:assert/strict';
import { formatLogArgs, SecretScrubber } from '../../../src/log/scrubber';
import { CloudError } from '../../../src/net/errors';

describe('secret scrubber', () => {
  it('masks every registered key wherever it appears', () => {
    const s = new SecretScrubber();
    s.add('AKVALUE123', 'SKVALUE456789', undefined, 'ab');
    const out = s.scrub('ak=AKVALUE123 sk="SKVALUE456789" again AKVALUE123 ab');
    assert.ok(!out.includes('AKVALUE123') && !out.includes('SKVALUE456789'));
    assert.ok(out.endsWith(' ab'), 'very short values are left alone');
  });

  it('masks credential-bearing header values', () => {
    const out = new SecretScrubber().scrub(
      'Authorization: SDK-HMAC-SHA256 Access=X, Signature=Y\n{"X-Security-Token":"tok","x-auth-token": "t2"}',
    );
    assert.ok(!/Signature=Y|tok"|t2/.test(out), out);
    assert.match(out, /Authorization: \*\*\*/);
  });

  it('formats errors with their request id', () => {
    const line = formatLogArgs('failed:', [new CloudError('server', 'boom', { requestId: 'r-1' })]);
    assert.equal(line, 'failed: CloudError: boom (request id r-1)');
  });
});
