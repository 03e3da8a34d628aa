/** What Copy ID copies from each level, and from a selection. */
import * as assert from 'node:assert/strict';
import type { ContainerLocation, ProjectLocation, ServiceLocation, TaskLocation } from '../../../src/model/location';
import { idOf, idsText } from '../../../src/model/locationIds';

const project = {
  profile: { id: 'p1', name: 'prod', cloud: 'huaweicloud', region: 'cn-north-4', source: 'stored' },
  generation: '1',
  project: { id: '0a1b2c3d4e5f', name: 'cn-north-4', region: 'cn-north-4' },
  regionName: 'CN North-Beijing4',
} as unknown as ProjectLocation;
const service = { ...project, service: { id: 'dcs' } } as unknown as ServiceLocation;
const container = (id: string): ContainerLocation => ({ ...service, container: { id, name: `redis-${id}`, kind: 'instance', raw: {} } });
const task = (id: string, of = container('i-1')): TaskLocation => ({ ...of, task: { id, name: `task ${id}` } }) as TaskLocation;

describe('Copy ID', () => {
  it('copies the id of the level: project, instance, task; a service has none', () => {
    assert.equal(idOf(project), '0a1b2c3d4e5f');
    assert.equal(idOf(service), undefined);
    assert.equal(idOf(container('i-1')), 'i-1');
    assert.equal(idOf(task('t-1')), 't-1');
  });

  it('copies a multi-selection one id a line, in selection order, each once', () => {
    assert.equal(idsText([task('t-2'), task('t-1'), container('i-9'), project, task('t-2')]), 't-2\nt-1\ni-9\n0a1b2c3d4e5f');
  });

  it('copies nothing from rows without an id', () => {
    assert.equal(idsText([service]), '');
    assert.equal(idsText([]), '');
  });
});
