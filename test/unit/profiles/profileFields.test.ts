import * as assert from 'node:assert/strict';
import { changedFields, sameRoute, storedFields } from '../../../src/profiles/profileFields';
import type { ProfileSettings } from '../../../src/profiles/profile';

const base: ProfileSettings = { name: 'p', cloud: 'huaweicloud', region: 'cn-north-4' };

describe('profile fields', () => {
  it("keeps a Huawei Cloud profile's console site, and only a known one", () => {
    assert.deepEqual(storedFields({ ...base, consoleSite: 'international' }), { ...base, consoleSite: 'international' });
    const hostile = { ...base, consoleSite: 'https://evil.example' } as unknown as ProfileSettings;
    assert.deepEqual(storedFields(hostile), base, 'a value from tampered state is dropped');
  });

  it('an edit of the console site is a change, but not of where requests go', () => {
    const edited: ProfileSettings = { ...base, consoleSite: 'china' };
    assert.deepEqual(changedFields(base, edited), { consoleSite: 'china' });
    assert.equal(sameRoute(base, edited), true);
  });
});
