/**
 * `contextValue` as a set of capability tokens (`task;deletable;running`), matched in the manifest with
 * anchored regexes (`viewItem =~ /(^|;)deletable(;|$)/`) so one token never matches inside another.
 */
import type { TaskState } from '../services/types';

export type ContextToken =
  | 'profile'
  | 'storedProfile'
  | 'environmentProfile'
  | 'project'
  | 'service'
  | 'container'
  | 'task'
  | 'deletable'
  | 'deleting'
  | 'running'
  | 'refreshable'
  /** A level a clean-up can start from (profile, project, service, instance). */
  | 'cleanable'
  | 'error'
  | 'empty'
  | 'filtered'
  | 'loadMore'
  /** A list the service stopped paging: known to be incomplete. */
  | 'pagingIgnored'
  /** An instance or task with a page in the web console (not on custom endpoints). */
  | 'inConsole'
  /** An error row for a 401: the keys were refused. */
  | 'authError'
  /** An error row for a 403: the keys lack a permission. */
  | 'forbiddenError'
  /** An error row whose failure has the service's request id, for support. */
  | 'requestId';

export function contextValue(...tokens: ReadonlyArray<ContextToken | false | undefined>): string {
  return tokens.filter((t): t is ContextToken => typeof t === 'string').join(';');
}

export function taskContextValue(state: TaskState, deleting: boolean, inConsole = false): string {
  return contextValue('task', !deleting && 'deletable', deleting && 'deleting', state === 'running' && 'running', inConsole && 'inConsole');
}
