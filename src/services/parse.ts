/**
 * Tolerant readers for API bodies. The cloud adds fields and omits optional ones without notice, so
 * unknown fields are kept (callers store the whole object as `raw`) and absent optional fields are
 * fine; a field of the wrong type is a `badResponse` naming the field, never a TypeError later on.
 */
import { CloudError } from '../net/errors';

export type JsonObject = Readonly<Record<string, unknown>>;

export interface ReadOptions {
  /** Absent or `null` yields `undefined` instead of an error. */
  readonly optional?: boolean;
  /** Where the object sits in the body, e.g. `tasks[3]`, so errors name the full field path. */
  readonly at?: string;
}

type Mandatory = { readonly optional?: false; readonly at?: string };
type Optional = { readonly optional: true; readonly at?: string };

export function fieldPath(at: string | undefined, field: string): string {
  return at ? `${at}.${field}` : field;
}

export function badField(field: string, expected: string, operation?: string): CloudError {
  return new CloudError('badResponse', `Unexpected response: field '${field}' is missing or not ${expected}`, {
    field,
    operation,
  });
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a JSON object, or badResponse naming `at` (use `(body)` for a whole body). */
export function asObject(value: unknown, at: string): JsonObject {
  if (!isObject(value)) throw badField(at, 'an object');
  return value;
}

function present(obj: JsonObject, field: string, opts: ReadOptions, expected: string): unknown {
  const value = obj[field];
  if (value === undefined || value === null) {
    if (opts.optional) return undefined;
    throw badField(fieldPath(opts.at, field), expected);
  }
  return value;
}

export function readString(obj: JsonObject, field: string, opts?: Mandatory): string;
export function readString(obj: JsonObject, field: string, opts: Optional): string | undefined;
export function readString(obj: JsonObject, field: string, opts: ReadOptions = {}): string | undefined {
  const value = present(obj, field, opts, 'a string');
  if (value === undefined || typeof value === 'string') return value;
  throw badField(fieldPath(opts.at, field), 'a string');
}

/** A number sent either as a JSON number or as a numeric string (`task_count` is both in the wild). */
export function readNumberLike(obj: JsonObject, field: string, opts?: Mandatory): number;
export function readNumberLike(obj: JsonObject, field: string, opts: Optional): number | undefined;
export function readNumberLike(obj: JsonObject, field: string, opts: ReadOptions = {}): number | undefined {
  const value = present(obj, field, opts, 'a number');
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isFinite(n)) return n;
  throw badField(fieldPath(opts.at, field), 'a number');
}

export function readBoolean(obj: JsonObject, field: string, opts: Optional): boolean | undefined {
  const value = present(obj, field, opts, 'a boolean');
  if (value === undefined || typeof value === 'boolean') return value;
  throw badField(fieldPath(opts.at, field), 'a boolean');
}

export function readArray(obj: JsonObject, field: string, opts?: Mandatory): readonly unknown[];
export function readArray(obj: JsonObject, field: string, opts: Optional): readonly unknown[] | undefined;
export function readArray(obj: JsonObject, field: string, opts: ReadOptions = {}): readonly unknown[] | undefined {
  const value = present(obj, field, opts, 'an array');
  if (value === undefined || Array.isArray(value)) return value;
  throw badField(fieldPath(opts.at, field), 'an array');
}

/** Maps each element of an array field to an object reader, naming `field[i]` on failure. */
export function readObjects<T>(
  obj: JsonObject,
  field: string,
  map: (item: JsonObject, at: string) => T,
  opts: ReadOptions = {},
): T[] {
  const list = opts.optional ? readArray(obj, field, { optional: true, at: opts.at }) : readArray(obj, field, { at: opts.at });
  return (list ?? []).map((item, i) => {
    const at = `${fieldPath(opts.at, field)}[${i}]`;
    return map(asObject(item, at), at);
  });
}

/**
 * The items of a list answer. The list may be absent when the count field is there (an empty result
 * some services send bare), but a body with neither is not the documented answer: reading it as an
 * empty list would show "no tasks" for what is really a failure.
 */
export function readListObjects<T>(
  obj: JsonObject,
  field: string,
  countField: string,
  map: (item: JsonObject, at: string) => T,
): T[] {
  const absent = (name: string): boolean => obj[name] === undefined || obj[name] === null;
  if (absent(field) && absent(countField)) throw badField(field, 'an array');
  return readObjects(obj, field, map, { optional: true });
}

/** Re-labels a badResponse with the operation that received the body, for messages and logs. */
export function withOperation<T>(operation: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof CloudError && e.kind === 'badResponse' && e.operation === undefined) {
      throw new CloudError('badResponse', e.message, { field: e.field, operation });
    }
    throw e;
  }
}
