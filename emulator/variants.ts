/**
 * Server variants: how the emulated services read what the API documents and the official SDKs disagree on
 * (docs/fidelity.md). The extension must work against each; the tests run the services against all of them.
 *
 * - `lenient` (default): accepts every reading at once, as a server that honours both would, and answers the
 *   progress of every DCS task.
 * - `docs`: the documents' reading where they show one: DMS task lists page by 1-based `start` (OTC, regional
 *   docs, Terraform), CodeArts Check pages count from 1 (`offset=10&limit=100` starts at record 901), DCS
 *   `task_count` is a JSON number as in the examples, and ProjectMan is a global service (`X-Domain-Id`). DCS
 *   has progress only for tasks with `enable_show` (both the documents and the SDK say so).
 * - `sdk`: the Go SDK's reading (@1cd70eb): DMS pages by 0-based `offset`, CodeArts page index from 0, DCS
 *   `task_count` a string, ProjectMan project-scoped (`X-Project-Id`), DCS progress only with `enable_show`.
 * - `ignore-paging`: lenient, but every list answers with its first page whatever position it is asked for.
 */
export interface ServerBehaviour {
  /** DMS task lists: the position parameter honoured (`start` counts from 1, `offset` from 0); the other is ignored. */
  readonly dmsTaskPaging: 'start' | 'offset' | 'either';
  /** CodeArts Check task lists: the page number `offset` counts from. With 1, `offset=0` is the first page too. */
  readonly codeartsFirstPage: 0 | 1;
  /** The identity ProjectMan requires: the region's IAM project (`X-Project-Id`) or the account (`X-Domain-Id`). */
  readonly projectmanIdentity: 'project' | 'domain' | 'either';
  /** The JSON type of DCS `task_count`. */
  readonly dcsTaskCount: 'string' | 'number';
  /** Which DCS tasks answer for their progress: all, or only those listed with `enable_show: true`. */
  readonly dcsProgress: 'all' | 'shown';
  /** Every list (instances, tasks, CodeArts projects) answers with its first page, whatever position is asked. */
  readonly ignorePaging: boolean;
  /**
   * DMS task lists: no `task_count`, and never more than this many tasks a page whatever `limit` asks (a server
   * capping below the documented maximum). Not in any named variant: what the documents promise (a total) missing.
   */
  readonly dmsTaskPageCapWithoutTotal?: number;
}

export type VariantName = 'lenient' | 'docs' | 'sdk' | 'ignore-paging';

const LENIENT: ServerBehaviour = {
  dmsTaskPaging: 'either',
  codeartsFirstPage: 1,
  projectmanIdentity: 'either',
  dcsTaskCount: 'string',
  dcsProgress: 'all',
  ignorePaging: false,
};

export const VARIANTS: Readonly<Record<VariantName, ServerBehaviour>> = {
  lenient: LENIENT,
  docs: { dmsTaskPaging: 'start', codeartsFirstPage: 1, projectmanIdentity: 'domain', dcsTaskCount: 'number', dcsProgress: 'shown', ignorePaging: false },
  sdk: { dmsTaskPaging: 'offset', codeartsFirstPage: 0, projectmanIdentity: 'project', dcsTaskCount: 'string', dcsProgress: 'shown', ignorePaging: false },
  'ignore-paging': { ...LENIENT, ignorePaging: true },
};

export const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];

export function isVariantName(value: string): value is VariantName {
  return (VARIANT_NAMES as string[]).includes(value);
}

/** A named variant with individual rules overridden. */
export function behaviourOf(variant: VariantName = 'lenient', overrides: Partial<ServerBehaviour> = {}): ServerBehaviour {
  return { ...VARIANTS[variant], ...overrides };
}
