/**
 * The README's least-permission table against what the services' API pages publish (Authorization
 * Information, identity policies, support.huaweicloud.com, read 2026-03): an action named after a pattern
 * instead of the page (CodeArts Check's list is `…:task:get`, not `…:task:list`) would be refused.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUIRED_ACTIONS } from '../../../src/services/iamActions';
import { repoRoot } from '../../helpers/vectors';

/** Every call the services make, with the action its page names (or none published). */
const PUBLISHED: ReadonlyArray<{ readonly call: string; readonly action: string | null; readonly page: string }> = [
  { call: 'GET dcs /v2/{project_id}/instances', action: 'dcs:instance:list', page: 'api-dcs/ListInstances.html' },
  { call: 'GET dcs …/instances/{id}/tasks', action: 'dcs:instance:getBackgroundTask', page: 'api-dcs/ListBackgroundTask.html' },
  { call: 'GET dcs …/tasks/{task_id}/progress', action: 'dcs:instance:getBackgroundTask', page: 'api-dcs/ShowBackgroundTaskProgress.html' },
  { call: 'DELETE dcs …/tasks/{task_id}', action: 'dcs:instance:deleteBackgroundTask', page: 'api-dcs/DeleteBackgroundTask.html' },
  { call: 'GET dms /v2/{project_id}/instances (Kafka)', action: 'dms:instance:list', page: 'api-kafka/ListInstances.html' },
  { call: 'GET dms …/instances/{id}/tasks (Kafka, RabbitMQ)', action: 'dms:instance:getBackgroundTask', page: 'api-kafka/ListBackgroundTasks.html, api-rabbitmq/ListBackgroundTasks.html' },
  { call: 'GET dms …/tasks/{task_id} (Kafka)', action: 'dms:instance:getBackgroundTask', page: 'api-kafka/ShowBackgroundTask.html' },
  { call: 'DELETE dms …/tasks/{task_id} (Kafka, RabbitMQ)', action: 'dms:instance:deleteBackgroundTask', page: 'api-kafka/DeleteBackgroundTask.html, api-rabbitmq/DeleteBackgroundTask.html' },
  { call: 'GET codearts-check /v2/{project_id}/tasks', action: 'codeartscheck:task:get', page: 'api-codecheck/ShowTaskListByProjectIdV2.html' },
  { call: 'GET codearts-check /v2/tasks/{task_id}/progress', action: 'codeartscheck:task:get', page: 'api-codecheck/ShowProgressDetailV2.html' },
  { call: 'DELETE codearts-check /v2/tasks/{task_id}', action: 'codeartscheck:task:delete', page: 'api-codecheck/DeleteTaskV3.html (the v3 delete; v2 unverified)' },
  { call: 'GET projectman-ext /v4/projects', action: null, page: 'no action found on the CodeArts Req pages' },
];

function readmeTable(): Array<{ readonly to: string; readonly actions: string[]; readonly source: string }> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Keys and the least permissions they need'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| To…')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| To…'))
    .map((line) => {
      const [to = '', action = '', source = ''] = line.split('|').slice(1, -1).map((c) => c.trim());
      return { to, actions: [...action.matchAll(/`([a-z]+:[a-zA-Z]+:[a-zA-Z]+)`/g)].map((m) => m[1]!), source };
    });
}

describe('README: the IAM actions each call needs', () => {
  const rows = readmeTable();

  it('names exactly the published actions, each with its page', () => {
    const named = [...new Set(rows.flatMap((r) => r.actions))].sort();
    const published = [...new Set(PUBLISHED.flatMap((p) => (p.action ? [p.action] : [])))].sort();
    assert.deepEqual(named, published);
    for (const row of rows.filter((r) => r.actions.length > 0)) assert.doesNotMatch(row.source, /^unverified$/, `${row.to} names its page`);
  });

  it('marks what no page publishes as unverified', () => {
    const without = rows.filter((r) => r.actions.length === 0);
    assert.deepEqual(without.map((r) => r.source), ['unverified', 'unverified']);
    assert.ok(without.some((r) => /CodeArts projects/.test(r.to)), 'ProjectMan');
  });

  it('lists in Show Required Permissions exactly the actions of the table', () => {
    const listed = [...new Set(Object.values(REQUIRED_ACTIONS).flatMap((actions) => actions.map((a) => a.action)))].sort();
    assert.deepEqual(listed, [...new Set(rows.flatMap((r) => r.actions))].sort());
    for (const actions of Object.values(REQUIRED_ACTIONS)) for (const a of actions) assert.equal(a.forDelete, a.action.endsWith(':delete') || a.action.endsWith(':deleteBackgroundTask'), a.action);
  });
});
