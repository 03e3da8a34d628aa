/** Project scoping of DCS and DMS: the path project must be well formed, signed as X-Project-Id, and the account's. */
import { reject, Reply } from '../reply';
import { HEX32 } from './params';
import type { RouteContext } from './route';

export interface ScopeErrors {
  /** Path project id malformed. */
  readonly malformed: Reply;
  /** X-Project-Id missing or different from the path: the cloud rejects the token/project pairing. */
  readonly mismatch: Reply;
  /** A well-formed project the account does not have. */
  readonly forbidden: Reply;
}

/** The path's project id, or a rejection. */
export function scopedProject(ctx: RouteContext, errors: ScopeErrors): string {
  const projectId = ctx.params.project_id ?? '';
  if (!HEX32.test(projectId)) reject(errors.malformed);
  if (ctx.headers['x-project-id'] !== projectId) reject(errors.mismatch);
  if (!ctx.data.project(projectId)) reject(errors.forbidden);
  return projectId;
}
