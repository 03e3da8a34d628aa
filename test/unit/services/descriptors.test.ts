import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SERVICE_DESCRIPTORS, SERVICE_IDS } from '../../../src/services/descriptors';
import { allServices } from '../../../src/services/registry';

interface ServicesSetting {
  items: { enum: string[] };
  default: string[];
  enumDescriptions?: string[];
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
const setting = manifest.contributes.configuration.properties['huaweicloudTasks.services'] as ServicesSetting;

describe('service descriptors', () => {
  it('each describes the service of its own id', () => {
    for (const [id, d] of Object.entries(SERVICE_DESCRIPTORS)) assert.equal(d.id, id);
  });

  it('the registry lists one service per descriptor, in the descriptors\' order', () => {
    assert.deepEqual(allServices.map((s) => s.id), SERVICE_IDS);
  });

  it('the `services` setting offers exactly the described services, all of them by default', () => {
    assert.deepEqual(setting.items.enum, SERVICE_IDS);
    assert.deepEqual(setting.default, SERVICE_IDS);
  });
});
