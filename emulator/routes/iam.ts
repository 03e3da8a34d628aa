/** IAM (Keystone-shaped): projects of the account, projects by name, regions, domains; never creates projects. */
import type { IamProject } from '../records';
import { REGIONS } from '../regions';
import { keystoneError, ok, reject, Reply } from '../reply';
import { first, intParam } from './params';
import type { Route, RouteContext } from './route';

function base(ctx: RouteContext): string {
  return `https://iam.${ctx.region}.myhuaweicloud.com/v3`;
}

/** GlobalCredentials sign an X-Domain-Id; one that is not this account's is refused. */
function checkDomain(ctx: RouteContext): void {
  const domain = ctx.headers['x-domain-id'];
  if (domain !== undefined && domain !== ctx.data.domainId) reject(keystoneError(401, 'The request you have made requires authentication.'));
}

function renderProject(ctx: RouteContext, p: IamProject): Record<string, unknown> {
  return { ...p, links: { self: `${base(ctx)}/projects/${p.id}` } };
}

function listAuthProjects(ctx: RouteContext): Reply {
  checkDomain(ctx);
  return ok({ links: { self: `${base(ctx)}/auth/projects` }, projects: ctx.data.projects.map((p) => renderProject(ctx, p)) });
}

const FILTERS: ReadonlyArray<keyof IamProject> = ['name', 'domain_id', 'parent_id', 'enabled', 'is_domain'];

function listProjects(ctx: RouteContext): Reply {
  checkDomain(ctx);
  const hasPage = first(ctx.query, 'page') !== undefined;
  if (hasPage !== (first(ctx.query, 'per_page') !== undefined)) {
    reject(keystoneError(400, "Invalid input for field 'page'/'per_page': both must be given together."));
  }
  const page = intParam(ctx.query, 'page', 1, Number.MAX_SAFE_INTEGER, 1) ?? reject(keystoneError(400, "Invalid input for field 'page'."));
  const perPage = intParam(ctx.query, 'per_page', 1, 5000, 5000) ?? reject(keystoneError(400, "Invalid input for field 'per_page'."));
  const matches = ctx.data.projects.filter((p) => FILTERS.every((f) => first(ctx.query, f) === undefined || String(p[f]) === first(ctx.query, f)));
  const items = matches.slice((page - 1) * perPage, page * perPage);
  const link = (n: number) => `${base(ctx)}/projects?page=${n}&per_page=${perPage}`;
  return ok({
    links: {
      self: `${base(ctx)}/projects`,
      previous: hasPage && page > 1 ? link(page - 1) : null,
      next: hasPage && page * perPage < matches.length ? link(page + 1) : null,
    },
    projects: items.map((p) => renderProject(ctx, p)),
  });
}

function listRegions(ctx: RouteContext): Reply {
  const regions = REGIONS.map((r) => ({
    id: r.id,
    type: 'public',
    parent_region_id: null,
    description: '',
    locales: { 'zh-cn': r.zh, 'en-us': r.en, 'es-us': r.en, 'pt-br': r.en },
    links: { self: `${base(ctx)}/regions/${r.id}` },
  }));
  return ok({ links: { self: `${base(ctx)}/regions`, previous: null, next: null }, regions });
}

function listDomains(ctx: RouteContext): Reply {
  const d = ctx.data;
  return ok({ links: { self: `${base(ctx)}/auth/domains` }, domains: [{ id: d.domainId, name: d.domainName, enabled: true, description: '', links: { self: `${base(ctx)}/domains/${d.domainId}` } }] });
}

/** The SDK creates a region's project when discovery finds none; that must never succeed here. */
function createProject(): Reply {
  return keystoneError(403, 'You are not authorized to perform the requested action: identity:create_project.');
}

export const IAM_ROUTES: readonly Route[] = [
  { service: 'iam', method: 'GET', pattern: '/v3/auth/projects', handle: listAuthProjects },
  { service: 'iam', method: 'GET', pattern: '/v3/projects', handle: listProjects },
  { service: 'iam', method: 'POST', pattern: '/v3/projects', handle: createProject },
  { service: 'iam', method: 'GET', pattern: '/v3/regions', handle: listRegions },
  { service: 'iam', method: 'GET', pattern: '/v3/auth/domains', handle: listDomains },
];
