import * as assert from 'node:assert/strict';
import { isStaleChoice, ProjectChoices, shownProjects } from '../../../src/profiles/projectChoices';
import { MemoryState } from '../../helpers/storageFakes';

const project = (id: string, region: string) => ({ id, region });
const NORTH = project('n4', 'cn-north-4');
const NORTH_SUB = project('n4sub', 'cn-north-4');
const SOUTH = project('s1', 'cn-south-1');
const ALL = [NORTH, NORTH_SUB, SOUTH];
const ids = (ps: ReadonlyArray<{ id: string }>) => ps.map((p) => p.id);

describe('project choices', () => {
  let state: MemoryState;
  let choices: ProjectChoices;
  beforeEach(() => {
    state = new MemoryState();
    choices = new ProjectChoices(state);
  });

  it('without a choice, shows what the regions setting allows (everything when it is empty)', () => {
    assert.equal(choices.chosen('p1'), undefined);
    assert.deepEqual(ids(shownProjects(ALL, undefined, [])), ['n4', 'n4sub', 's1']);
    assert.deepEqual(ids(shownProjects(ALL, undefined, ['cn-south-1'])), ['s1']);
  });

  it('a choice wins over the setting, per profile, and survives a new store over the same state', async () => {
    await choices.choose('p1', ['n4sub', 's1'], ids(ALL));
    const reloaded = new ProjectChoices(state);
    assert.deepEqual(ids(shownProjects(ALL, reloaded.chosen('p1'), ['cn-north-4'])), ['n4sub', 's1']);
    assert.equal(reloaded.chosen('p2'), undefined, 'another profile keeps the default');
  });

  it('ignores a choice none of whose projects the account has (other keys behind the profile): the setting decides', async () => {
    await choices.choose('p1', ['n4sub'], ids(ALL));
    const otherAccount = [project('x1', 'cn-north-4'), project('x2', 'cn-south-1')];
    assert.equal(isStaleChoice(otherAccount, choices.chosen('p1')), true);
    assert.deepEqual(ids(shownProjects(otherAccount, choices.chosen('p1'), ['cn-south-1'])), ['x2']);
    assert.equal(isStaleChoice(ALL, choices.chosen('p1')), false);
    assert.equal(isStaleChoice(ALL, undefined), false);
  });

  it('hides a project the account gained after the choice', async () => {
    await choices.choose('p1', ['n4'], ids(ALL));
    assert.deepEqual(ids(shownProjects([...ALL, project('new', 'ap-southeast-1')], choices.chosen('p1'), [])), ['n4']);
  });

  it('choosing exactly what the setting shows clears the choice, so "show all" follows the setting again', async () => {
    await choices.choose('p1', ['n4'], ids(ALL));
    await choices.choose('p1', ['s1', 'n4sub', 'n4'], ids(ALL));
    assert.equal(choices.chosen('p1'), undefined);
    await choices.choose('p1', ['s1'], ['s1']);
    assert.equal(choices.chosen('p1'), undefined, 'the setting already shows only s1');
  });

  it('forgets a removed profile’s choice and keeps the others’', async () => {
    await choices.choose('p1', ['n4'], ids(ALL));
    await choices.choose('p2', ['s1'], ids(ALL));
    await choices.forget('p1');
    assert.equal(choices.chosen('p1'), undefined);
    assert.deepEqual([...(choices.chosen('p2') ?? [])], ['s1']);
  });

  it('reads a damaged stored value as no choice', async () => {
    await state.update('huaweicloudTasks.shownProjects', { p1: 'n4', p2: [1, 2] });
    assert.equal(choices.chosen('p1'), undefined);
    assert.equal(choices.chosen('p2'), undefined);
  });
});
