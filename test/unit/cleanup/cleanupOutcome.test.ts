import * as assert from 'node:assert/strict';
import { dryRunText, noMatchText, withUnlisted } from '../../../src/cleanup/outcomeText';
import type { UnlistedLevel } from '../../../src/cleanup/unlisted';
import { CloudError } from '../../../src/net/errors';
import { englishLocalizer as l10n } from '../../../src/util/localizer';

describe('clean-up outcome messages', () => {
  const unlisted: UnlistedLevel[] = [
    { name: 'prod', error: new CloudError('auth', 'refused', { status: 401 }) },
    { name: 'prod / cn-north-4 / DCS / redis-1', error: new CloudError('server', 'down', { status: 500 }), partly: { looked: 5, failedPage: 2, what: 'tasks' } },
  ];

  it('name every level not fully listed, whatever the outcome', () => {
    const names = 'Not fully listed, see the log: prod (not listed); prod / cn-north-4 / DCS / redis-1 (partly listed).';
    assert.equal(withUnlisted(noMatchText(l10n), unlisted, l10n), `No task matches the clean-up rule. ${names}`);
    assert.equal(withUnlisted('3 deleted, 1 failed', unlisted, l10n), `3 deleted, 1 failed. ${names}`);
    assert.equal(withUnlisted(noMatchText(l10n), [], l10n), 'No task matches the clean-up rule.');
  });

  it('a dry run counts what matched in partly listed instances apart', () => {
    assert.equal(dryRunText(3, 0, l10n), 'Dry run: 3 tasks would be deleted. Nothing was deleted.');
    assert.equal(dryRunText(1, 2, l10n), 'Dry run: 1 task would be deleted. Nothing was deleted. 2 more tasks match in partly listed instances.');
  });
});
