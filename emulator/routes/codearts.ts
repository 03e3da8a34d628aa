/**
 * CodeArts Check (tasks per CodeArts project, page-number `offset` counted from 0 or 1 as the server variant
 * says, a task's last check status from its progress, delete → 200 `null`) and ProjectMan's project list,
 * which answers only the identity the variant requires.
 */
import type { CodeArtsProject, TaskRecord } from '../records';
import { CC_ERROR, gatewayError, ok, PM_ERROR, reject, Reply } from '../reply';
import { first, HEX32, intParam, plainTime } from './params';
import { position } from './position';
import type { Route, RouteContext } from './route';

// Unverified codes: CodeArts documents CC.00000000 for bad requests only; 404s here keep that shape.
const NO_PROJECT = CC_ERROR(404, 'CC.00000404', 'The project does not exist.');
const NO_TASK = CC_ERROR(404, 'CC.00000404', 'The task does not exist.');
const CC_INVALID = (what: string): Reply => CC_ERROR(400, 'CC.00000000', `Invalid parameter: ${what}.`);
const PM_INVALID = (what: string): Reply => PM_ERROR(400, 'PM.00000001', `Invalid or missing parameter: ${what}.`);

function renderCheckTask(project: CodeArtsProject, t: TaskRecord): Record<string, unknown> {
  return {
    task_id: t.id,
    task_name: t.name,
    creator_id: t.userId,
    git_url: `git@codehub.devcloud.${project.region}.huaweicloud.com:${project.name}/${t.name.split('-')[0]}.git`,
    git_branch: t.name.endsWith('release') ? 'release/2.4' : 'master',
    created_at: plainTime(t.createdMs),
    last_check_time: t.status === 'NOT_CHECKED' ? null : plainTime(t.updatedMs),
  };
}

/** ShowProgressDetail's `task_status`: 0 checking, 1 failed, 2 succeeded, 3 stopped, null never checked. */
const TASK_STATUS: Readonly<Record<string, number | null>> = { CHECKING: 0, FAILED: 1, SUCCESS: 2, STOPPED: 3, NOT_CHECKED: null };

function checkProgress(ctx: RouteContext): Reply {
  const found = ctx.data.findTask(ctx.params.task_id ?? '', 'codearts');
  if (!found || found.container.region !== ctx.region) reject(NO_TASK);
  const { status } = found.task;
  // Only a check in progress or a finished one has a ratio; `info` is the docs' running/success or null.
  return ok({
    task_status: TASK_STATUS[status] ?? null,
    progress: {
      ratio: status === 'CHECKING' ? '40%' : status === 'SUCCESS' ? '100%' : null,
      info: status === 'CHECKING' ? 'running' : status === 'SUCCESS' ? 'success' : null,
    },
  });
}

function listCheckTasks(ctx: RouteContext): Reply {
  const id = ctx.params.project_id ?? '';
  if (!HEX32.test(id)) reject(CC_INVALID('project_id'));
  const project = ctx.data.container(id);
  if (project?.kind !== 'codearts' || project.region !== ctx.region) reject(NO_PROJECT);
  // `offset` is a page number (0–999999, default 0). Counted from 1, 0 is the first page too.
  const base = ctx.behaviour.codeartsFirstPage;
  const page = Math.max(0, (position(ctx, 'offset', 0, 999_999) ?? reject(CC_INVALID('offset'))) - base);
  const limit = intParam(ctx.query, 'limit', 1, 100, 10) ?? reject(CC_INVALID('limit'));
  const tasks = ctx.data.tasks(project.id);
  return ok({ tasks: tasks.slice(page * limit, (page + 1) * limit).map((t) => renderCheckTask(project, t)), total: tasks.length });
}

function deleteCheckTask(ctx: RouteContext): Reply {
  const found = ctx.data.findTask(ctx.params.task_id ?? '', 'codearts');
  if (!found || found.container.region !== ctx.region) reject(NO_TASK);
  ctx.data.deleteTask(found.container.id, found.task.id);
  return ok(null);
}

