/** One line of the deletion history: what was deleted where, the outcome and the request id. Never a key. */

export type DeletionResult = 'deleted' | 'alreadyGone' | 'unconfirmed' | 'failed';

export interface DeletionRecord {
  /** ISO time the outcome was known. */
  readonly time: string;
  readonly profile: string;
  readonly region: string;
  readonly service: string;
  readonly instanceId: string;
  readonly instanceName: string;
  readonly taskId: string;
  readonly taskName: string;
  readonly result: DeletionResult;
  readonly requestId?: string;
  /** Why it failed, as shown to the person (a reason, not a server body). */
  readonly reason?: string;
}

export const RECORD_FIELDS: ReadonlyArray<keyof DeletionRecord> = [
  'time',
  'profile',
  'region',
  'service',
  'instanceId',
  'instanceName',
  'taskId',
  'taskName',
  'result',
  'requestId',
  'reason',
];

const RESULTS: readonly string[] = ['deleted', 'alreadyGone', 'unconfirmed', 'failed'];

/** A record read back from disk, or undefined for a line that is not one (a torn write, another version). */
export function parseRecord(line: string): DeletionRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const required = RECORD_FIELDS.filter((f) => f !== 'requestId' && f !== 'reason');
  if (!required.every((f) => typeof v[f] === 'string') || !RESULTS.includes(v.result as string)) return undefined;
  const optional = (f: 'requestId' | 'reason') => (typeof v[f] === 'string' ? { [f]: v[f] } : {});
  return {
    ...(Object.fromEntries(required.map((f) => [f, v[f]])) as Omit<DeletionRecord, 'requestId' | 'reason'>),
    ...optional('requestId'),
    ...optional('reason'),
  };
}
