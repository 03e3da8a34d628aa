import * as assert from 'node:assert/strict';
import { filteredCountText } from '../../../src/text/countText';
import { englishLocalizer as l10n } from '../../../src/util/localizer';

describe('text/countText', () => {
  it('counts against the whole list once every page is loaded', () => {
    assert.equal(filteredCountText({ shown: 2, loaded: 6, total: 6, complete: true }, l10n), '2 of 6 tasks');
    assert.equal(filteredCountText({ shown: 2, loaded: 6, total: undefined, complete: true }, l10n), '2 of 6 tasks');
  });

  it('says only the loaded tasks were looked at while pages remain', () => {
    // Not "0 of 120 tasks": the 70 matches on page 2 have not been seen.
    assert.equal(filteredCountText({ shown: 0, loaded: 50, total: 120, complete: false }, l10n), '0 of 50 loaded tasks (120 in all)');
    assert.equal(filteredCountText({ shown: 2, loaded: 50, total: undefined, complete: false }, l10n), '2 of 50 loaded tasks (more to load)');
  });
});