const SORTS: Record<string, (a: CodeArtsProject, b: CodeArtsProject) => number> = {
  'name:asc': (a, b) => a.name.localeCompare(b.name),
  'name:desc': (a, b) => b.name.localeCompare(a.name),
  'created_on:asc': (a, b) => a.createdMs - b.createdMs,
  'created_on:desc': (a, b) => b.createdMs - a.createdMs,
};

// Unverified: how the gateway answers a ProjectMan call signed with the identity it does not take. An identity
// is decided before the service sees the request, so this is the gateway's authentication error.
const WRONG_IDENTITY = (wanted: string): Reply => gatewayError(401, 'APIGW.0301', `Incorrect IAM authentication information: this API takes ${wanted}`);

/** The SDK signs X-Project-Id (the region's IAM project); a global service would take X-Domain-Id (the account). */
function checkIdentity(ctx: RouteContext): void {
  const header = (name: string): string | undefined => {
    const v = ctx.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const projectId = header('x-project-id');
  const project = projectId === undefined ? undefined : ctx.data.project(projectId);
  const byProject = project !== undefined && project.name.split('_')[0] === ctx.region;
  const byDomain = header('x-domain-id') === ctx.data.domainId;
  switch (ctx.behaviour.projectmanIdentity) {
    case 'project':
      if (!byProject) reject(WRONG_IDENTITY(`X-Project-Id of a project in ${ctx.region}`));
      return;
    case 'domain':
      if (!byDomain) reject(WRONG_IDENTITY('X-Domain-Id of the account'));
      return;
    case 'either':
      if (!byProject && !byDomain) reject(WRONG_IDENTITY('X-Project-Id or X-Domain-Id'));
  }
}

function listCodeArtsProjects(ctx: RouteContext): Reply {
  checkIdentity(ctx);
  if (first(ctx.query, 'offset') === undefined) reject(PM_INVALID('offset'));
  if (first(ctx.query, 'limit') === undefined) reject(PM_INVALID('limit'));
  const offset = position(ctx, 'offset', 0, 10_000) ?? reject(PM_INVALID('offset'));
  const limit = intParam(ctx.query, 'limit', 1, 1000, 10) ?? reject(PM_INVALID('limit'));
  const sort = SORTS[first(ctx.query, 'sort') ?? 'created_on:desc'] ?? reject(PM_INVALID('sort'));
  const search = first(ctx.query, 'search')?.toLowerCase();
  const projects = ctx.data.codeArtsProjects(ctx.region).filter((p) => !search || p.name.toLowerCase().includes(search)).sort(sort);
  const d = ctx.data;
  // The schema caps a page at 100 items whatever the limit.
  const page = projects.slice(offset, offset + Math.min(limit, 100)).map((p) => ({
    project_id: p.id,
    project_name: p.name,
    description: '',
    project_type: p.projectType,
    project_num_id: p.numId,
    created_time: p.createdMs,
    updated_time: p.updatedMs,
    creator: { user_id: p.creator.id, user_name: p.creator.name, nick_name: p.creator.name, domain_id: d.domainId, domain_name: d.domainName, user_num_id: 4_200_000 },
  }));
  return ok({ total: projects.length, projects: page });
}

export const CODEARTS_ROUTES: readonly Route[] = [
  { service: 'codearts-check', method: 'GET', pattern: '/v2/{project_id}/tasks', handle: listCheckTasks },
  { service: 'codearts-check', method: 'DELETE', pattern: '/v2/tasks/{task_id}', handle: deleteCheckTask },
  { service: 'codearts-check', method: 'GET', pattern: '/v2/tasks/{task_id}/progress', handle: checkProgress },
  { service: 'projectman-ext', method: 'GET', pattern: '/v4/projects', handle: listCodeArtsProjects },
];
